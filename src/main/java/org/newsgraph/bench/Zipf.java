package org.newsgraph.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Ranks 1..n drawn with probability proportional to {@code 1 / rank^exponent}: a few actors in many events, most
 * in few. Sampling is a binary search over the cumulative weights, so a million draws cost nothing.
 */
final class Zipf {

    private final double[] cumulative;

    Zipf(int n, double exponent) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, exponent);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
    }

    int size() {
        return cumulative.length;
    }

    /** A rank from 0 (the most frequent) to n - 1. */
    int next(SplittableRandom random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    /** The probability of the rank (from 0). */
    double probability(int rank) {
        return rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1];
    }
}
