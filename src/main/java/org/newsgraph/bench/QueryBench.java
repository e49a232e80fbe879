package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;
import org.newsgraph.graph.Derived;
import org.newsgraph.graph.EmbeddedNeo4j;
import org.newsgraph.graph.Schema;
import org.newsgraph.query.GraphQueries;

/**
 * How the named questions scale: for each size, a fresh embedded store with the real schema and a
 * {@link SyntheticGraph}, then every question of {@link GraphQueries} asked about actors drawn from the graph's own
 * actor law (by name, so resolution is part of each call). Warm-up calls first, then timed calls; a question stops
 * early when its time budget runs out. Also counts the database hits of each query's plan ({@code PROFILE}) for a
 * fixed set of actors, which unlike wall time does not depend on what else the machine is doing.
 */
public final class QueryBench {

    /** A question as the bench asks it: a name, the query file it runs, and how to ask it about drawn actors. */
    private record Question(String name, String file, boolean global, Function<Draw, Integer> ask,
                            Function<Draw, Map<String, Object>> profileParams) {
    }

    /** Two actors drawn for one call. */
    record Draw(SyntheticGraph.Actor a, SyntheticGraph.Actor b) {
    }

    /** Timings of one question at one size. */
    record Timing(String question, int events, int calls, double p50, double p99, double meanRows, long dbHits) {
    }

    private final List<Integer> sizes;
    private final int calls;
    private final int warmup;
    private final double budgetSeconds;
    private final int batch;
    private final long seed;
    private final PrintStream out;
    private final PrintStream log;

    public QueryBench(List<Integer> sizes, int calls, int warmup, double budgetSeconds, int batch, long seed,
                      PrintStream out, PrintStream log) {
        this.sizes = List.copyOf(sizes);
        this.calls = calls;
        this.warmup = warmup;
        this.budgetSeconds = budgetSeconds;
        this.batch = batch;
        this.seed = seed;
        this.out = out;
        this.log = log;
    }

    public List<Timing> run() {
        List<Timing> all = new ArrayList<>();
        for (int events : sizes) {
            all.addAll(runSize(events));
        }
        int smallest = sizes.stream().min(Integer::compare).orElseThrow();
        int largest = sizes.stream().max(Integer::compare).orElseThrow();
        if (smallest != largest) {
            for (Timing big : all) {
                if (big.events() != largest) {
                    continue;
                }
                all.stream().filter(t -> t.events() == smallest && t.question().equals(big.question())).findFirst()
                        .ifPresent(small -> out.printf(Locale.ROOT, "GROWTH %s p50 %s/%s=%.2f%n", big.question(),
                                label(largest), label(smallest), big.p50() / small.p50()));
            }
        }
        return all;
    }

    /** 10000 as 10k, 1000000 as 1M. */
    static String label(int n) {
        if (n >= 1_000_000 && n % 1_000_000 == 0) {
            return n / 1_000_000 + "M";
        }
        if (n >= 1000 && n % 1000 == 0) {
            return n / 1000 + "k";
        }
        return Integer.toString(n);
    }

