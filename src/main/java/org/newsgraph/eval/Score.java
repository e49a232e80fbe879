package org.newsgraph.eval;

/**
 * Counts of one category: facts found (true positives), facts the system made up (false positives) and facts
 * it missed (false negatives).
 * <p>
 * An empty denominator counts as perfect only when both sides are empty: a system that finds nothing where the
 * gold has something gets precision 0, not an undefined or perfect value, so a floor cannot be met by silence.
 */
public record Score(int tp, int fp, int fn) {

    public static final Score ZERO = new Score(0, 0, 0);

    public Score {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: " + tp + "/" + fp + "/" + fn);
        }
    }

    public double precision() {
        return tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? (fp == 0 ? 1 : 0) : (double) tp / (tp + fn);
    }

    public double f1() {
        return tp + fp + fn == 0 ? 1 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    public double get(Metric metric) {
        return switch (metric) {
            case PRECISION -> precision();
            case RECALL -> recall();
            case F1 -> f1();
        };
    }

    /** Micro-averaging adds the counts, so large sets weigh more than small ones. */
    public Score plus(Score other) {
        return new Score(tp + other.tp, fp + other.fp, fn + other.fn);
    }
}
