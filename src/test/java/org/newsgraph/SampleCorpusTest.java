package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;
import org.newsgraph.query.ActorRef;
import org.newsgraph.query.Conflict;
import org.newsgraph.query.GraphQueries;
import org.newsgraph.query.MeetingRow;

/**
 * End to end on the sample story: five real articles about one Kremlin meeting, two of them the same article as
 * a web page and as PDF text. The articles are read from {@code ../shared/corpus} and never copied here.
 */
class SampleCorpusTest {

    static final Path CORPUS = Path.of("../shared/corpus/ukraine-talks-2025-12");

    @TempDir
    static Path store;
    static NewsGraph graph;
    static IngestReport report;
    static GraphQueries queries;

    @BeforeAll
    static void ingest() {
        assumeTrue(Files.isDirectory(CORPUS), "the sample corpus is not at " + CORPUS.toAbsolutePath());
        graph = NewsGraph.openEmbedded(store);
        report = graph.ingest(CORPUS);
        queries = new GraphQueries(graph.driver());
    }

    @AfterAll
    static void close() {
        if (graph != null) {
            graph.close();
        }
    }

    @Test
    void everyArticleGoesInAndTheCopyIsRecognized() {
        assertThat(report.count(ArticleResult.Status.NEW)).isEqualTo(4);
        assertThat(report.count(ArticleResult.Status.DUPLICATE)).isEqualTo(1);
        ArticleResult copy = report.articles().stream()
                .filter(r -> r.status() == ArticleResult.Status.DUPLICATE).findFirst().orElseThrow();
        assertThat(Set.of(copy.source(), copy.duplicateOf())).isNotEmpty();
        assertThat(count("MATCH (:Article)-[:DUPLICATE_OF]->(:Article) RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void oneActorPerPersonAcrossSpellings() {
        assertThat(count("MATCH (p:Person) WHERE any(n IN [p.name] + p.aliases WHERE n CONTAINS 'shakov') RETURN count(p)"))
                .isEqualTo(1);
        for (String name : List.of("Putin", "Witkoff", "Kushner")) {
            assertThat(queries.resolve(name)).as(name).hasSize(1);
        }
    }

    @Test
    void theEnvoysMetPutinInMoscowOnTheSecondOfDecember() {
        List<MeetingRow> withPutin = queries.whoMet("Vladimir Putin").stream()
                .filter(m -> names(m).containsAll(Set.of("Steve Witkoff", "Jared Kushner")))
                .toList();
        assertThat(withPutin).hasSize(1);
        MeetingRow kremlin = withPutin.get(0);
        assertThat(kremlin.status()).isEqualTo("HELD");
        assertThat(kremlin.date()).isEqualTo("2025-12-02");
        assertThat(kremlin.place().name()).isIn("Moscow", "Kremlin", "the Kremlin");
        // One node, reported by at least three outlets; the PDF copy of an article adds nothing.
        assertThat(kremlin.corroboration()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theFloridaTalksAreOneMeetingAndNotTheKremlinOne() {
        List<MeetingRow> florida = queries.whoMet("Rustem Umerov").stream()
                .filter(m -> names(m).contains("Steve Witkoff"))
                .toList();
        assertThat(florida).hasSize(1);
        assertThat(florida.get(0).place().name()).isIn("Miami", "Florida");
        assertThat(names(florida.get(0))).doesNotContain("Vladimir Putin");
    }

    @Test
    void outletsThatDisagreeOnTheSizeOfTheRevisedPlanAreListedSideBySide() {
        Conflict size = queries.conflicts().stream()
                .filter(c -> c.subject() != null && c.attribute().equals("points after revision"))
                .findFirst().orElseThrow();
        assertThat(size.subject().name()).contains("28-point");
        assertThat(size.claims()).extracting(Conflict.Claim::value).contains("~20", "19");
    }

    @Test
    void trumpDidNotMeetPutin() {
        assertThat(queries.whoMet("Donald Trump")).noneMatch(m -> names(m).contains("Vladimir Putin"));
    }

    @Test
    void everyFactCitesASentenceOfAnArticle() {
        assertThat(count("""
                MATCH (f) WHERE (f:Meeting OR f:Statement OR f:Criticism OR f:Role OR f:Claim)
                  AND NOT (f)-[:EVIDENCED_BY]->(:Sentence)-[:IN]->(:Article)
                RETURN count(f)""")).isZero();
        assertThat(queries.statements("Yury Ushakov", null)).isNotEmpty();
    }

    private static Set<String> names(MeetingRow m) {
        return m.participants().stream().map(ActorRef::name).collect(Collectors.toSet());
    }

    private static long count(String cypher) {
        try (Session s = graph.driver().session()) {
            return s.run(cypher).single().get(0).asLong();
        }
    }
}
