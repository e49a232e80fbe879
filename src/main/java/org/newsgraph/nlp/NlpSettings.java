package org.newsgraph.nlp;

/**
 * How the CoreNLP pipeline runs.
 *
 * @param threads           pipelines working in parallel, one per core by default
 * @param maxSentenceTokens sentences longer than this are not parsed (the parser's cost grows fast with length)
 */
public record NlpSettings(int threads, int maxSentenceTokens) {

    public static NlpSettings defaults() {
        return new NlpSettings(Math.max(1, Runtime.getRuntime().availableProcessors()), 120);
    }
}
