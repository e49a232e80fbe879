package org.newsgraph.graph;

import java.util.List;

import org.newsgraph.extract.ArticleFacts;

/**
 * An article ready to be written: its facts plus what identifies it.
 *
 * @param id          derived from the normalized content, so the same text is the same article
 * @param contentHash hash of the normalized content
 * @param bands       locality-sensitive hash bands of its MinHash signature, for finding near-duplicates
 * @param minhash     the MinHash signature, to estimate similarity with a candidate duplicate
 */
public record ArticleInput(String id, String contentHash, List<String> bands, long[] minhash, ArticleFacts facts) {
}
