package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The quality gate: the whole evaluation set, through the real pipeline, must score at least the floors in
 * {@code eval-floors.properties}. Floors only go up, so a change that makes extraction worse fails the build.
 */
class EvaluationFloorsTest {

    @Test
    void theEvaluationSetScoresAtLeastTheFloors() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Floors floors = Floors.load(root.resolve("eval-floors.properties"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Report report = Evaluation.run(List.of(root.resolve("src/test/resources/eval")), root,
                new EmbeddedSystem(false, new PrintStream(log, true, StandardCharsets.UTF_8)),
                new PrintStream(log, true, StandardCharsets.UTF_8));

        ByteArrayOutputStream table = new ByteArrayOutputStream();
        ReportPrinter.print(report, new PrintStream(table, true, StandardCharsets.UTF_8));
        // The figures go to the test output, so a CI log shows where quality stands.
        System.out.println(table.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("micro-average") || l.matches("^  [a-z]+ +P .*"))
                .reduce("", (a, b) -> a + b + "\n"));

        assertThat(report.sets()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(floors.check(report.micro())).extracting(Floors.Violation::message).isEmpty();
    }
}
