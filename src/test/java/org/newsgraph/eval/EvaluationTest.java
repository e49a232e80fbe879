package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole run with a stand-in for the system, which answers each set with a canned export. */
class EvaluationTest {

    private final Path root = Fixtures.root();
    private final List<String> asked = new ArrayList<>();
    private final SystemUnderTest canned = set -> {
        asked.add(set.id());
        try (InputStream in = getClass().getResourceAsStream("/eval-scorer/systems/" + set.id() + ".json")) {
            return in.readAllBytes();
        }
    };
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private Report run() throws IOException {
        return Evaluation.run(List.of(root.resolve("sets")), root, canned, new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @Test
    void scoresEachSetSkipsTheOneWithoutCorpusAndAddsUpTheCounts() throws IOException {
        Report report = run();
        assertThat(asked).containsExactly("inline", "with-corpus");
        assertThat(report.sets()).extracting(SetResult::id).containsExactly("inline", "with-corpus");
        assertThat(report.skipped()).extracting(Report.Skipped::id).containsExactly("missing-corpus");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("[2/3] skipped: gold set missing-corpus: corpus folder");

        var micro = report.micro();
        assertThat(micro.get(Category.ACTORS)).isEqualTo(new Score(4, 0, 0));
        assertThat(micro.get(Category.MEETINGS)).isEqualTo(new Score(1, 0, 0));
        assertThat(micro.get(Category.CRITICISMS)).isEqualTo(Score.ZERO);
        assertThat(micro.get(Category.STATEMENTS)).isEqualTo(new Score(1, 0, 0));
        assertThat(micro.get(Category.ROLES)).isEqualTo(new Score(0, 0, 1));
    }

    @Test
    void floorsAreCheckedAgainstTheMicroAverage() throws IOException {
        Report report = run();
        Floors floors = Floors.parse(new StringReader("meetings.f1=0.9\nroles.recall=0.5\n"));
        assertThat(floors.check(report.micro())).extracting(Floors.Violation::message)
                .containsExactly("roles.recall = 0.000 is below its floor 0.500");
    }

    @Test
    void tablesThenMissesWithTheirSentences() throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ReportPrinter.print(run(), new PrintStream(text, true, StandardCharsets.UTF_8));
        assertThat(text.toString(StandardCharsets.UTF_8)).contains(
                """
                          roles               P      R     F1     tp    fp    fn
                          inline          0.000  0.000  0.000      0     0     1
                          with-corpus     1.000  1.000  1.000      0     0     0
                          micro-average   0.000  0.000  0.000      0     0     1
                        """,
                "skipped missing-corpus: gold set missing-corpus",
                "== inline\n  roles\n    miss   Haruka Ishizuka: foreign minister\n");
    }

    @Test
    void jsonCarriesScoresFactsAndViolations() throws IOException {
        Report report = run();
        var violations = Floors.parse(new StringReader("roles.f1=0.5")).check(report.micro());
        JsonNode json = JsonMapper.shared().readTree(ReportJson.write(report, violations));
        assertThat(json.path("micro").path("actors").path("tp").asInt()).isEqualTo(4);
        assertThat(json.path("sets").get(0).path("misses").path("roles").get(0).path("fact").asString())
                .isEqualTo("Haruka Ishizuka: foreign minister");
        assertThat(json.path("skipped").get(0).path("id").asString()).isEqualTo("missing-corpus");
        assertThat(json.path("floorViolations").get(0).path("floor").asString()).isEqualTo("roles.f1");
    }

    @Test
    void anInvalidExportStopsTheRunNamingTheSet() {
        SystemUnderTest broken = set -> "{\"statements\": [{\"text\": \"no speaker\"}]}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Evaluation.run(List.of(root.resolve("sets/inline")), root, broken, new PrintStream(log)))
                .hasMessageContaining("set inline: the system's export is invalid: statements[0].speaker is missing");
    }
}
