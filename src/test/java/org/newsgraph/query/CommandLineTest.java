package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code newsgraph ask} and {@code export} as a user runs them, against the fixture graph over Bolt. */
@ExtendWith(FixtureGraph.class)
class CommandLineTest {

    private final URI bolt;

    CommandLineTest(URI bolt) {
        this.bolt = bolt;
    }

    private record Run(int exit, String out) {
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--uri", bolt.toString(), "--password", "unused"));
        return runAsIs(all.toArray(String[]::new));
    }

    private static Run runAsIs(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new Main()).execute(args);
            return new Run(exit, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void tableShowsDatesOutletsAndCitedSentences() {
        Run r = run("ask", "who-met", "Putin");
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("DATE").contains("PARTICIPANTS", "PLACE", "OUTLETS");
        assertThat(lines.get(1)).startsWith("2025-12-02").contains("Moscow", "Harbour Post, Interwire");
        assertThat(lines.get(2)).isEqualTo(
                "    Harbour Post 2025-12-03: \"Vladimir Putin hosted Steve Witkoff and Yury Ushakov in Sochi on Tuesday.\"");
        assertThat(lines.get(4)).startsWith("    Harbour Post 2025-12-04 (copy): ");
        // Columns line up: every value starts under its header.
        assertThat(lines.get(1).indexOf("Moscow")).isEqualTo(lines.get(0).indexOf("PLACE"));
    }

    @Test
    void jsonIsAnArrayOfTheRecords() {
        Run r = run("ask", "who-criticized", "--target", "Trump", "--json");
        assertThat(r.exit()).isZero();
        JsonNode answer = JsonMapper.builder().build().readTree(r.out());
        assertThat(answer.isArray()).isTrue();
        assertThat(answer.size()).isEqualTo(1);
        assertThat(answer.get(0).get("critic").get("id").asString()).isEqualTo("per-zelensky");
        assertThat(answer.get(0).get("sources").get(0).get("outlet").asString()).isEqualTo("Harbour Post");
    }

    @Test
    void csvHasAHeaderAndOneLinePerRow() {
        Run r = run("ask", "conflicts", "--csv");
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("FACT,DATE,ON,CLAIM,CHOSEN,OUTLETS,CORROBORATION,SOURCES");
        assertThat(lines).hasSize(5);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",place,Sochi,,Harbour Post,1,"));
    }

    @Test
    void whoMetFilters() {
        Run r = run("ask", "who-met", "--from", "2025-12-02", "--to", "2025-12-02", "--place", "Sochi", "--csv");
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("2025-12-02,\"Steve Witkoff, Vladimir Putin, Yury Ushakov\",Moscow,HELD");
        assertThat(run("ask", "who-met", "Witkoff", "--min-outlets", "2", "--json").out())
                .contains("mtg-moscow-talks", "mtg-witkoff-kushner").doesNotContain("mtg-witkoff-trump");
    }

    @Test
    void criticismsByKindAndStatementsByWords() {
        Run rejected = run("ask", "who-criticized", "--kind", "REJECT");
        assertThat(rejected.exit()).isZero();
        assertThat(rejected.out().lines().toList().get(1)).contains("Yury Ushakov", "REJECT", "28-point peace plan");
        assertThat(rejected.out()).doesNotContain("Volodymyr Zelensky");

        Run said = run("ask", "said", "--containing", "american proposals");
        assertThat(said.exit()).isZero();
        assertThat(said.out().lines().toList().get(1)).startsWith("2025-12-03").contains("Vladimir Putin");
        assertThat(run("ask", "said").exit()).isEqualTo(2);
    }

    @Test
    void sourcesListTheArticlesAndCiteTheirSentences() {
        Run r = run("ask", "sources", "mtg-witkoff-trump");
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("FACT").contains("OUTLET", "PUBLISHED", "TITLE", "URL");
        assertThat(lines.get(1)).startsWith("MEETING 2025-12: PLANNED (Donald Trump, ")
                .contains("Interwire", "2025-12-03", "Putin receives US envoy");
        assertThat(lines.get(2)).isEqualTo(
                "    Interwire 2025-12-03: \"Witkoff is expected to meet President Donald Trump later in December.\"");
        assertThat(lines.get(3)).startsWith("-").contains("Harbour Post", "2025-12-04");
        assertThat(lines.get(4)).startsWith("    Harbour Post 2025-12-04 (copy): ");
        assertThat(run("ask", "sources", "mtg-nothing").out()).isEqualTo("Nothing found.\n");
    }

    @Test
    void networkRanksActors() {
        Run r = run("ask", "network");
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("RANK").contains("ACTOR", "DEGREE", "WEIGHT", "LINKED TO");
        assertThat(lines.get(1)).startsWith("1").contains("Steve Witkoff", "PERSON", "Jared Kushner (1)");
        assertThat(lines).hasSize(10);
        assertThat(run("ask", "network", "--hubs", "--csv").out()).contains("Ukraine,PLACE (hub)");
        Run json = run("ask", "network", "--from", "2025-12-01", "--to", "2025-12-31", "--json");
        JsonNode network = JsonMapper.builder().build().readTree(json.out()).get(0);
        assertThat(network.get("nodes").size()).isEqualTo(7);
        assertThat(network.get("links").get(0).get("kinds").get(0).asString()).isNotEmpty();
    }

    @Test
    void exportTheNetworkAsGraphMlAndCsv(@TempDir Path dir) throws Exception {
        Run graphml = run("export", "--format", "graphml");
        assertThat(graphml.exit()).isZero();
        assertThat(graphml.out()).startsWith("<?xml").contains("<node id=\"per-witkoff\"><data key=\"label\">Steve Witkoff</data>")
                .doesNotContain("plc-ukraine");

        assertThat(run("export", "--format", "csv", "--hubs", "--out", dir.toString()).exit()).isZero();
        List<String> nodes = Files.readAllLines(dir.resolve("nodes.csv"));
        assertThat(nodes.get(0)).isEqualTo("Id,Label,Type,Hub,Rank,Degree,WeightedDegree");
        assertThat(nodes).anyMatch(l -> l.startsWith("plc-ukraine,Ukraine,PLACE,true,"));
        assertThat(Files.readAllLines(dir.resolve("edges.csv")))
                .contains("per-putin,per-witkoff,Undirected,1,MEETING");

        assertThat(run("export", "--format", "csv").exit()).isEqualTo(2);
        assertThat(run("export", "--from", "2025-12-01").exit()).isEqualTo(2);
    }

    @Test
    void profileListsCounterparts() {
        Run r = run("ask", "profile", "Witkoff");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("counterpart")).map(l -> l.substring(11).strip()))
                .containsExactly("Donald Trump: 1 event (meeting)", "Jared Kushner: 1 event (meeting)",
                        "United States: 1 event (role)", "Vladimir Putin: 1 event (meeting)",
                        "Yury Ushakov: 1 event (meeting)");
    }

    @Test
    void aBadArgumentIsReportedNotThrown() {
        assertThat(run("ask", "connection", "Putin", "Trump", "--max-hops", "9").exit()).isEqualTo(2);
        assertThat(run("ask", "actors", "Putin", "--limit", "0").exit()).isEqualTo(2);
        assertThat(run("ask", "who-met", "--from", "2025-12-31", "--to", "2025-12-01").exit()).isEqualTo(2);
        assertThat(run("ask", "who-met", "--from", "December").exit()).isEqualTo(2);
        assertThat(run("ask", "who-criticized", "--kind", "SCOLD").exit()).isEqualTo(2);
    }

    @Test
    void exportWritesTheFactsDocument() {
        Run r = run("export");
        assertThat(r.exit()).isZero();
        JsonNode facts = JsonMapper.builder().build().readTree(r.out());
        assertThat(facts.get("articles").size()).isEqualTo(3);
        assertThat(facts.get("meetings").size()).isEqualTo(4);
    }

    @Test
    void aMissingEmbeddedStoreIsNotCreated(@TempDir Path dir) {
        Path missing = dir.resolve("no-graph");
        assertThat(runAsIs("export", "--db", missing.toString()).exit()).isEqualTo(1);
        assertThat(runAsIs("ask", "conflicts", "--db", missing.toString()).exit()).isEqualTo(1);
        assertThat(missing).doesNotExist();
    }
}
