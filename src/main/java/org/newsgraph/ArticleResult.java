package org.newsgraph;

import java.util.List;

/**
 * The outcome of ingesting one file.
 *
 * @param source      the file or upload name
 * @param articleId   the article's id, when it got that far
 * @param duplicateOf the article this one duplicates, for DUPLICATE
 * @param reason      why it failed or was skipped, naming the problem in plain words
 * @param warnings    problems that did not stop it (e.g. invalid UTF-8 replaced)
 */
public record ArticleResult(String source, Status status, String articleId, String duplicateOf, String reason,
                            int meetings, int statements, int criticisms, int roles, List<String> warnings) {

    public ArticleResult {
        warnings = List.copyOf(warnings);
    }

    public enum Status {
        /** Written to the graph for the first time. */
        NEW,
        /** Its content was already in the graph; nothing changed. */
        ALREADY_PRESENT,
        /** Written and linked to the near-identical article it copies. */
        DUPLICATE,
        /** Not written, for the reason given; nothing in the graph changed. */
        FAILED,
        /** Deliberately left out, for the reason given (e.g. not English). */
        SKIPPED
    }

    static ArticleResult failed(String source, String reason, List<String> warnings) {
        return new ArticleResult(source, Status.FAILED, null, null, reason, 0, 0, 0, 0, warnings);
    }

    static ArticleResult skipped(String source, String reason, List<String> warnings) {
        return new ArticleResult(source, Status.SKIPPED, null, null, reason, 0, 0, 0, 0, warnings);
    }
}
