package org.newsgraph.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.newsgraph.ArticleResult;
import org.newsgraph.IngestReport;
import org.newsgraph.NewsGraph;
import org.newsgraph.query.ActorRef;
import org.newsgraph.query.Connection;
import org.newsgraph.query.GraphQueries;
import org.newsgraph.query.MeetingFilter;
import org.newsgraph.query.MeetingRow;
import org.newsgraph.query.Source;

/**
 * newsgraph from a plain {@code main}, without Spring or a server: open an embedded store in a temporary directory,
 * read the three demo articles (a fisheries dispute invented for newsgraph, told by three outlets), then ask who
 * met whom and how two people are connected, printing each answer with the sentences behind it.
 *
 * <p>Run it from the project directory (loading CoreNLP's models takes about half a minute), with the test classes
 * and the dependencies on the class path:
 *
 * <pre>
 * scripts/with-jdk mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * scripts/with-jdk java -Xmx3g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
 *     org.newsgraph.examples.WhoMetExample
 * </pre>
 *
 * <p>It prints, among the rest:
 *
 * <pre>
 * How is Pieter Vandermeer connected to Gunnar Thorsson?
 *   in 2 steps:
 *     Pieter Vandermeer met (HELD in Brussels) Astrid Hovland (2026-03-18)
 *     Astrid Hovland met (HELD in Reykjavik) Gunnar Thorsson (2026-03-10)
 * </pre>
 */
public final class WhoMetExample {

    /** Written for newsgraph; packaged with it for {@code newsgraph demo}. */
    private static final List<String> ARTICLES = List.of("harbour-gazette-fisheries.md", "north-sea-wire-quota.txt",
            "capital-ledger-vandermeer.html");

    private WhoMetExample() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("newsgraph-example");
        try {
            run(work, System.out);
        } finally {
            deleteTree(work);
        }
    }

    /** The example itself: builds a graph in {@code work} and prints the answers to {@code out}. */
    static void run(Path work, PrintStream out) throws IOException {
        Path articles = Files.createDirectories(work.resolve("articles"));
        for (String name : ARTICLES) {
            try (InputStream in = WhoMetExample.class.getClassLoader().getResourceAsStream("demo/" + name)) {
                Files.copy(in, articles.resolve(name));
            }
        }

        try (NewsGraph graph = NewsGraph.openEmbedded(work.resolve("graph"))) {
            IngestReport report = graph.ingest(articles);
            out.println("Read " + report.count(ArticleResult.Status.NEW) + " articles.");
            GraphQueries queries = graph.queries();

            out.println();
            out.println("Who met Astrid Hovland?");
            for (MeetingRow m : queries.whoMet("Astrid Hovland")) {
                out.println("  " + (m.date() == null ? "undated" : m.date()) + "  " + names(m.participants())
                        + (m.place() == null ? "" : " in " + m.place().name())
                        + "  (" + m.status() + ", " + m.corroboration() + (m.corroboration() == 1 ? " outlet)" : " outlets)"));
                for (Source s : m.sources()) {
                    out.println("      " + s.outlet() + ": " + s.sentence());
                }
            }

            out.println();
            out.println("Meetings that two outlets or more report:");
            for (MeetingRow m : queries.meetings(MeetingFilter.ANY.withMinOutlets(2))) {
                out.println("  " + m.date() + "  " + names(m.participants()) + "  " + m.outlets());
            }

            out.println();
            out.println("How is Pieter Vandermeer connected to Gunnar Thorsson?");
            List<Connection> chains = queries.connection("Pieter Vandermeer", "Gunnar Thorsson", 3);
            for (Connection chain : chains) {
                out.println("  in " + chain.hops() + (chain.hops() == 1 ? " step:" : " steps:"));
                for (Connection.Step step : chain.steps()) {
                    out.println("    " + step.from().name() + " " + step.describe() + " " + step.to().name()
                            + (step.date() == null ? "" : " (" + step.date() + ")"));
                }
            }
            if (chains.isEmpty()) {
                out.println("  not within three events");
            }
        }
    }

    private static String names(List<ActorRef> actors) {
        return actors.stream().map(ActorRef::name).collect(Collectors.joining(", "));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
