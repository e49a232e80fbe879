package org.newsgraph.extract;

import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;

/**
 * One sentence of an article as the rules see it: tokens, the enhanced++ dependency graph (null when the
 * sentence was too long to parse), and its place in the text.
 */
final class Sentence {

    final int index;
    final int paragraph;
    final List<CoreLabel> tokens;
    final SemanticGraph graph;
    /** The basic tree: spans of phrases are read from it, since enhanced edges reach across clauses. */
    final SemanticGraph basic;
    final String text;
    final int begin;
    final int end;

    private final String articleText;

    Sentence(int index, int paragraph, CoreMap sentence, String articleText) {
        this.index = index;
        this.articleText = articleText;
        this.paragraph = paragraph;
        this.tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        this.graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        this.basic = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        this.text = sentence.get(CoreAnnotations.TextAnnotation.class);
        this.begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        this.end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    /** Token by its 1-based index, as dependency graphs number them. */
    CoreLabel token(int index1) {
        return tokens.get(index1 - 1);
    }

    String word(int index1) {
        return token(index1).word();
    }

    String lemma(int index1) {
        String lemma = token(index1).lemma();
        return lemma == null ? token(index1).word() : lemma;
    }

    String tag(int index1) {
        return token(index1).tag();
    }

    String ner(int index1) {
        String ner = token(index1).ner();
        return ner == null ? "O" : ner;
    }

    /** SUTime's normalized value for a date token, e.g. "2025-12-02", or null. */
    String normalized(int index1) {
        return token(index1).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }

    IndexedWord node(int index1) {
        return graph == null ? null : graph.getNodeByIndexSafe(index1);
    }

    /** The text between two 1-based token indexes, both included, as written. */
    String span(int from1, int to1) {
        int b = token(from1).beginPosition();
        int e = token(to1).endPosition();
        return articleText.substring(b, e);
    }

    /** Lowest and highest token index of the phrase headed by the word, in the basic tree. */
    int[] extent(IndexedWord w) {
        IndexedWord b = basic.getNodeByIndexSafe(w.index());
        return b == null ? new int[] {w.index(), w.index()} : Graphs.extent(basic, b);
    }

    boolean parsed() {
        return graph != null;
    }

    Evidence evidence(double confidence, String rule) {
        return new Evidence(index, text, begin, end, confidence, rule);
    }
}
