package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.newsgraph.IngestReport;
import org.newsgraph.NewsGraph;
import org.newsgraph.query.GraphQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Read three short demo articles into a fresh store, print who met whom and who criticized whom, then serve.")
final class DemoCommand implements Callable<Integer> {

    /** Written for newsgraph: a fisheries dispute told by three outlets in three formats. */
    private static final List<String> ARTICLES = List.of("harbour-gazette-fisheries.md", "north-sea-wire-quota.txt",
            "capital-ledger-vandermeer.html");

    private static final String MARKER = ".newsgraph-demo";

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/demo",
            description = "The demo's own store directory, emptied first (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--no-serve", description = "Stop after printing, without serving.")
    boolean noServe;

    @Mixin
    ServeCommand.ServeOptions serve;

    @Override
    public Integer call() throws Exception {
        Path articles = Files.createTempDirectory("newsgraph-demo");
        try {
            copyArticles(articles);
            if (!emptyDemoStore(db)) {
                System.err.println(db + " holds a graph that the demo did not make; give the demo another --db.");
                return 2;
            }
            StoreOptions store = new StoreOptions();
            store.db = db;
            if (noServe) {
                try (NewsGraph graph = store.open()) {
                    show(graph, articles);
                }
                return 0;
            }
            return serve.run(store, graph -> show(graph, articles));
        } finally {
            deleteTree(articles);
        }
    }

    private static void show(NewsGraph graph, Path articles) {
        PrintStream out = System.out;
        out.println("Reading the demo articles (loading language models takes about half a minute)...");
        IngestReport report = graph.ingest(List.of(articles), (r, done, total) -> IngestCommand.print(out, r));
        IngestCommand.summary(out, report);
        GraphQueries queries = graph.queries();
        out.println();
        out.println("Who met whom:");
        new AskCommand.WhoMet().table(queries.whoMet(null)).print(out);
        out.println();
        out.println("Who criticized whom:");
        new AskCommand.WhoCriticized().table(queries.whoCriticized(null, null)).print(out);
    }

    private static void copyArticles(Path into) throws IOException {
        for (String name : ARTICLES) {
            try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream("demo/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("demo article " + name + " is missing from the jar");
                }
                Files.copy(in, into.resolve(name));
            }
        }
    }

    /**
     * The demo store only ever holds the demo, so it starts empty each time; a marker file proves a folder is one,
     * so that a mistyped --db never deletes a real graph.
     */
    private static boolean emptyDemoStore(Path store) throws IOException {
        Path marker = store.resolve(MARKER);
        if (Files.isDirectory(store)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(store)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(marker)) {
                return false;
            }
            deleteTree(store);
        }
        Files.createDirectories(store);
        Files.writeString(marker, "This folder is newsgraph's demo store; `newsgraph demo` empties it on every run.\n");
        return true;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
