package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.newsgraph.NewsGraph;
import org.newsgraph.query.FactsExport;
import org.newsgraph.query.GraphQueries;
import org.newsgraph.query.Network;
import org.newsgraph.query.NetworkExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write everything the graph knows (articles, actors, meetings, criticisms, statements, roles) "
                + "as one JSON document, or the actor network for Gephi and yEd.",
                "  --format graphml  the network as GraphML (to --out FILE or standard output)",
                "  --format csv      the network as nodes.csv and edges.csv in the directory --out DIR"})
final class ExportCommand implements Callable<Integer> {

    enum Format { facts, graphml, csv }

    @Mixin
    StoreOptions store;

    @Option(names = "--out", paramLabel = "PATH",
            description = "Write to this file (a directory for csv) instead of standard output.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "facts",
            description = "facts (JSON), graphml or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Network only: events on or after this date.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Network only: events on or before this date.")
    LocalDate to;

    @Option(names = "--hubs", description = "Network only: keep countries and other hub actors.")
    boolean hubs;

    @Override
    public Integer call() throws IOException {
        if (format == Format.csv && out == null) {
            System.err.println("--format csv writes two files: give a directory with --out.");
            return 2;
        }
        if (format == Format.facts && (from != null || to != null || hubs)) {
            System.err.println("--from, --to and --hubs apply to the network (--format graphml or csv).");
            return 2;
        }
        if (from != null && to != null && from.isAfter(to)) {
            System.err.println("--from (" + from + ") is after --to (" + to + ").");
            return 2;
        }
        // Opening a missing embedded store would create an empty one and export nothing.
        if (store.uri == null && !Files.isDirectory(store.db)) {
            System.err.println("No graph at " + store.describe() + ": ingest articles first, or give --db or --uri.");
            return 1;
        }
        try (NewsGraph graph = store.open()) {
            switch (format) {
                case facts -> {
                    FactsExport export = new FactsExport(graph.driver());
                    write(out, export::write);
                }
                case graphml -> {
                    Network network = new GraphQueries(graph.driver()).network(from, to, hubs);
                    write(out, o -> NetworkExport.writeGraphMl(network, o));
                }
                case csv -> {
                    Network network = new GraphQueries(graph.driver()).network(from, to, hubs);
                    Files.createDirectories(out);
                    write(out.resolve("nodes.csv"), o -> NetworkExport.writeNodesCsv(network, o));
                    write(out.resolve("edges.csv"), o -> NetworkExport.writeEdgesCsv(network, o));
                }
            }
            return 0;
        }
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** To standard output when {@code file} is null. */
    private static void write(Path file, Writing writing) throws IOException {
        if (file == null) {
            writing.to(System.out);
            System.out.flush();
        } else {
            writeFile(file, writing);
            System.err.println("Wrote " + file);
        }
    }

    /** Written beside the target and moved into place, so a failed export never leaves half a file. */
    private static void writeFile(Path file, Writing writing) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(partial))) {
                writing.to(o);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
