package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.newsgraph.graph.ArticleWriter;
import org.newsgraph.graph.TestStore;

/**
 * Resolution across articles, through the real writer and an embedded Neo4j, with facts built by hand so that
 * each case tests merging alone (extraction has its own tests). Names here are invented.
 */
class CrossArticleResolutionTest {

    @RegisterExtension
    static final TestStore store = new TestStore();
    static Driver driver;
    static ArticleWriter writer;

    @BeforeAll
    static void start() {
        driver = store.driver();
        writer = store.writer();
    }

    @Test
    void transliterationVariantsOfOneNameAreOneActor() {
        write(article("a1").person("Yury Belenko").person("Dana Ortiz").meeting(0, 1, "2026-01-05", null));
        write(article("a2").person("Yuri Belenko").person("Dana Ortiz").statement(0, "We made progress on the border question."));
        write(article("a3").person("Jurij Belenko"));

        assertThat(names("Person")).containsExactlyInAnyOrder("Yury Belenko", "Dana Ortiz");
        assertThat(aliasesOf("Yury Belenko")).contains("Yuri Belenko", "Jurij Belenko");
    }

    @Test
    void nicknamesMiddleInitialsAndHonorificsFoldIntoOnePerson() {
        write(article("a1").person("Steven Marlow"));
        write(article("a2").person("Steve Marlow"));
        write(article("a3").person("Steven J. Marlow"));
        write(article("a4").person("Robert Haines").person("Bob Haines"));

        assertThat(names("Person")).containsExactlyInAnyOrder("Steven Marlow", "Robert Haines");
    }

    @Test
    void aSurnameSeenFirstJoinsThePersonALaterArticleNamesInFull() {
        write(article("a1").person("Carrow").person("Dana Ortiz").meeting(0, 1, "2026-01-05", null));
        write(article("a2").person("Lena Carrow"));

        assertThat(names("Person")).containsExactlyInAnyOrder("Lena Carrow", "Dana Ortiz");
        assertThat(aliasesOf("Lena Carrow")).contains("Carrow");
    }

    @Test
    void anotherFullNameWithThatSurnameIsAnotherPerson() {
        write(article("a1").person("Carrow"));
        write(article("a2").person("Lena Carrow"));
        write(article("a3").person("Tomas Carrow"));

        assertThat(names("Person")).containsExactlyInAnyOrder("Lena Carrow", "Tomas Carrow");
        assertThat(aliasesOf("Tomas Carrow")).doesNotContain("Lena Carrow");
    }

    @Test
    void oneActorsOfferNamedDifferentlyInTwoArticlesIsOneProposal() {
        write(article("a1").org("Kestrel Mining").proposal("takeover offer", 0, "offer"));
        write(article("a2").org("Kestrel Mining").proposal("unsolicited bid", 0, "offer"));
        write(article("a3").org("Kestrel Mining").proposal("plan to close two pits", 0, "plan"));
        write(article("a4").org("Harrow Metals").proposal("hostile bid", 0, "offer"));

        assertThat(names("Proposal")).containsExactlyInAnyOrder("takeover offer", "plan to close two pits", "hostile bid");
        assertThat(aliasesOf("takeover offer")).contains("unsolicited bid");
    }

    @Test
    void differentPeopleSharingASurnameStayApart() {
        write(article("a1").person("Gordon Tillery"));
        write(article("a2").person("Nora Tillery"));
        write(article("a3").person("Tillery"));
        write(article("a4").person("Alan Tillery-Moss"));

        assertThat(names("Person")).contains("Gordon Tillery", "Nora Tillery", "Alan Tillery-Moss");
        assertThat(count("MATCH (p:Person) WHERE p.name IN ['Gordon Tillery', 'Nora Tillery'] RETURN count(p)")).isEqualTo(2);
        // The bare surname fits two people: it is kept apart and offered to a person to decide.
        assertThat(count("MATCH (:Person {name: 'Tillery'})-[:POSSIBLY_SAME_AS]->(:Person) RETURN count(*)")).isEqualTo(2);
    }

    @Test
    void aBareSurnameJoinsTheOnlyPersonWhoBearsIt() {
        write(article("a1").person("Marta Quillon"));
        write(article("a2").person("Quillon").statement(0, "The vote will go ahead as planned."));

        assertThat(names("Person")).containsExactly("Marta Quillon");
        assertThat(count("MATCH (:Person {name: 'Marta Quillon'})-[:SAID]->(s:Statement) RETURN count(s)")).isEqualTo(1);
    }

    @Test
    void organizationsNamedWithAndWithoutTheArticleAreOne() {
        write(article("a1").org("the Harbour Workers Union"));
        write(article("a2").org("Harbour Workers Union"));

        assertThat(names("Organization")).hasSize(1);
    }

    @Test
    void oneMeetingReportedAtCityAndRegionLevelIsOneNode() {
        write(article("a1").person("Ana Ruiz").person("Piet Kramer").place("Miami").meeting(0, 1, "2026-02-10", 2));
        write(article("a2").person("Ana Ruiz").person("Piet Kramer").place("Florida").meeting(0, 1, "2026-02-10", 2));

        assertThat(count("MATCH (m:Meeting) RETURN count(m)")).isEqualTo(1);
        assertThat(count("MATCH (m:Meeting)-[:EVIDENCED_BY]->(:Sentence)-[:IN]->(a:Article) RETURN count(DISTINCT a)")).isEqualTo(2);
        // The more specific place wins, and levels of one place are no dispute.
        assertThat(string("MATCH (:Meeting)-[:HELD_IN]->(p) RETURN p.name")).isEqualTo("Miami");
        assertThat(string("MATCH (m:Meeting) RETURN toString(m.disputed)")).isEqualTo("false");
    }

