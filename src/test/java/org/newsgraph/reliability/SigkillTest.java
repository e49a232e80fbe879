package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ArticleResult;
import org.newsgraph.IngestReport;
import org.newsgraph.NewsGraph;

/**
 * Kill -9 in the middle of an ingest run, then run it again: the store recovers, holds no partial article, and ends
 * up the same as one clean run. The killed and the resumed runs are child processes of {@code newsgraph ingest}
 * (each loads CoreNLP, so the articles are few and short); the clean run for comparison is in this JVM.
 */
class SigkillTest {

    @TempDir
    Path tmp;

    @Test
    void aKilledIngestLeavesNoPartialArticleAndARerunCompletesIt() throws Exception {
        List<String> names = new ArrayList<>(GraphState.OVERLAP);
        Path articles = tmp.resolve("articles");
        GraphState.copyArticles(articles, names);
        Path store = tmp.resolve("killed-store");

        Killed killed = ingestAndKill(store, articles);
        if (killed.newBeforeKill() >= names.size()) {
            // The child wrote everything before the kill landed: try again with more to do.
            names.addAll(GraphState.UNIQUE);
            GraphState.copyArticles(articles, GraphState.UNIQUE);
            store = tmp.resolve("killed-store-2");
            killed = ingestAndKill(store, articles);
        }
        System.out.printf("sigkill: killed after %d of %d articles were reported new (exit %d)%n",
                killed.newBeforeKill(), names.size(), killed.exit());
        assertThat(killed.newBeforeKill()).isBetween(1, names.size() - 1);
        assertThat(killed.exit()).isNotZero();

        Child rerun = Child.start(store, articles);
        List<String> lines = rerun.readAll();
        int exit = rerun.process().waitFor();
        lines.forEach(l -> System.out.println("sigkill rerun | " + l));
        assertThat(exit).as("the rerun's exit status").isZero();
        long present = lines.stream().filter(l -> l.startsWith("  present ")).count();
        long added = lines.stream().filter(l -> l.startsWith("  new ")).count();
        assertThat(lines).noneMatch(l -> l.startsWith("  FAILED") || l.startsWith("  duplicate"));
        // What the killed run committed is found again; what it had not committed is written now; none twice.
        assertThat(present).isGreaterThanOrEqualTo(killed.newBeforeKill());
        assertThat(present + added).isEqualTo(names.size());

        Map<String, Long> resumed;
        try (NewsGraph graph = NewsGraph.openEmbedded(store)) {
            assertThat(GraphState.integrityProblems(graph.driver(), true)).isEmpty();
            resumed = GraphState.counts(graph.driver());
        }
        Map<String, Long> clean;
        try (NewsGraph graph = NewsGraph.openEmbedded(tmp.resolve("clean-store"))) {
            IngestReport report = graph.ingest(articles);
            assertThat(report.count(ArticleResult.Status.NEW)).isEqualTo(names.size());
            assertThat(GraphState.integrityProblems(graph.driver(), true)).isEmpty();
            clean = GraphState.counts(graph.driver());
        }
        System.out.println("sigkill: killed and rerun " + resumed);
        System.out.println("sigkill: one clean run    " + clean);
        assertThat(resumed).isEqualTo(clean);
    }

    private record Killed(int newBeforeKill, int exit) {
    }

    /** Starts an ingest run and kills it (SIGKILL) as soon as it reports its first new article. */
    private static Killed ingestAndKill(Path store, Path articles) throws Exception {
        Child child = Child.start(store, articles);
        List<String> seen = new ArrayList<>();
        int reportedNew = 0;
        while (true) {
            String line = child.lines().take();
            if (line == Child.END) {
                break;
            }
            seen.add(line);
            if (line.startsWith("  new ")) {
                child.process().destroyForcibly();
                reportedNew++;
                break;
            }
        }
        int exit = child.process().waitFor();
        // Lines already in the pipe when the kill landed: articles committed before it.
        for (String line = child.lines().take(); line != Child.END; line = child.lines().take()) {
            seen.add(line);
            if (line.startsWith("  new ")) {
                reportedNew++;
            }
        }
        seen.forEach(l -> System.out.println("sigkill killed | " + l));
        return new Killed(reportedNew, exit);
    }

    /** {@code java -cp <this classpath> org.newsgraph.cli.Main ingest --db STORE ARTICLES}, its output as lines. */
    private record Child(Process process, BlockingQueue<String> lines) {

        static final String END = new String("(end of output)");

        static Child start(Path store, Path articles) throws IOException {
            String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            List<String> command = new ArrayList<>(List.of(java, "-Xmx3g", "--enable-native-access=ALL-UNNAMED"));
            if (Runtime.version().feature() >= 24) {
                command.add("--sun-misc-unsafe-memory-access=allow");
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main",
                    "ingest", "--db", store.toString(), articles.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("(output unreadable: " + e.getMessage() + ")");
                } finally {
                    lines.add(END);
                }
            }, "sigkill-child-output");
            reader.setDaemon(true);
            reader.start();
            return new Child(process, lines);
        }

        List<String> readAll() throws InterruptedException {
            List<String> out = new ArrayList<>();
            for (String line = lines.take(); line != END; line = lines.take()) {
                out.add(line);
            }
            return out;
        }
    }
}
