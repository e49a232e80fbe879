package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Evidence;
import org.newsgraph.query.Conflict;
import org.newsgraph.query.GraphQueries;
import org.newsgraph.resolve.TestArticle;

/**
 * What the writer derives for the questions to start from: actor degrees and conflict flags, kept per article, and
 * filled in once for a store written without them. The flags must select exactly what the conflict questions report.
 */
class DerivedTest {

    @RegisterExtension
    static final TestStore store = new TestStore();
    static Driver driver;
    static ArticleWriter writer;
    static GraphQueries queries;

    @BeforeAll
    static void start() {
        driver = store.driver();
        writer = store.writer();
        queries = new GraphQueries(driver);
    }

    @Test
    void degreeCountsTheEventsAnActorIsTiedTo() {
        writer.write(new TestArticle("d1").person("Ana Ruiz").person("Piet Kramer").org("Harbour Council")
                .meeting(0, 1, "2026-02-10", null).statement(0, "The quota stays.").role(0, "chair", 2).input());
        writer.write(new TestArticle("d2").person("Ana Ruiz").person("Lena Voss").criticism(1, 0).input());

        assertThat(degrees()).containsExactly(
                tuple("Ana Ruiz", 4L), tuple("Harbour Council", 1L), tuple("Lena Voss", 1L), tuple("Piet Kramer", 1L));
    }

    @Test
    void aMeetingIsFlaggedExactlyWhenTheConflictsQuestionReportsIt() {
        // City and region: no dispute for resolution, but two values a reader should see.
        writer.write(new TestArticle("p1").person("Ana Ruiz").person("Piet Kramer").place("Miami").meeting(0, 1, "2026-02-10", 2).input());
        writer.write(new TestArticle("p2").person("Ana Ruiz").person("Piet Kramer").place("Florida").meeting(0, 1, "2026-02-10", 2).input());
        // A month and a day within it agree.
        writer.write(new TestArticle("q1").person("Omar Haddad").person("Lena Voss").meeting(0, 1, "2026-02", null).input());
        writer.write(new TestArticle("q2").person("Omar Haddad").person("Lena Voss").meeting(0, 1, "2026-02-11", null).input());

        assertThat(longValue("MATCH (m:Meeting {conflicting: true}) RETURN count(m)")).isEqualTo(1);
        assertThat(queries.conflicts()).extracting(Conflict::attribute, c -> c.participants().size())
                .containsExactly(tuple("place", 2));
        assertThat(queries.conflicts()).isEqualTo(readInFull());
    }

    @Test
    void claimsOfOneSubjectAreFlaggedWhenTheirValuesDiffer() {
        writer.write(withClaim(new TestArticle("c1").org("Harbour Council").person("Ana Ruiz").meeting(0, 1, null, null), 20, true));
        writer.write(withClaim(new TestArticle("c2").org("Harbour Council").person("Ana Ruiz").meeting(0, 1, null, null), 20, true));
        assertThat(longValue("MATCH (c:Claim {conflicting: true}) RETURN count(c)")).isZero();

        writer.write(withClaim(new TestArticle("c3").org("Harbour Council").person("Ana Ruiz").meeting(0, 1, null, null), 19, false));
        assertThat(longValue("MATCH (c:Claim {conflicting: true}) RETURN count(c)")).isEqualTo(3);
        assertThat(queries.conflicts()).filteredOn(c -> c.subject() != null)
                .singleElement().satisfies(c -> assertThat(c.claims()).hasSize(2));
        assertThat(queries.conflicts()).isEqualTo(readInFull());
    }

    @Test
    void aStoreWrittenWithoutThemGetsThemOnceAtStart() {
        writer.write(new TestArticle("o1").person("Ana Ruiz").person("Piet Kramer").place("Miami").meeting(0, 1, "2026-02-10", 2).input());
        writer.write(new TestArticle("o2").person("Ana Ruiz").person("Piet Kramer").place("Florida").meeting(0, 1, "2026-02-10", 2).input());
        List<Conflict> written = queries.conflicts();
        List<org.assertj.core.groups.Tuple> degrees = degrees();
        assertThat(written).hasSize(1);
        // As an older version left it: no derived properties, no mark.
        run("MATCH (l:WriteLock) REMOVE l.derived");
        run("MATCH (m:Meeting) REMOVE m.conflicting");
        run("MATCH (x:Actor) REMOVE x.degree");
        assertThat(queries.conflicts()).as("read in full without the mark").isEqualTo(written);

        Schema.apply(driver);

        assertThat(longValue("MATCH (l:WriteLock) RETURN l.derived")).isEqualTo(Derived.VERSION);
        assertThat(queries.conflicts()).isEqualTo(written);
        assertThat(degrees()).isEqualTo(degrees);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** The same article with a claim about actor 0 stated in the sentence of its first fact. */
    private static ArticleInput withClaim(TestArticle article, double value, boolean approximate) {
        ArticleInput in = article.input();
        ArticleFacts f = in.facts();
        Evidence e = new Evidence(0, f.sentences().get(0), 0, f.sentences().get(0).length(), 0.9, "test");
        ArticleFacts withClaim = new ArticleFacts(f.document(), f.sentences(), f.actors(), f.meetings(), f.statements(),
                f.criticisms(), f.roles(), List.of(new Claim("a0", "members", value, approximate, "members", e)));
        return new ArticleInput(in.id(), in.contentHash(), in.bands(), in.minhash(), withClaim);
    }

    /** What the conflict questions answer when the store does not claim to carry the flags. */
    private static List<Conflict> readInFull() {
        run("MATCH (l:WriteLock) SET l.saved = l.derived REMOVE l.derived");
        try {
            return new ArrayList<>(queries.conflicts());
        } finally {
            run("MATCH (l:WriteLock) SET l.derived = l.saved REMOVE l.saved");
        }
    }

    private static List<org.assertj.core.groups.Tuple> degrees() {
        try (Session s = driver.session()) {
            return s.run("MATCH (x:Actor) WHERE x.type <> 'PLACE' RETURN x.name AS name, x.degree AS degree ORDER BY name")
                    .list(r -> tuple(r.get("name").asString(), r.get("degree").asLong()));
        }
    }

    private static void run(String cypher) {
        try (Session s = driver.session()) {
            s.run(cypher).consume();
        }
    }

    private static long longValue(String cypher) {
        try (Session s = driver.session()) {
            return s.run(cypher).single().get(0).asLong();
        }
    }
}
