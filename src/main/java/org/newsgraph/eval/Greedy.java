package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one matching, best pair first. Not an optimal assignment, but predictable and easy to explain in a
 * report; the similarities used here rarely make the difference matter.
 */
final class Greedy {

    @FunctionalInterface
    interface Similarity {
        /** How well gold item {@code g} matches system item {@code s}; 0 or less when they do not match at all. */
        double of(int g, int s);
    }

    record Pair(int gold, int system, double similarity) {
    }

    private Greedy() {
    }

    /** Ties go to the earlier gold item, then the earlier system item, so results are reproducible. */
    static List<Pair> match(int golds, int systems, Similarity similarity) {
        List<Pair> candidates = new ArrayList<>();
        for (int g = 0; g < golds; g++) {
            for (int s = 0; s < systems; s++) {
                double sim = similarity.of(g, s);
                if (sim > 0) {
                    candidates.add(new Pair(g, s, sim));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparingInt(Pair::gold).thenComparingInt(Pair::system));
        boolean[] goldUsed = new boolean[golds];
        boolean[] systemUsed = new boolean[systems];
        List<Pair> matched = new ArrayList<>();
        for (Pair p : candidates) {
            if (!goldUsed[p.gold()] && !systemUsed[p.system()]) {
                goldUsed[p.gold()] = true;
                systemUsed[p.system()] = true;
                matched.add(p);
            }
        }
        return matched;
    }
}
