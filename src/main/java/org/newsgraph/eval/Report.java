package org.newsgraph.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The result of an evaluation run: each scored set, and the sets that could not be scored here. */
public record Report(List<SetResult> sets, List<Skipped> skipped) {

    /** A set left out, e.g. because its corpus is not on this machine. */
    public record Skipped(String id, String reason) {
    }

    public Report {
        sets = List.copyOf(sets);
        skipped = List.copyOf(skipped);
    }

    /** Per category, the counts of all sets added up: the micro-average that floors are checked against. */
    public Map<Category, Score> micro() {
        Map<Category, Score> micro = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            micro.put(c, sets.stream().map(s -> s.get(c).score()).reduce(Score.ZERO, Score::plus));
        }
        return micro;
    }
}
