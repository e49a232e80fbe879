package org.newsgraph.eval;

import java.util.List;

/**
 * The score of one category in one set, with what made it less than perfect.
 *
 * @param misses     gold facts the system did not find (the false negatives)
 * @param falseFacts system facts not in the gold (the false positives)
 */
public record CategoryResult(Category category, Score score, List<Fact> misses, List<Fact> falseFacts) {

    public CategoryResult {
        misses = List.copyOf(misses);
        falseFacts = List.copyOf(falseFacts);
    }
}
