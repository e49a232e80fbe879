package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.newsgraph.ArticleResult;
import org.newsgraph.IngestReport;
import org.newsgraph.NewsGraph;
import org.newsgraph.source.Document;
import org.newsgraph.source.DocumentReader;

/**
 * Text that looks like Cypher, with quotes, braces, backslashes, parameters and comments, goes into the graph as data
 * and comes back unchanged: every value reaches Neo4j as a parameter, never spliced into a query.
 */
class HostileInputTest {

    /** What the minister says: the statement stored must be exactly this. */
    static final String QUOTE = "Write MATCH (n) DETACH DELETE n; RETURN {cost: 'high', all: true} \\ 1 // */ "
            + "$param `tick` ${x} and CALL db.clear() UNION MATCH (m) SET m.x = '\\'' if you dare";

    static final String TITLE = "Minister's \"MERGE\" plan: {budget} \\ RETURN 1 // DROP DATABASE neo4j; $cost";

    static final String ARTICLE = """
            %s
            Quayside Register
            Thursday, 12 March 2026
            By Nell O'Hara

            GALWAY (Quayside Register) - Irish harbour minister Siobhan O'Driscoll met port chief Declan MacGiolla in \
            Galway on Wednesday to discuss dredging the inner harbour.

            \u201c%s,\u201d O'Driscoll said after the meeting.

            MacGiolla said the dredgers would arrive in April.
            """.formatted(TITLE, QUOTE);

    @TempDir
    Path tmp;

    @Test
    void namesAndQuotesThatLookLikeCypherRoundTripUnchanged() throws Exception {
        Path file = tmp.resolve("hostile.txt");
        Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);
        Document read = new DocumentReader().read(file);
        assertThat(read.title()).isEqualTo(TITLE);

        try (NewsGraph graph = NewsGraph.openEmbedded(tmp.resolve("store"))) {
            IngestReport report = graph.ingest(file);
            assertThat(report.articles()).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(ArticleResult.Status.NEW);
                assertThat(r.statements()).isPositive();
            });
            try (Session s = graph.driver().session()) {
                List<Record> said = s.run("""
                        MATCH (sp:Actor)-[:SAID]->(st:Statement)-[:EVIDENCED_BY]->(sen:Sentence)
                        RETURN sp.name AS speaker, st.text AS text, sen.text AS sentence""").list();
                said.forEach(r -> System.out.println("hostile: " + r.asMap()));
                assertThat(said).anySatisfy(r -> {
                    assertThat(r.get("speaker").asString()).isEqualTo("Siobhan O'Driscoll");
                    assertThat(r.get("text").asString()).isEqualTo(QUOTE);
                    assertThat(r.get("sentence").asString()).contains(QUOTE);
                });
                assertThat(s.run("MATCH (a:Article) RETURN a.title AS t").single().get("t").asString()).isEqualTo(TITLE);
                // Found again by the same text passed as a parameter, as the query API would look it up.
                assertThat(s.run("MATCH (st:Statement {text: $q}) RETURN count(st) AS c", Map.of("q", QUOTE))
                        .single().get("c").asLong()).isEqualTo(1);
                assertThat(s.run("MATCH (n) WHERE n.x IS NOT NULL OR n:m RETURN count(n) AS c").single().get("c").asLong())
                        .as("nodes touched by the quoted SET").isZero();
            }
            assertThat(GraphState.integrityProblems(graph.driver(), true)).isEmpty();
        }
    }
}
