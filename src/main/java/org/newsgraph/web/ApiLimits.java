package org.newsgraph.web;

/** Bounds on request parameters, as constants so that validation annotations and the API description share them. */
final class ApiLimits {

    /** Names and ids are short; a longer one is a mistake or an attack on the full-text index. */
    static final int NAME_LENGTH = 200;
    static final String NAME_TOO_LONG = "must be at most {max} characters";

    /** Words to look for in statements: a few, not a document. */
    static final int WORDS_LENGTH = 200;
    static final String WORDS_TOO_LONG = "must be at most {max} characters";

    /** More outlets than any graph has is a mistake. */
    static final int MAX_OUTLETS = 1000;

    static final int DEFAULT_ACTORS = 10;
    static final int MAX_ACTORS = 100;

    static final int DEFAULT_HOPS = 4;

    private ApiLimits() {
    }
}
