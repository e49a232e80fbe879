package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.NewsGraph;
import org.newsgraph.query.MeetingRow;
import org.newsgraph.resolve.Resolver;
import org.newsgraph.resolve.TestArticle;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The oldest Neo4j server newsgraph supports, in Docker: schema, writer and queries must work there as they do
 * embedded (dynamic labels, CALL subqueries with scope clauses). Skips itself where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class ServerNeo4jTest {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26-community").withAdminPassword("newsgraph-test");

    @Test
    void writesAndAnswersOnANeo4jServer() {
        try (NewsGraph graph = NewsGraph.connect(URI.create(NEO4J.getBoltUrl()), "neo4j", "newsgraph-test")) {
            ArticleWriter writer = new ArticleWriter(graph.driver(), new Resolver());
            writer.write(new TestArticle("s1").person("Ana Ruiz").person("Piet Kramer").place("Oslo")
                    .meeting(0, 1, "2026-02-10", 2).input());
            writer.write(new TestArticle("s2").person("Ana Ruiz").person("Piet Kramer").place("Norway")
                    .meeting(0, 1, "2026-02-10", 2).input());

            List<MeetingRow> meetings = graph.queries().whoMet("Ana Ruiz");
            assertThat(meetings).hasSize(1);
            assertThat(meetings.get(0).sources()).hasSize(2);
            assertThat(meetings.get(0).place().name()).isEqualTo("Oslo");
        }
    }
}
