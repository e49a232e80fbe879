package org.newsgraph.graph;

/**
 * What writing one article did.
 *
 * @param duplicateOf the id of the article this one duplicates, when status is DUPLICATE
 */
public record WriteOutcome(Status status, String articleId, String duplicateOf, int meetings, int statements,
                           int criticisms, int roles) {

    public enum Status {
        /** Written for the first time. */
        NEW,
        /** The same content was already in the graph; nothing changed. */
        ALREADY_PRESENT,
        /** Written, and linked to the near-identical article it copies; it adds no corroboration. */
        DUPLICATE
    }
}