    private List<Timing> runSize(int events) {
        Path store = IngestBench.tempDir("newsgraph-bench-queries");
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.forStore(store));
             Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            Schema.apply(driver);
            SyntheticGraph graph = new SyntheticGraph(events, seed);
            log.printf("bench: generating %,d events...%n", events);
            long t0 = System.nanoTime();
            SyntheticGraph.Counts counts = graph.write(driver, batch);
            double genSeconds = (System.nanoTime() - t0) / 1e9;
            // What the writer keeps up to date per article (degrees, conflict flags), computed once here.
            long d0 = System.nanoTime();
            Derived.backfill(driver);
            out.printf(Locale.ROOT, "INFO derived events=%d seconds=%.1f%n", events, (System.nanoTime() - d0) / 1e9);
            long nodes = counts.nodes().entrySet().stream()
                    .filter(e -> !e.getKey().equals("Person") && !e.getKey().equals("Organization")
                            && !e.getKey().equals("Place") && !e.getKey().equals("Group") && !e.getKey().equals("Proposal"))
                    .mapToLong(Map.Entry::getValue).sum();
            long rels = counts.relationships().values().stream().mapToLong(Long::longValue).sum();
            out.printf(Locale.ROOT, "INFO generate events=%d actors=%d nodes=%d relationships=%d seconds=%.1f%n",
                    events, graph.actors().size(), nodes, rels, genSeconds);
            try (Session s = driver.session()) {
                s.run("CALL db.awaitIndexes(600)").consume();
            }
            GraphQueries queries = new GraphQueries(driver);
            List<Timing> timings = new ArrayList<>();
            for (Question q : questions(queries, graph)) {
                Timing t = time(q, graph, events, driver);
                timings.add(t);
                out.printf(Locale.ROOT, "RESULT %s events=%d p50_ms=%.2f p99_ms=%.2f%n", t.question(), events,
                        t.p50(), t.p99());
                out.printf(Locale.ROOT, "INFO %s events=%d calls=%d mean_rows=%.1f median_db_hits=%d%n",
                        t.question(), events, t.calls(), t.meanRows(), t.dbHits());
            }
            return timings;
        } finally {
            IngestBench.deleteTree(store);
        }
    }

    private static boolean any(int rank) {
        return true;
    }

    private List<Question> questions(GraphQueries q, SyntheticGraph g) {
        List<Question> list = new ArrayList<>();
        list.add(new Question("whoMet", "who-met", false,
                d -> q.whoMet(d.a().name()).size(),
                d -> params("actorIds", List.of(d.a().id()), "from", null, "to", null, "placeIds", null, "minOutlets", 0)));
        list.add(new Question("whoCriticized", "who-criticized", false,
                d -> q.whoCriticized(d.a().name(), null).size(),
                d -> params("criticIds", List.of(d.a().id()), "targetIds", null, "kind", null)));
        list.add(new Question("statements", "statements", false,
                d -> q.statements(d.a().name(), null).size(),
                d -> params("speakerIds", List.of(d.a().id()), "aboutIds", null, "words", null)));
        list.add(new Question("roles", "roles", false,
                d -> q.roles(d.a().name()).size(),
                d -> params("personIds", List.of(d.a().id()))));
        list.add(new Question("connection", "connection", false,
                d -> q.connection(d.a().name(), d.b().name(), 4).size(),
                d -> params("fromIds", List.of(d.a().id()), "toIds", List.of(d.b().id()), "maxHops", 4,
                        "maxDegree", GraphQueries.HUB_DEGREE, "limit", 20)));
        list.add(new Question("timeline", "timeline", false,
                d -> q.timeline(d.a().name()).size(),
                d -> params("actorIds", List.of(d.a().id()))));
        list.add(new Question("profile", "profile", false,
                d -> q.profile(d.a().name()).isPresent() ? 1 : 0,
                d -> params("actorId", d.a().id())));
        list.add(new Question("actors", "resolve-actor", false,
                d -> q.actors(d.a().name(), 10).size(),
                d -> params("actor", d.a().name(), "limit", 10)));
        list.add(new Question("conflicts", "conflicts", true,
                d -> q.conflicts().size(),
                d -> Map.of()));
        return list;
    }

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Draws the actors a question is about: people for roles, speakers and critics that can speak. */
    private static Draw draw(String question, SyntheticGraph g, SplittableRandom random) {
        return switch (question) {
            case "roles" -> new Draw(g.draw(random, g::isPerson), null);
            case "statements", "whoMet", "whoCriticized" -> new Draw(g.draw(random, g::canAct), null);
            case "connection" -> {
                SyntheticGraph.Actor a = g.draw(random, r -> g.canAct(r));
                SyntheticGraph.Actor b;
                do {
                    b = g.draw(random, r -> g.canAct(r));
                } while (b.id().equals(a.id()));
                yield new Draw(a, b);
            }
            default -> new Draw(g.draw(random, QueryBench::any), null);
        };
    }

    private Timing time(Question q, SyntheticGraph g, int events, Driver driver) {
        SplittableRandom random = new SplittableRandom(seed ^ q.name().hashCode());
        int warm = q.global() ? Math.min(2, warmup) : warmup;
        int timed = q.global() ? Math.min(20, calls) : calls;
        log.printf("bench: %s at %,d events%n", q.name(), events);
        long warmStart = System.nanoTime();
        for (int i = 0; i < warm; i++) {
            q.ask().apply(draw(q.name(), g, random));
            if ((System.nanoTime() - warmStart) / 1e9 > budgetSeconds / 4) {
                break;
            }
        }
        double[] ms = new double[timed];
        long rows = 0;
        int n = 0;
        long start = System.nanoTime();
        while (n < timed) {
            Draw d = draw(q.name(), g, random);
            long t = System.nanoTime();
            rows += q.ask().apply(d);
            ms[n++] = (System.nanoTime() - t) / 1e6;
            if ((System.nanoTime() - start) / 1e9 > budgetSeconds && n >= 5) {
                break;
            }
        }
        double[] done = Arrays.copyOf(ms, n);
        Arrays.sort(done);
        long hits = medianDbHits(q, g, driver);
        return new Timing(q.name(), events, n, percentile(done, 0.50), percentile(done, 0.99), (double) rows / n, hits);
    }

    /** The median over a few drawn actors of the plan's database hits, from {@code PROFILE}. */
    private long medianDbHits(Question q, SyntheticGraph g, Driver driver) {
        String cypher = "PROFILE " + load("cypher/queries/" + q.file() + ".cypher");
        SplittableRandom random = new SplittableRandom(seed + 17);
        int samples = q.global() ? 1 : 9;
        long[] hits = new long[samples];
        try (Session session = driver.session()) {
            for (int i = 0; i < samples; i++) {
                Map<String, Object> params = q.profileParams().apply(draw(q.name(), g, random));
                try {
                    // Read every row first: some plans refuse to give profiler stats before the results are materialized.
                    ResultSummary summary = session.executeRead(tx -> {
                        var result = tx.run(cypher, params);
                        result.list();
                        return result.consume();
                    });
                    hits[i] = summary.hasProfile() ? dbHits(summary.profile()) : -1;
                } catch (RuntimeException e) {
                    log.println("bench: PROFILE of " + q.file() + " failed: " + e.getMessage());
                    hits[i] = -1;
                }
            }
        }
        Arrays.sort(hits);
        return hits[samples / 2];
    }

    static long dbHits(ProfiledPlan plan) {
        long sum = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            sum += dbHits(child);
        }
        return sum;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String load(String path) {
        try (InputStream in = QueryBench.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
