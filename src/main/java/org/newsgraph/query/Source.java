package org.newsgraph.query;

/**
 * A sentence that reports a fact, and the article it is in.
 *
 * @param article     article id
 * @param outlet      the publishing outlet, or null when the article does not say
 * @param published   ISO publication date, or null
 * @param title       the article's headline, or null
 * @param sentence    the sentence text
 * @param duplicateOf the article this one is a near-copy of (it then adds no corroboration), or null
 */
public record Source(String article, String outlet, String published, String title, String sentence,
                     String duplicateOf) {
}
