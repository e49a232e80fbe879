package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A load test of the REST API from this machine: N clients on virtual threads ask for meetings and statements of
 * actors in the graph while, optionally, one more posts articles; each endpoint's throughput, latency percentiles and
 * errors are reported. Bounded in time and in requests, and only against a server on loopback.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Drive a running 'newsgraph serve' REST API with concurrent clients and report requests/s, p50,"
                + " p99 and errors per endpoint.",
                "Reads GET /api/meetings?actor= and GET /api/statements?speaker= (or the same questions as read-only"
                + " Cypher through POST /api/cypher when the server has no such endpoints), actor names from"
                + " GET /api/actors?q= (or Cypher, or --actors). Only a server on this machine (loopback) is a target.",
                "Exit status: 0 without errors, 1 when any request failed, 2 when the test could not start."})
final class LoadBenchCommand implements Callable<Integer> {

    @Option(names = "--api", paramLabel = "URL", defaultValue = "http://127.0.0.1:8080",
            description = "The REST API (default: ${DEFAULT-VALUE}); must be on loopback.")
    URI api;

    @Option(names = "--clients", defaultValue = "50", description = "Concurrent reading clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "How long to run (default: ${DEFAULT-VALUE}, at most 600).")
    int seconds;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "5",
            description = "Warm the server first, not counted: one request per endpoint, then all readers for this"
                    + " long (default: ${DEFAULT-VALUE}; 0 hits a cold server with every client at once). Its errors"
                    + " are reported on their own line.")
    int warmup;

    @Option(names = "--max-requests", defaultValue = "2000000",
            description = "Stop after this many requests in all, whichever comes first (default: ${DEFAULT-VALUE}).")
    long maxRequests;

    @Option(names = "--ingest", paramLabel = "DIR",
            description = "Also post the articles in this folder (.txt, .md, .html, .htm, .pdf) to POST /api/articles,"
                    + " one at a time, over and over, while the readers run.")
    Path ingest;

    @Option(names = "--actors", paramLabel = "NAME", split = ",",
            description = "Actor names to ask about (comma-separated); default: the people in the graph.")
    List<String> actors;

    @Option(names = "--api-token", paramLabel = "TOKEN", defaultValue = "${env:NEWSGRAPH_API_TOKEN}",
            description = "Bearer token, when the API requires one; defaults to NEWSGRAPH_API_TOKEN.")
    String token;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final String MEETINGS_CYPHER = """
            MATCH (a:Actor {name: $actor})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Actor)
            OPTIONAL MATCH (m)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(art:Article)
            RETURN m.id AS meeting, m.date AS date, collect(DISTINCT o.name) AS others,
                   collect(DISTINCT {sentence: s.text, article: art.title}) AS evidence
            ORDER BY date LIMIT 100""";

    static final String STATEMENTS_CYPHER = """
            MATCH (a:Actor {name: $speaker})-[:SAID]->(st:Statement)
            OPTIONAL MATCH (st)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(art:Article)
            RETURN st.text AS text, st.date AS date, collect(DISTINCT {sentence: s.text, article: art.title}) AS evidence
            ORDER BY date LIMIT 100""";

    static final String ACTORS_CYPHER = """
            MATCH (a:Actor) WHERE a.type IN ['PERSON', 'ORGANIZATION', 'GROUP']
            RETURN a.name AS name ORDER BY name LIMIT 500""";

