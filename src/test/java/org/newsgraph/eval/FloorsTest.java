package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FloorsTest {

    private static Map<Category, Score> micro(Score meetings, Score roles) {
        Map<Category, Score> m = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            m.put(c, new Score(1, 0, 0));
        }
        m.put(Category.MEETINGS, meetings);
        m.put(Category.ROLES, roles);
        return m;
    }

    @Test
    void parsesCategoryDotMetricLinesWithComments() throws IOException {
        Floors floors = Floors.parse(new StringReader("""
                # floors may only be raised, never lowered
                roles.recall = 0.25
                meetings.f1=0.50
                """));
        assertThat(floors.floors()).containsExactly(
                new Floors.Floor(Category.MEETINGS, Metric.F1, 0.5), new Floors.Floor(Category.ROLES, Metric.RECALL, 0.25));
    }

    @Test
    void reportsEachValueBelowItsFloorAndNothingAtIt() throws IOException {
        Floors floors = Floors.parse(new StringReader("meetings.f1=0.5\nmeetings.precision=0.6\nroles.recall=0.25\n"));
        // meetings: P 1/2, R 1/2, F1 1/2 (exactly at the floor); roles: R 1/5.
        var violations = floors.check(micro(new Score(1, 1, 1), new Score(1, 0, 4)));
        assertThat(violations).extracting(Floors.Violation::message).containsExactly(
                "meetings.precision = 0.500 is below its floor 0.600", "roles.recall = 0.200 is below its floor 0.250");
        assertThat(floors.check(micro(new Score(3, 1, 1), new Score(1, 0, 1)))).isEmpty();
    }

    @Test
    void rejectsUnknownKeysAndValuesOutOfRange() {
        assertThatThrownBy(() -> Floors.parse(new StringReader("meeting.f1=0.5"))).hasMessageContaining("unknown category 'meeting'");
        assertThatThrownBy(() -> Floors.parse(new StringReader("meetings.f=0.5"))).hasMessageContaining("unknown metric 'f'");
        assertThatThrownBy(() -> Floors.parse(new StringReader("f1=0.5"))).hasMessageContaining("not category.metric");
        assertThatThrownBy(() -> Floors.parse(new StringReader("roles.f1=50"))).hasMessageContaining("roles.f1=50 is not a number from 0 to 1");
        assertThatThrownBy(() -> Floors.parse(new StringReader("roles.f1=high"))).hasMessageContaining("not a number");
    }

    @Test
    void theProjectFloorsFileParsesAndCoversEveryCategoryAndMetric() throws IOException {
        Floors floors = Floors.load(Path.of("eval-floors.properties"));
        assertThat(floors.floors()).hasSize(Category.values().length * Metric.values().length);
    }
}
