package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.newsgraph.graph.Derived;
import org.newsgraph.graph.EmbeddedNeo4j;
import org.newsgraph.graph.Schema;
import org.newsgraph.query.Conflict;
import org.newsgraph.query.GraphQueries;

/**
 * The query bench's generator at a tiny size: the graph it writes has the counts it says, in the model the questions
 * read, and every question answers. Nothing here is timed.
 */
class QueryBenchSmokeTest {

    @TempDir
    static Path store;
    static EmbeddedNeo4j db;
    static Driver driver;
    static SyntheticGraph graph;
    static SyntheticGraph.Counts counts;

    @BeforeAll
    static void generate() {
        db = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.forStore(store));
        driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none());
        Schema.apply(driver);
        graph = new SyntheticGraph(500, 7);
        counts = graph.write(driver, 64);
    }

    @AfterAll
    static void stop() {
        driver.close();
        db.close();
    }

    private static long count(String cypher) {
        try (Session s = driver.session()) {
            return s.run(cypher).single().get(0).asLong();
        }
    }

    @Test
    void everyLabelAndRelationshipHasTheCountTheGeneratorReports() {
        assertThat(counts.nodes().get("Meeting") + counts.nodes().get("Statement") + counts.nodes().get("Criticism")
                + counts.nodes().get("Role")).isEqualTo(500);
        assertThat(counts.nodes().get("Actor")).isEqualTo(graph.actors().size());
        for (Map.Entry<String, Long> e : counts.nodes().entrySet()) {
            assertThat(count("MATCH (n:" + e.getKey() + ") RETURN count(n)")).as(e.getKey()).isEqualTo(e.getValue());
        }
        for (Map.Entry<String, Long> e : counts.relationships().entrySet()) {
            assertThat(count("MATCH ()-[r:" + e.getKey() + "]->() RETURN count(r)")).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(counts.relationships().keySet()).contains("ATTENDED", "HELD_IN", "EVIDENCED_BY", "IN", "SAID",
                "ABOUT", "CRITICIZED", "TARGETS", "HOLDS_ROLE", "AT", "MENTIONED_IN", "NAMES", "PUBLISHED_BY");
        // Every event cites a sentence of an article; every actor has an alias that names it.
        assertThat(count("MATCH (e) WHERE (e:Meeting OR e:Statement OR e:Criticism OR e:Role) "
                + "AND NOT (e)-[:EVIDENCED_BY]->(:Sentence)-[:IN]->(:Article) RETURN count(e)")).isZero();
        assertThat(count("MATCH (a:Actor) WHERE NOT (:Alias)-[:NAMES]->(a) RETURN count(a)")).isZero();
    }

    @Test
    void actorsFollowAHeavyTail() {
        List<Long> degrees;
        try (Session s = driver.session()) {
            degrees = s.run("MATCH (a:Actor) RETURN COUNT { (a)--(:Meeting|Statement|Criticism|Role) } AS d ORDER BY d DESC")
                    .list(r -> r.get("d").asLong());
        }
        long top = degrees.get(0);
        long median = degrees.get(degrees.size() / 2);
        assertThat(top).isGreaterThan(5 * Math.max(1, median));
    }

    @Test
    void everyQuestionAnswers() {
        GraphQueries q = new GraphQueries(driver);
        SplittableRandom random = new SplittableRandom(3);
        SyntheticGraph.Actor top = graph.actors().get(0);
        SyntheticGraph.Actor person = graph.draw(random, graph::isPerson);
        SyntheticGraph.Actor speaker = graph.draw(random, graph::canAct);
        SyntheticGraph.Actor other = graph.draw(random, r -> graph.canAct(r) && !graph.actors().get(r).id().equals(speaker.id()));

        assertThat(q.actors(top.name(), 10)).extracting(m -> m.id()).contains(top.id());
        assertThat(q.profile(top.name())).isPresent();
        assertThat(q.timeline(top.name())).isNotEmpty();
        assertThat(q.whoMet(speaker.name())).isNotNull();
        assertThat(q.whoMet(null)).hasSize(counts.nodes().get("Meeting").intValue());
        assertThat(q.whoCriticized(speaker.name(), null)).isNotNull();
        assertThat(q.whoCriticized(null, null)).hasSize(counts.nodes().get("Criticism").intValue());
        assertThat(q.statements(speaker.name(), null)).isNotNull();
        assertThat(q.roles(person.name())).isNotNull();
        assertThat(q.connection(speaker.name(), other.name(), 4)).isNotNull();
        assertThat(q.conflicts()).isNotEmpty();
    }

    @Test
    void theDerivedFlagsSelectWhatReadingEverythingFinds() {
        GraphQueries q = new GraphQueries(driver);
        // The generator writes no WriteLock mark, so the conflict questions read every meeting and claim.
        List<Conflict> inFull = q.conflicts();
        Derived.backfill(driver);
        assertThat(q.conflicts()).isEqualTo(inFull);
        assertThat(inFull).isNotEmpty();
        assertThat(count("MATCH (m:Meeting {conflicting: true}) RETURN count(m)"))
                .isLessThan(counts.nodes().get("Meeting") / 5);
        // A place's HELD_IN meetings are no part of its degree: path-finding does not walk them.
        assertThat(count("MATCH (x:Actor) WHERE x.type <> 'PLACE' "
                + "AND x.degree <> COUNT { (x)--(:Meeting|Statement|Criticism|Role) } RETURN count(x)")).isZero();
    }

    @Test
    void theBenchPrintsALineForEveryQuestion() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new QueryBench(List.of(200), 3, 1, 10, 100, 5, out, new PrintStream(new ByteArrayOutputStream())).run();
        String printed = bytes.toString(StandardCharsets.UTF_8);
        for (String question : List.of("whoMet", "whoCriticized", "statements", "roles", "connection", "timeline",
                "profile", "actors", "conflicts")) {
            assertThat(printed).containsPattern("RESULT " + question + " events=200 p50_ms=[0-9.]+ p99_ms=[0-9.]+");
        }
    }
}