    private HttpClient http;
    private ExecutorService threads;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (clients < 1 || clients > 2000 || seconds < 1 || seconds > 600 || warmup < 0 || warmup > 60 || maxRequests < 1) {
            err.println("load: --clients must be 1 to 2000, --seconds 1 to 600, --warmup 0 to 60 and --max-requests positive");
            return 2;
        }
        if (api.getHost() == null || !InetAddress.getByName(api.getHost()).isLoopbackAddress()) {
            err.println("load: " + api + " is not on this machine; the load test only targets loopback (127.0.0.1, localhost, [::1])");
            return 2;
        }
        List<Path> articles = ingest == null ? List.of() : articleFiles(ingest);
        if (ingest != null && articles.isEmpty()) {
            err.println("load: no articles in " + ingest.toAbsolutePath());
            return 2;
        }
        threads = Executors.newVirtualThreadPerTaskExecutor();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try {
            return run(out, err, articles);
        } catch (IOException e) {
            err.println("load: cannot reach " + api + " (" + e.getMessage() + "); is 'newsgraph serve' running?");
            return 2;
        } finally {
            threads.shutdownNow();
            http.close();
        }
    }

    private int run(PrintStream out, PrintStream err, List<Path> articles) throws IOException, InterruptedException {
        List<String> names = actors != null && !actors.isEmpty() ? actors : actorNames();
        if (names.isEmpty()) {
            err.println("load: the graph has no actors to ask about; ingest articles first or give --actors");
            return 2;
        }
        // Asked about an actor that exists, a server with these endpoints does not answer 404.
        boolean named = exists(get("/api/meetings?actor=" + encode(names.get(0))))
                && exists(get("/api/statements?speaker=" + encode(names.get(0))));
        List<Endpoint> readers = named
                ? List.of(new Endpoint("GET /api/meetings", n -> get("/api/meetings?actor=" + encode(n))),
                        new Endpoint("GET /api/statements", n -> get("/api/statements?speaker=" + encode(n))))
                : List.of(new Endpoint("meetings via /api/cypher", n -> cypher(MEETINGS_CYPHER, Map.of("actor", n))),
                        new Endpoint("statements via /api/cypher", n -> cypher(STATEMENTS_CYPHER, Map.of("speaker", n))));
        out.printf("load: %d clients for %d s against %s, asking about %d actors%s%n", clients, seconds, api, names.size(),
                articles.isEmpty() ? "" : ", posting " + articles.size() + " articles in a loop");
        if (!named) {
            out.println("load: this server has no GET /api/meetings or /api/statements; asking the same questions as"
                    + " read-only Cypher through POST /api/cypher");
        }

        AtomicLong budget = new AtomicLong(maxRequests);
        if (warmup > 0) {
            // One request per endpoint first, alone: on a cold server, N clients asking at once each wait for the
            // same query to be planned, and on a busy machine they can all run out of the server's query time.
            Map<String, Stats> warm = new LinkedHashMap<>();
            readers.forEach(e -> warm.put(e.name(), new Stats()));
            for (Endpoint e : readers) {
                call(warm.get(e.name()), () -> e.request().apply(names.get(0)));
            }
            drive(readers, names, warm, System.nanoTime() + Duration.ofSeconds(warmup).toNanos(), budget, err);
            long count = warm.values().stream().mapToLong(s -> s.sortedLatencies().length).sum();
            long failed = warm.values().stream().mapToLong(Stats::errors).sum();
            out.printf("load: warm-up %d s (one request per endpoint, then all clients), %d requests, %d errors"
                    + " (not counted below)%n", warmup, count, failed);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Map<String, Stats> stats = new LinkedHashMap<>();
        readers.forEach(e -> stats.put(e.name(), new Stats()));
        long start = System.nanoTime();
        Future<?> posting = null;
        if (!articles.isEmpty()) {
            Stats posted = new Stats();
            stats.put("POST /api/articles", posted);
            posting = threads.submit(() -> {
                for (int i = 0; System.nanoTime() < deadline && budget.getAndDecrement() > 0; i++) {
                    Path file = articles.get(i % articles.size());
                    call(posted, () -> post(file));
                }
            });
        }
        drive(readers, names, stats, deadline, budget, err);
        if (posting != null) {
            await(List.of(posting), err);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        print(out, stats, elapsed);
        long errors = stats.values().stream().mapToLong(Stats::errors).sum();
        return errors == 0 ? 0 : 1;
    }

    /** The reading clients, until the deadline or the request budget, whichever comes first. */
    private void drive(List<Endpoint> readers, List<String> names, Map<String, Stats> stats, long deadline,
                       AtomicLong budget, PrintStream err) throws InterruptedException {
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(threads.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (long i = client; System.nanoTime() < deadline && budget.getAndDecrement() > 0; i++) {
                    Endpoint e = readers.get((int) (i % readers.size()));
                    call(stats.get(e.name()), () -> e.request().apply(names.get(random.nextInt(names.size()))));
                }
            }));
        }
        await(running, err);
    }

    private static void await(List<Future<?>> running, PrintStream err) throws InterruptedException {
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                err.println("load: a client stopped: " + e.getCause());
            }
        }
    }

    private record Endpoint(String name, Request request) {
    }

    @FunctionalInterface
    private interface Request {
        HttpResponse<String> apply(String actor) throws IOException, InterruptedException;
    }

    @FunctionalInterface
    private interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private static void call(Stats stats, Call call) {
        long t0 = System.nanoTime();
        String error;
        try {
            HttpResponse<String> response = call.send();
            int code = response.statusCode();
            error = code >= 200 && code < 300 ? null : "HTTP " + code;
        } catch (IOException e) {
            error = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        stats.record(System.nanoTime() - t0, error);
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> cypher(String query, Map<String, Object> parameters) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("query", query, "parameters", parameters));
        return http.send(request("/api/cypher").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(Path file) throws IOException, InterruptedException {
        String name = file.getFileName().toString();
        // The server's first upload loads CoreNLP's models: half a minute on a quiet machine, minutes on a busy one.
        return http.send(request("/api/articles?name=" + encode(name)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", mediaType(name))
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        String base = api.toString().replaceAll("/+$", "");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60));
        if (token != null && !token.isBlank()) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static boolean exists(HttpResponse<String> response) {
        return response.statusCode() != 404 && response.statusCode() != 405;
    }

    /** From GET /api/actors?q= when the server has it (any "name" fields in its answer), else from Cypher. */
    private List<String> actorNames() throws IOException, InterruptedException {
        Set<String> names = new LinkedHashSet<>();
        HttpResponse<String> listed = get("/api/actors?q=");
        if (listed.statusCode() == 200) {
            JSON.readTree(listed.body()).findValues("name").forEach(v -> {
                if (v.isString() && !v.asString().isBlank()) {
                    names.add(v.asString());
                }
            });
        }
        if (names.isEmpty()) {
            HttpResponse<String> rows = cypher(ACTORS_CYPHER, Map.of());
            if (rows.statusCode() != 200) {
                throw new IOException("POST /api/cypher answered " + rows.statusCode() + ": " + rows.body());
            }
            for (JsonNode row : JSON.readTree(rows.body()).path("rows")) {
                if (row.path("name").isString()) {
                    names.add(row.path("name").asString());
                }
            }
        }
        return List.copyOf(names);
    }

    private static List<Path> articleFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i)[^.].*\\.(txt|md|html?|pdf)"))
                    .sorted().toList();
        }
    }

    private static String mediaType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return "text/html";
        }
        return n.endsWith(".md") ? "text/markdown" : "text/plain";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void print(PrintStream out, Map<String, Stats> stats, double elapsed) {
        out.printf("%-28s %9s %9s %9s %9s %9s %7s%n", "endpoint", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors");
        stats.forEach((name, s) -> {
            long[] sorted = s.sortedLatencies();
            out.printf("%-28s %9d %9.1f %9.1f %9.1f %9.1f %7d%n", name, sorted.length, sorted.length / elapsed,
                    millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.99)),
                    millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]), s.errors());
            s.errorKinds().forEach((kind, n) -> out.printf("%-28s %s: %d%n", "", kind, n));
        });
        out.printf("%.1f s%n", elapsed);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** Latencies and errors of one endpoint, from all clients. */
    private static final class Stats {
        private long[] latencies = new long[1024];
        private int count;
        private long errors;
        private final Map<String, Long> errorKinds = new TreeMap<>();

        synchronized void record(long nanos, String error) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
            if (error != null) {
                errors++;
                errorKinds.merge(error, 1L, Long::sum);
            }
        }

        synchronized long[] sortedLatencies() {
            long[] out = Arrays.copyOf(latencies, count);
            Arrays.sort(out);
            return out;
        }

        synchronized long errors() {
            return errors;
        }

        synchronized Map<String, Long> errorKinds() {
            return new TreeMap<>(errorKinds);
        }
    }
}
