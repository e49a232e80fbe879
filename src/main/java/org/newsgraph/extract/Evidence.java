package org.newsgraph.extract;

/**
 * The sentence a fact was read from.
 *
 * @param sentenceIndex position of the sentence in the article body, from 0
 * @param sentence      the sentence text as it appears in the cleaned body
 * @param begin         character offset of the sentence in the body
 * @param end           character offset just after the sentence
 * @param confidence    how sure the rule that produced the fact is, from 0 to 1
 * @param rule          the name of the rule that produced the fact, so every fact can say why it exists
 */
public record Evidence(int sentenceIndex, String sentence, int begin, int end, double confidence, String rule) {
}
