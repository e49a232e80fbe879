package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;
import org.newsgraph.ArticleResult;
import org.newsgraph.ArticleResult.Status;
import org.newsgraph.IngestReport;
import org.newsgraph.NewsGraph;
import org.newsgraph.graph.EmbeddedNeo4j;

/**
 * Two clients write one store at once over Bolt: the same eight articles in opposite orders, plus two of their own
 * each. No article, actor, meeting or statement may be stored twice, and every article must be NEW for exactly one
 * client. The clients are two {@link NewsGraph#connect} instances, each with its own driver, ingestion and writer,
 * in two threads of this JVM: their transactions meet on the server exactly as two processes' would, while CoreNLP
 * (one pipeline per process) loads once instead of twice.
 */
class ConcurrentWritersTest {

    @TempDir
    Path tmp;

    @Test
    void twoClientsIngestingOverlappingArticlesStoreEachThingOnce() throws Exception {
        Path folder = tmp.resolve("articles");
        List<Path> overlap = GraphState.copyArticles(folder, GraphState.OVERLAP);
        List<Path> unique = GraphState.copyArticles(folder, GraphState.UNIQUE);
        List<Path> first = Stream.concat(overlap.stream(), unique.subList(0, 2).stream()).toList();
        List<Path> reversed = new ArrayList<>(overlap);
        Collections.reverse(reversed);
        List<Path> second = Stream.concat(unique.subList(2, 4).stream(), reversed.stream()).toList();

        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.forStore(tmp.resolve("store")))) {
            ExecutorService clients = Executors.newFixedThreadPool(2);
            // Both connect at once too: each applies the schema to the new store as it opens.
            Future<NewsGraph> connectA = clients.submit(() -> NewsGraph.connect(server.boltUri(), null, null));
            Future<NewsGraph> connectB = clients.submit(() -> NewsGraph.connect(server.boltUri(), null, null));
            try (NewsGraph clientA = connectA.get(); NewsGraph clientB = connectB.get()) {
                CyclicBarrier start = new CyclicBarrier(2);
                Future<IngestReport> a = clients.submit(() -> ingest(clientA, start, first));
                Future<IngestReport> b = clients.submit(() -> ingest(clientB, start, second));
                List<ArticleResult> all = new ArrayList<>(a.get().articles());
                all.addAll(b.get().articles());
                all.forEach(r -> System.out.printf("concurrent: %-26s %-16s %s%n", Path.of(r.source()).getFileName(),
                        r.status(), r.reason() == null ? "" : r.reason()));

                assertThat(all).noneMatch(r -> r.status() == Status.FAILED || r.status() == Status.DUPLICATE);
                for (Path p : overlap) {
                    assertThat(all.stream().filter(r -> r.source().equals(p.toString())).map(ArticleResult::status))
                            .as(p.getFileName().toString()).containsExactlyInAnyOrder(Status.NEW, Status.ALREADY_PRESENT);
                }
                List<ArticleResult> created = all.stream().filter(r -> r.status() == Status.NEW).toList();
                assertThat(created).hasSize(overlap.size() + unique.size());

                try (NewsGraph check = NewsGraph.connect(server.boltUri(), null, null)) {
                    Map<String, Long> counts = GraphState.counts(check.driver());
                    System.out.println("concurrent: counts " + counts);
                    assertThat(GraphState.integrityProblems(check.driver(), true)).isEmpty();
                    assertThat(counts.get("Article")).isEqualTo(overlap.size() + unique.size());
                    // Each article's meetings and statements are its own (no two articles share a person), so the
                    // store holds exactly what the NEW results reported: none lost, none twice.
                    assertThat(counts.get("Meeting")).isEqualTo(created.stream().mapToLong(ArticleResult::meetings).sum());
                    assertThat(counts.get("Statement")).isEqualTo(created.stream().mapToLong(ArticleResult::statements).sum());
                    assertThat(counts.get("Criticism")).isEqualTo(created.stream().mapToLong(ArticleResult::criticisms).sum());
                    try (Session s = check.driver().session()) {
                        assertThat(s.run("MATCH (a:Article) WITH a.contentHash AS h, count(*) AS n WHERE n > 1 RETURN h")
                                .list()).as("articles stored twice").isEmpty();
                        assertThat(s.run("MATCH (al:Alias) WITH al.key AS k, count(*) AS n WHERE n > 1 RETURN k")
                                .list()).as("alias keys stored twice").isEmpty();
                        assertThat(s.run("MATCH (x:Actor) WHERE NOT (:Alias)-[:NAMES]->(x) RETURN x.name").list())
                                .as("actors no alias key names").isEmpty();
                    }
                }
            } finally {
                clients.shutdownNow();
            }
        }
    }

    private static IngestReport ingest(NewsGraph client, CyclicBarrier start, List<Path> files) throws Exception {
        start.await();
        return client.ingest(files, (r, done, total) -> { });
    }
}
