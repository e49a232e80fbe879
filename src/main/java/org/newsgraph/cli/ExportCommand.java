package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.newsgraph.NewsGraph;
import org.newsgraph.query.FactsExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write everything the graph knows (articles, actors, meetings, criticisms, statements, roles) as one JSON document.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        // Opening a missing embedded store would create an empty one and export nothing.
        if (store.uri == null && !Files.isDirectory(store.db)) {
            System.err.println("No graph at " + store.describe() + ": ingest articles first, or give --db or --uri.");
            return 1;
        }
        try (NewsGraph graph = store.open()) {
            FactsExport export = new FactsExport(graph.driver());
            if (out == null) {
                export.write(System.out);
            } else {
                writeFile(export);
                System.err.println("Wrote " + out);
            }
            return 0;
        }
    }

    /** Written beside the target and moved into place, so a failed export never leaves half a file. */
    private void writeFile(FactsExport export) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(partial))) {
                export.write(o);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
