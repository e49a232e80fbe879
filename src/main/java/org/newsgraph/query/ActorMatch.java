package org.newsgraph.query;

import java.util.List;

/**
 * An actor that a name may mean.
 *
 * @param aliases  other names it is known by
 * @param hub      true for countries and other actors too general for a connection to pass through
 * @param mentions mentions across all articles
 * @param match    how the name matched
 * @param score    full-text relevance; 1 for exact matches
 */
public record ActorMatch(String id, String name, String type, List<String> aliases, boolean hub, long mentions,
                         Match match, double score) {

    /** Kinds of match, surest first. */
    public enum Match {
        ID(0), NAME(1), ALIAS(1), FULLTEXT(2);

        private final int tier;

        Match(int tier) {
            this.tier = tier;
        }

        /** Matches of one tier are equally sure; a name means the actors of the best tier found. */
        public int tier() {
            return tier;
        }
    }
}