    @Test
    void meetingsInPlacesThatExcludeEachOtherStayApart() {
        write(article("a1").person("Ana Ruiz").person("Piet Kramer").place("Lisbon").meeting(0, 1, null, 2));
        write(article("a2").person("Ana Ruiz").person("Piet Kramer").place("Florida").meeting(0, 1, null, 2));

        assertThat(count("MATCH (m:Meeting) RETURN count(m)")).isEqualTo(2);
    }

    @Test
    void meetingsOnDifferentDaysStayApart() {
        write(article("a1").person("Ana Ruiz").person("Piet Kramer").meeting(0, 1, "2026-02-10", null));
        write(article("a2").person("Ana Ruiz").person("Piet Kramer").meeting(0, 1, "2026-03-02", null));

        assertThat(count("MATCH (m:Meeting) RETURN count(m)")).isEqualTo(2);
    }

    @Test
    void sourcesThatDisagreeOnTheDayOfOneMeetingAreKeptAndFlagged() {
        write(article("a1").person("Ana Ruiz").person("Piet Kramer").place("Oslo").meeting(0, 1, "2026-02", 2));
        write(article("a2").person("Ana Ruiz").person("Piet Kramer").place("Oslo").meeting(0, 1, "2026-02-10", 2));
        write(article("a3").person("Ana Ruiz").person("Piet Kramer").place("Bergen").meeting(0, 1, "2026-02-10", 2));

        assertThat(count("MATCH (m:Meeting) RETURN count(m)")).isEqualTo(2);
        assertThat(count("MATCH (m:Meeting)-[e:EVIDENCED_BY]->() WHERE e.date = '2026-02' RETURN count(e)")).isEqualTo(1);
    }

    @Test
    void theSameQuoteAtTwoLengthsIsOneStatementWithTwoSources() {
        write(article("a1").person("Lena Vogt").statement(0, "We will not sign a deal that hurts our farmers."));
        write(article("a2").person("Lena Vogt").statement(0, "We will not sign a deal that hurts our farmers, and we have said so from the start."));

        assertThat(count("MATCH (s:Statement) RETURN count(s)")).isEqualTo(1);
        assertThat(count("MATCH (:Statement)-[:EVIDENCED_BY]->(s) RETURN count(s)")).isEqualTo(2);
        assertThat(string("MATCH (s:Statement) RETURN s.text")).endsWith("from the start.");
    }

    @Test
    void criticismFromTwoOutletsIsOneFactButDirectionMatters() {
        write(article("a1").person("Lena Vogt").org("Farmers Federation").criticism(1, 0));
        write(article("a2").person("Lena Vogt").org("Farmers Federation").criticism(1, 0));
        write(article("a3").person("Lena Vogt").org("Farmers Federation").criticism(0, 1));

        assertThat(count("MATCH (c:Criticism) RETURN count(c)")).isEqualTo(2);
        assertThat(count("""
                MATCH (:Organization {name: 'Farmers Federation'})-[:CRITICIZED]->(c)-[:TARGETS]->(:Person {name: 'Lena Vogt'})
                MATCH (c)-[:EVIDENCED_BY]->(s) RETURN count(s)""")).isEqualTo(2);
    }

    @Test
    void rolesAccumulateWithTheirEvidence() {
        write(article("a1").person("Lena Vogt").org("Farmers Federation").role(0, "president", 1));
        write(article("a2").person("Lena Vogt").org("Farmers Federation").role(0, "president", 1));

        assertThat(count("MATCH (:Person)-[:HOLDS_ROLE]->(r:Role) RETURN count(r)")).isEqualTo(1);
        assertThat(count("MATCH (:Role)-[:EVIDENCED_BY]->(s) RETURN count(s)")).isEqualTo(2);
    }

    @Test
    void writingTheSameArticleTwiceChangesNothing() {
        TestArticle a = article("a1").person("Ana Ruiz").person("Piet Kramer").meeting(0, 1, "2026-02-10", null);
        write(a);
        long nodes = count("MATCH (n) RETURN count(n)");
        long rels = count("MATCH ()-[r]->() RETURN count(r)");
        write(a);
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(rels);
    }

    @Test
    void namesWithQuotesBracesAndCypherKeywordsRoundTripUnchanged() {
        String odd = "O'Neil \"The Fixer\" {MATCH (n) DETACH DELETE n} \\ Smith";
        write(article("a1").org(odd).statement(0, "}) RETURN 1 // ' \" \\"));

        assertThat(names("Organization")).containsExactly(odd);
        assertThat(string("MATCH (s:Statement) RETURN s.text")).isEqualTo("}) RETURN 1 // ' \" \\");
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static void write(TestArticle f) {
        writer.write(f.input());
    }

    private static List<String> names(String label) {
        try (Session s = driver.session()) {
            return s.run("MATCH (a:$($label)) RETURN a.name AS name", Map.of("label", label)).list(r -> r.get("name").asString());
        }
    }

    private static List<String> aliasesOf(String name) {
        try (Session s = driver.session()) {
            return s.run("MATCH (a:Actor {name: $name}) RETURN a.aliases AS aliases", Map.of("name", name))
                    .single().get("aliases").asList(v -> v.asString());
        }
    }

    private static long count(String cypher) {
        try (Session s = driver.session()) {
            return s.run(cypher).single().get(0).asLong();
        }
    }

    private static String string(String cypher) {
        try (Session s = driver.session()) {
            return s.run(cypher).single().get(0).asString();
        }
    }

    private static TestArticle article(String id) {
        return new TestArticle(id);
    }
}
