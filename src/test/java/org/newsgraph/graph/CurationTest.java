package org.newsgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.newsgraph.resolve.TestArticle;

/** A person's corrections hold, explain themselves, and steer articles ingested afterwards. */
class CurationTest {

    @RegisterExtension
    static final TestStore store = new TestStore();
    static Driver driver;
    static ArticleWriter writer;
    static Curation curation;

    @BeforeAll
    static void start() {
        driver = store.driver();
        writer = store.writer();
        curation = new Curation(driver);
    }

    @Test
    void mergedActorsStayMergedForArticlesReadLater() {
        writer.write(new TestArticle("a1").org("Northern Rail Union").person("Ada Kerr").criticism(0, 1).input());
        writer.write(new TestArticle("a2").org("NRU").person("Ada Kerr").statement(0, "We will strike on Monday.").input());
        String union = id("Northern Rail Union");
        String acronym = id("NRU");

        Curation.Actor merged = curation.merge(union, acronym);

        assertThat(merged.aliases()).contains("NRU");
        assertThat(count("MATCH (a:Actor {name: 'NRU'}) RETURN count(a)")).isZero();
        assertThat(count("MATCH (:Actor {id: $id})-[:SAID]->(:Statement) RETURN count(*)", union)).isEqualTo(1);
        assertThat(count("MATCH (:Actor {id: $id})-[:CRITICIZED]->(:Criticism) RETURN count(*)", union)).isEqualTo(1);

        writer.write(new TestArticle("a3").org("NRU").statement(0, "The strike is off.").input());
        assertThat(count("MATCH (:Actor {id: $id})-[:SAID]->(:Statement) RETURN count(*)", union)).isEqualTo(2);
        assertThat(count("MATCH (a:Organization) RETURN count(a)")).isEqualTo(1);

        Curation.Explanation why = curation.explain(union);
        assertThat(why.decisions()).extracting(Curation.Decision::kind).containsExactly("merge");
        assertThat(why.aliases()).anySatisfy(a -> assertThat(a.rule()).isEqualTo("curated: merged"));
        assertThat(why.articles()).extracting(Curation.Mention::article).containsExactlyInAnyOrder("art-a1", "art-a2", "art-a3");
    }

    @Test
    void splittingMovesTheNamesAndTheFactsThatUseOnlyThem() {
        writer.write(new TestArticle("a1").person("Robert Hale").statement(0, "The budget is balanced.").input());
        writer.write(new TestArticle("a2").person("Robert Hale").person("Bob Hale").statement(1, "I never said that.").input());
        String robert = id("Robert Hale");
        // Bob is a short form of Robert, so resolution made them one; a reporter knows they are brothers.
        assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(1);

        Curation.Actor brother = curation.split(robert, List.of("Bob Hale"));

        assertThat(brother.name()).isEqualTo("Bob Hale");
        assertThat(count("MATCH (:Actor {id: $id})-[:SAID]->(:Statement) RETURN count(*)", brother.id())).isEqualTo(1);
        assertThat(count("MATCH (:Actor {id: $id})-[:SAID]->(:Statement) RETURN count(*)", robert)).isEqualTo(1);
        assertThat(count("MATCH (:Actor {id: $id})-[:POSSIBLY_SAME_AS]->() RETURN count(*)", brother.id())).isEqualTo(1);

        writer.write(new TestArticle("a3").person("Bob Hale").statement(0, "My brother is wrong.").input());
        assertThat(count("MATCH (:Actor {id: $id})-[:SAID]->(:Statement) RETURN count(*)", brother.id())).isEqualTo(2);
    }

    @Test
    void renamingKeepsTheOldNameAndTeachesTheNewOne() {
        writer.write(new TestArticle("a1").org("Dept. of Ports").statement(0, "Ships will dock.").input());
        String ports = id("Dept. of Ports");

        curation.rename(ports, "Department of Ports");
        writer.write(new TestArticle("a2").org("Department of Ports").statement(0, "Ships did dock.").input());

        assertThat(count("MATCH (a:Organization) RETURN count(a)")).isEqualTo(1);
        assertThat(curation.explain(ports).actor().aliases()).contains("Dept. of Ports", "Department of Ports");
    }

    @Test
    void uncertainPairsAreListedForAPersonToDecide() {
        writer.write(new TestArticle("a1").person("Stefan Dunne").input());
        writer.write(new TestArticle("a2").person("Stefano Dunne").input());

        assertThat(curation.candidates()).isNotEmpty();
        assertThat(curation.candidates().get(0).reason()).contains("Dunne");
    }

    @Test
    void mistakesAreRefusedWithAReason() {
        writer.write(new TestArticle("a1").person("Robert Hale").input());
        String robert = id("Robert Hale");
        assertThatThrownBy(() -> curation.merge(robert, robert)).hasMessageContaining("itself");
        assertThatThrownBy(() -> curation.merge(robert, "per-nobody")).hasMessageContaining("no actor");
        assertThatThrownBy(() -> curation.split(robert, List.of("Someone Else"))).hasMessageContaining("not a name");
        assertThatThrownBy(() -> curation.split(robert, List.of("Robert Hale"))).hasMessageContaining("without a name");
    }

    private static String id(String name) {
        try (Session s = driver.session()) {
            return s.run("MATCH (a:Actor {name: $name}) RETURN a.id", Map.of("name", name)).single().get(0).asString();
        }
    }

    private static long count(String cypher) {
        return count(cypher, "");
    }

    private static long count(String cypher, String id) {
        try (Session s = driver.session()) {
            return s.run(cypher, Map.of("id", id)).single().get(0).asLong();
        }
    }
}
