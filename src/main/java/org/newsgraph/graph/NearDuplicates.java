package org.newsgraph.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Finds the article a new one nearly duplicates: candidates share locality-sensitive hash bands, and the
 * MinHash signatures confirm (the same text as a web page and as PDF text, a syndicated copy).
 */
public final class NearDuplicates {

    /** Estimated Jaccard similarity of word shingles above which two articles are the same text. */
    static final double THRESHOLD = 0.8;
    private static final int MIN_SHARED_BANDS = 2;

    /** An article already in the graph that the new one copies, with the metadata a copy may lack. */
    public record Original(String id, double similarity, String published, String outlet, String title, String url) {
    }

    private NearDuplicates() {
    }

    /** Looks up the original of a new article in a read session, before any work is done on it. */
    public static Optional<Original> find(Driver driver, List<String> bands, long[] minhash) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> find(tx, bands, minhash));
        }
    }

    static Optional<Original> find(SimpleQueryRunner runner, List<String> bands, long[] minhash) {
        Original best = null;
        for (Record r : runner.run(WriteCypher.NEAR_DUPLICATES, Map.of("bands", bands, "minShared", MIN_SHARED_BANDS)).list()) {
            double s = similarity(minhash, r.get("minhash").asList(v -> v.asLong()));
            if (s >= THRESHOLD && (best == null || s > best.similarity())) {
                best = new Original(r.get("id").asString(), s, r.get("published").asString(null),
                        r.get("outlet").asString(null), r.get("title").asString(null), r.get("url").asString(null));
            }
        }
        return Optional.ofNullable(best);
    }

    /** Share of equal MinHash slots: an estimate of the Jaccard similarity of the two shingle sets. */
    static double similarity(long[] a, List<Long> b) {
        if (a.length == 0 || a.length != b.size()) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b.get(i)) {
                same++;
            }
        }
        return (double) same / a.length;
    }
}
