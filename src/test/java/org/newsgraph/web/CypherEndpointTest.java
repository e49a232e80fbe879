package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;
import org.newsgraph.NewsGraph;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/cypher} reads and never writes: each kind of write is refused, and the graph stays as it was. */
@ExtendWith(ServedGraph.class)
class CypherEndpointTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api api;
    private final NewsGraph graph;
    private final long nodesBefore;

    CypherEndpointTest(Api api, NewsGraph graph) {
        this.api = api;
        this.graph = graph;
        this.nodesBefore = nodes();
    }

    private long nodes() {
        try (Session session = graph.driver().session()) {
            return session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
        }
    }

    private Api.Response cypher(String query) {
        return cypher(query, Map.of());
    }

    private Api.Response cypher(String query, Map<String, Object> parameters) {
        return api.postJson("/api/cypher", JSON.writeValueAsString(Map.of("query", query, "parameters", parameters)));
    }

    private static void assertRefused(Api.Response r, String why) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.<String>json("$.detail")).contains(why);
    }

    @AfterEach
    void graphIsUnchanged() {
        assertThat(nodes()).isEqualTo(nodesBefore);
    }

    @Test
    void refusesCreate() {
        assertRefused(cypher("CREATE (:Injected {by: 'test'})"), "CREATE is not allowed");
    }

    @Test
    void refusesMerge() {
        assertRefused(cypher("MERGE (:Injected {by: 'test'})"), "MERGE is not allowed");
    }

    @Test
    void refusesDelete() {
        assertRefused(cypher("MATCH (s:Sentence) DETACH DELETE s"), "is not allowed");
        assertRefused(cypher("MATCH (s:Sentence) DELETE s"), "DELETE is not allowed");
    }

    @Test
    void refusesSet() {
        assertRefused(cypher("MATCH (a:Actor) SET a.name = 'changed'"), "SET is not allowed");
    }

    @Test
    void refusesRemove() {
        assertRefused(cypher("MATCH (a:Actor) REMOVE a.name"), "REMOVE is not allowed");
    }

    @Test
    void refusesLoadCsv() {
        assertRefused(cypher("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"), "LOAD is not allowed");
    }

    @Test
    void refusesDbmsProcedures() {
        assertRefused(cypher("CALL dbms.components()"), "procedure dbms.components is not allowed");
        assertRefused(cypher("CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')"), "is not allowed");
    }

    @Test
    void refusesWritingProcedures() {
        assertRefused(cypher("CALL db.createLabel('Injected')"), "procedure db.createLabel is not allowed");
    }

    @Test
    void refusesSchemaCommands() {
        assertRefused(cypher("CREATE INDEX injected FOR (n:Injected) ON (n.x)"), "CREATE is not allowed");
        assertRefused(cypher("DROP CONSTRAINT actor_id"), "DROP is not allowed");
    }

    @Test
    void refusesSubqueriesInTransactions() {
        assertRefused(cypher("UNWIND range(1, 3) AS i CALL (i) { RETURN i AS j } IN TRANSACTIONS RETURN j"),
                "IN TRANSACTIONS is not allowed");
    }

    @Test
    void acceptsKeywordsInsideStringsAndPropertyNames() {
        Api.Response quoted = cypher("RETURN 'CREATE' AS x, \"DELETE me\" AS y");
        assertThat(quoted.status()).as(quoted.toString()).isEqualTo(200);
        assertThat(quoted.<String>json("$.rows[0].x")).isEqualTo("CREATE");

        Api.Response property = cypher("WITH {start: 1, set: 2} AS n RETURN n.start AS s, n.set AS t");
        assertThat(property.status()).as(property.toString()).isEqualTo(200);
        assertThat(property.<Integer>json("$.rows[0].s")).isEqualTo(1);
    }

    @Test
    void readsWithParameters() {
        Api.Response r = cypher("MATCH (p:Person) WHERE p.name STARTS WITH $prefix RETURN p.name AS name ORDER BY name",
                Map.of("prefix", "Astrid"));

        assertThat(r.<List<String>>json("$.columns")).containsExactly("name");
        assertThat(r.<List<String>>json("$.rows[*].name")).containsExactly("Astrid Hovland");
        assertThat(r.<Boolean>json("$.truncated")).isFalse();
    }
}
