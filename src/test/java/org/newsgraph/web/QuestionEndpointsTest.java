package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The question endpoints against {@link FixtureGraph}: real values, in the order the queries promise. */
@ExtendWith(ServedGraph.class)
class QuestionEndpointsTest {

    private final Api api;

    QuestionEndpointsTest(Api api) {
        this.api = api;
    }

    @Test
    void meetingsOfAnActorByDateWithPlaceAndSources() {
        Api.Response r = api.get("/api/meetings", "actor", "Astrid Hovland");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.<List<String>>json("$[*].id")).containsExactly("mtg-hovland-vandermeer", "mtg-hovland-thorsson");
        assertThat(r.<List<String>>json("$[0].participants[*].name")).containsExactly("Astrid Hovland", "Pieter Vandermeer");
        assertThat(r.<String>json("$[0].status")).isEqualTo("PLANNED");
        assertThat(r.<String>json("$[1].place.name")).isEqualTo("Reykjavik");
        assertThat(r.<Boolean>json("$[1].disputed")).isTrue();
        assertThat(r.<Integer>json("$[1].corroboration")).isEqualTo(2);
        assertThat(r.<List<String>>json("$[1].sources[*].sentence"))
                .contains("Astrid Hovland met Gunnar Thorsson in Reykjavik on Tuesday.");
    }

    @Test
    void meetingsByAliasInAnyCaseAndEveryMeetingWithoutAName() {
        assertThat(api.get("/api/meetings", "actor", "hovland").<List<String>>json("$[*].id")).hasSize(2);
        assertThat(api.get("/api/meetings").<List<String>>json("$[*].id"))
                .containsExactly("mtg-hovland-vandermeer", "mtg-hovland-thorsson");
    }

    @Test
    void meetingsWithinDatesAtAPlaceAndReportedByEnoughOutlets() {
        assertThat(api.get("/api/meetings", "from", "2026-03-11").<List<String>>json("$[*].id"))
                .containsExactly("mtg-hovland-vandermeer");
        assertThat(api.get("/api/meetings", "from", "2026-03-10", "to", "2026-03-10").<List<String>>json("$[*].id"))
                .containsExactly("mtg-hovland-vandermeer", "mtg-hovland-thorsson");
        assertThat(api.get("/api/meetings", "to", "2026-02-28").body()).isEqualTo("[]");
        assertThat(api.get("/api/meetings", "place", "Brussels").<List<String>>json("$[*].id"))
                .containsExactly("mtg-hovland-vandermeer");
        // Held in Reykjavik; one source says only "in Iceland".
        assertThat(api.get("/api/meetings", "place", "Iceland").<List<String>>json("$[*].place.name"))
                .containsExactly("Reykjavik");
        assertThat(api.get("/api/meetings", "actor", "Hovland", "minOutlets", "2").<List<String>>json("$[*].id"))
                .containsExactly("mtg-hovland-thorsson");
    }

    @Test
    void criticismsOfOneKind() {
        assertThat(api.get("/api/criticisms", "kind", "REJECT").<List<String>>json("$[*].id"))
                .containsExactly("crt-blue-current-quota");
        assertThat(api.get("/api/criticisms", "critic", "Lennie", "kind", "ACCUSE").<List<String>>json("$[*].id"))
                .containsExactly("crt-lennie-hovland", "crt-lennie-thorsson");
        assertThat(api.get("/api/criticisms", "critic", "Lennie", "kind", "DEMAND").body()).isEqualTo("[]");
    }

    @Test
    void statementsContainingWords() {
        Api.Response r = api.get("/api/statements", "containing", "Deal month");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.<List<String>>json("$[*].id")).containsExactly("stm-thorsson-deal");
        assertThat(r.<String>json("$[0].speaker.name")).isEqualTo("Gunnar Thorsson");
        assertThat(api.get("/api/statements", "about", "Astrid Hovland").<List<String>>json("$[*].id"))
                .containsExactly("stm-thorsson-deal");
        assertThat(api.get("/api/statements", "speaker", "Thorsson", "containing", "quota").body()).isEqualTo("[]");
    }

    @Test
    void anUnknownActorIsAnEmptyListNotAnError() {
        for (String path : List.of(
                Api.path("/api/meetings", "actor", "Nobody Atall"),
                Api.path("/api/criticisms", "critic", "Nobody Atall"),
                Api.path("/api/statements", "speaker", "Nobody Atall"),
                Api.path("/api/roles", "person", "Nobody Atall"),
                Api.path("/api/connection", "a", "Nobody Atall", "b", "Astrid Hovland"),
                Api.path("/api/timeline", "actor", "Nobody Atall"))) {
            Api.Response r = api.send(api.request(path).GET());
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).isEqualTo("[]");
        }
    }

    @Test
    void criticismsByCriticByTargetAndByBoth() {
        Api.Response byCritic = api.get("/api/criticisms", "critic", "Morag Lennie");
        assertThat(byCritic.<List<String>>json("$[*].target.name")).containsExactly("Astrid Hovland", "Gunnar Thorsson");
        assertThat(byCritic.<List<String>>json("$[*].kind")).containsOnly("ACCUSE");
        assertThat(byCritic.<String>json("$[0].quote")).isEqualTo("carving up the North Atlantic");

        Api.Response ofProposal = api.get("/api/criticisms", "target", "proposed quota increase");
        assertThat(ofProposal.<List<String>>json("$[*].critic.name")).containsExactly("Blue Current");
        assertThat(ofProposal.<List<String>>json("$[*].kind")).containsExactly("REJECT");

        assertThat(api.get("/api/criticisms", "critic", "Lennie", "target", "Gunnar Thorsson")
                .<List<String>>json("$[*].id")).containsExactly("crt-lennie-thorsson");
    }

    @Test
    void statementsOfASpeakerAboutAnActor() {
        Api.Response r = api.get("/api/statements", "speaker", "Gunnar Thorsson", "about", "Astrid Hovland");

        assertThat(r.<List<String>>json("$[*].text")).containsExactly("Nobody should expect a deal this month");
        assertThat(r.<Boolean>json("$[0].direct")).isTrue();
        assertThat(r.<List<String>>json("$[0].about[*].id")).containsExactly("per-hovland");
        assertThat(r.<List<String>>json("$[0].sources[*].outlet")).containsExactly("North Sea Wire");
        assertThat(api.get("/api/statements", "speaker", "Gunnar Thorsson", "about", "Morag Lennie").body())
                .isEqualTo("[]");
    }

    @Test
    void rolesWithTheirOrganization() {
        Api.Response r = api.get("/api/roles", "person", "Morag Lennie");

        assertThat(r.<List<String>>json("$[*].title")).containsExactly("chief executive");
        assertThat(r.<String>json("$[0].organization.name")).isEqualTo("Scottish Pelagic Association");
        assertThat(r.<String>json("$[0].sources[0].sentence")).startsWith("Morag Lennie, chief executive");
    }

    @Test
    void connectionThroughEventsWithinTheHopLimit() {
        Api.Response r = api.get("/api/connection", "a", "Pieter Vandermeer", "b", "Gunnar Thorsson");

        // Vandermeer meets Hovland, who met Thorsson and was spoken about by him: two chains of two events.
        assertThat(r.<List<Integer>>json("$[*].hops")).containsExactly(2, 2);
        assertThat(r.<List<String>>json("$[*].steps[0].to.name")).containsOnly("Astrid Hovland");
        assertThat(r.<List<String>>json("$[*].steps[1].eventId"))
                .containsExactlyInAnyOrder("mtg-hovland-thorsson", "stm-thorsson-deal");
        assertThat(api.get("/api/connection", "a", "Pieter Vandermeer", "b", "Gunnar Thorsson", "maxHops", "1").body())
                .isEqualTo("[]");
    }

    @Test
    void timelineInDateOrder() {
        Api.Response r = api.get("/api/timeline", "actor", "Gunnar Thorsson");

        assertThat(r.<List<String>>json("$[*].kind")).containsExactly("MEETING", "STATEMENT", "CRITICISM");
        assertThat(r.<List<String>>json("$[*].relation")).containsExactly("ATTENDED", "SAID", "TARGETS");
        assertThat(r.<List<String>>json("$[2].others[*].name")).containsExactly("Morag Lennie");
    }

    @Test
    void sourcesOfAFactWithItsArticlesAndSentences() {
        Api.Response r = api.get("/api/sources", "fact", "crt-lennie-hovland");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.<String>json("$.kind")).isEqualTo("CRITICISM");
        assertThat(r.<String>json("$.detail")).isEqualTo("ACCUSE \"carving up the North Atlantic\"");
        assertThat(r.<List<String>>json("$.actors[*].name")).containsExactly("Astrid Hovland", "Morag Lennie");
        assertThat(r.<List<String>>json("$.articles[*].id")).containsExactly("art-gazette");
        assertThat(r.<String>json("$.articles[0].url")).isEqualTo("https://gazette.example/fisheries");
        assertThat(r.<String>json("$.articles[0].outlet")).isEqualTo("Harbour Gazette");
        assertThat(r.<String>json("$.articles[0].sentences[0].text")).startsWith("Morag Lennie, chief executive");
        assertThat(r.<String>json("$.articles[0].sentences[0].rule")).isEqualTo("accuse-verb");

        Api.Response meeting = api.get("/api/sources", "fact", "mtg-hovland-thorsson");
        assertThat(meeting.<Integer>json("$.corroboration")).isEqualTo(2);
        assertThat(meeting.<List<String>>json("$.articles[*].sentences[*].place"))
                .containsExactlyInAnyOrder("plc-reykjavik", "plc-iceland", null);

        Api.Response missing = api.get("/api/sources", "fact", "mtg-nothing");
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void networkRanksActorsAndListsEachLinkOnce() {
        Api.Response r = api.get("/api/network");

        assertThat(r.status()).isEqualTo(200);
        // Hovland: two events with Thorsson, one each with Vandermeer and Lennie.
        assertThat(r.<List<String>>json("$.nodes[*].name")).containsExactly("Astrid Hovland", "Morag Lennie",
                "Gunnar Thorsson", "Blue Current", "Pieter Vandermeer", "Scottish Pelagic Association",
                "proposed quota increase");
        assertThat(r.<List<Integer>>json("$.nodes[*].rank")).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(r.<Integer>json("$.nodes[0].degree")).isEqualTo(3);
        assertThat(r.<Integer>json("$.nodes[0].weight")).isEqualTo(4);
        assertThat(r.<List<Object>>json("$.links")).hasSize(6);
        assertThat(r.<String>json("$.links[0].from.id")).isEqualTo("per-hovland");
        assertThat(r.<String>json("$.links[0].to.id")).isEqualTo("per-thorsson");
        assertThat(r.<Integer>json("$.links[0].events")).isEqualTo(2);
        assertThat(r.<List<String>>json("$.links[0].kinds")).containsExactly("MEETING", "STATEMENT");

        assertThat(api.get("/api/network", "hubs", "true").<List<String>>json("$.nodes[*].id")).contains("plc-norway");
        assertThat(api.get("/api/network", "from", "2026-03-11").<List<String>>json("$.nodes[*].id"))
                .containsExactly("per-hovland", "per-lennie", "grp-blue-current", "per-thorsson",
                        "per-vandermeer", "prp-quota-increase");
    }

    @Test
    void networkExportAsGraphMlAndCsv() {
        Api.Response graphml = api.get("/api/export/network");
        assertThat(graphml.status()).isEqualTo(200);
        assertThat(graphml.header("Content-Type")).startsWith("application/graphml+xml");
        assertThat(graphml.header("Content-Disposition")).contains("network.graphml");
        assertThat(graphml.body()).startsWith("<?xml").contains("<graph id=\"newsgraph\" edgedefault=\"undirected\">")
                .contains("<node id=\"per-hovland\"><data key=\"label\">Astrid Hovland</data>")
                .contains("source=\"per-hovland\" target=\"per-thorsson\"><data key=\"weight\">2</data>"
                        + "<data key=\"kinds\">MEETING STATEMENT</data>");

        Api.Response nodes = api.get("/api/export/network", "format", "nodes");
        assertThat(nodes.header("Content-Type")).startsWith("text/csv");
        assertThat(nodes.body().lines().toList()).hasSize(8)
                .first().isEqualTo("Id,Label,Type,Hub,Rank,Degree,WeightedDegree");
        assertThat(nodes.body().lines().toList().get(1)).isEqualTo("per-hovland,Astrid Hovland,PERSON,false,1,3,4");

        Api.Response edges = api.get("/api/export/network", "format", "edges");
        assertThat(edges.body().lines().toList()).contains("per-hovland,per-thorsson,Undirected,2,MEETING STATEMENT");
    }

    @Test
    void conflictsListEveryClaimedPlace() {
        Api.Response r = api.get("/api/conflicts");

        assertThat(r.<List<String>>json("$[*].meeting")).containsExactly("mtg-hovland-thorsson");
        assertThat(r.<String>json("$[0].attribute")).isEqualTo("place");
        assertThat(r.<String>json("$[0].chosen")).isEqualTo("plc-reykjavik");
        assertThat(r.<List<String>>json("$[0].claims[*].label")).containsExactly("Iceland", "Reykjavik");
        assertThat(r.<List<List<String>>>json("$[0].claims[*].outlets"))
                .containsExactly(List.of("North Sea Wire"), List.of("Harbour Gazette"));
    }

    @Test
    void exportIsTheWholeGraphAsOneDocument() {
        Api.Response r = api.get("/api/export");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.<List<String>>json("$.articles[*].id")).containsExactly("art-gazette", "art-wire");
        assertThat(r.<List<String>>json("$.meetings[*].id"))
                .containsExactly("mtg-hovland-thorsson", "mtg-hovland-vandermeer");
        assertThat(r.<List<String>>json("$.criticisms[*].id"))
                .containsExactly("crt-blue-current-quota", "crt-lennie-hovland", "crt-lennie-thorsson");
        assertThat(r.<List<Map<String, Object>>>json("$.statements")).hasSize(1);
        assertThat(r.<List<String>>json("$.roles[*].title")).containsExactlyInAnyOrder("fisheries minister", "chief executive");
        assertThat(r.<List<String>>json("$.meetings[0].sources[*].place"))
                .containsExactly("plc-reykjavik", "plc-iceland", null);
    }
}
