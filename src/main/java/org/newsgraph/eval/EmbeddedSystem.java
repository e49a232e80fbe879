package org.newsgraph.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.newsgraph.ArticleResult;
import org.newsgraph.IngestReport;
import org.newsgraph.NewsGraph;
import org.newsgraph.query.FactsExport;

/**
 * The real system: each set goes into a fresh embedded store in a temporary folder, so no set sees another's
 * actors, and is exported from there. CoreNLP loads once per process, so run every set in one process.
 */
public final class EmbeddedSystem implements SystemUnderTest {

    private final boolean keepStores;
    private final PrintStream log;

    /** @param keepStores leave each store on disk (its folder is logged) to look into it with {@code --db} */
    public EmbeddedSystem(boolean keepStores, PrintStream log) {
        this.keepStores = keepStores;
        this.log = log;
    }

    @Override
    public byte[] export(GoldSet set) throws IOException {
        Path store = Files.createTempDirectory("newsgraph-eval-" + set.id() + "-");
        try (NewsGraph graph = NewsGraph.openEmbedded(store)) {
            IngestReport report = graph.ingest(set.articles(), (r, done, total) -> { });
            for (ArticleResult r : report.articles()) {
                if (r.status() == ArticleResult.Status.FAILED || r.status() == ArticleResult.Status.SKIPPED) {
                    // Its gold facts will all be misses; say why, so nobody blames the extractor for them.
                    log.printf("    %s %s: %s%n", r.status(), r.source(), r.reason());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new FactsExport(graph.driver()).write(out);
            return out.toByteArray();
        } finally {
            if (keepStores) {
                log.println("    store kept in " + store);
            } else {
                delete(store);
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
