package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The export against {@code query/fixture.cypher}, checked against the fields facts-export.md requires. */
@ExtendWith(FixtureGraph.class)
class FactsExportTest {

    private static final Map<String, List<String>> REQUIRED = Map.of(
            "articles", List.of("id", "title", "outlet", "published", "source", "duplicateOf"),
            "actors", List.of("id", "name", "type", "aliases"),
            "meetings", List.of("id", "participants", "date", "place", "status", "sources"),
            "criticisms", List.of("id", "critic", "target", "kind", "quote", "date", "sources"),
            "statements", List.of("id", "speaker", "text", "date", "about", "sources"),
            "roles", List.of("person", "title", "organization", "sources"));

    private final Driver driver;

    FactsExportTest(Driver driver) {
        this.driver = driver;
    }

    private byte[] export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FactsExport(driver).write(out);
        return out.toByteArray();
    }

    private JsonNode exported() {
        return JsonMapper.builder().build().readTree(export());
    }

    private static JsonNode byId(JsonNode section, String id) {
        for (JsonNode n : section) {
            if (n.get("id").asString().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no " + id);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    @Test
    void sameGraphSameBytes() {
        assertThat(export()).isEqualTo(export());
    }

    @Test
    void everySectionHasTheRequiredFieldsInIdOrder() {
        JsonNode root = exported();
        REQUIRED.forEach((section, fields) -> {
            JsonNode list = root.get(section);
            assertThat(list.isArray()).as(section).isTrue();
            assertThat(list.size()).as(section).isPositive();
            List<String> ids = new ArrayList<>();
            for (JsonNode item : list) {
                for (String field : fields) {
                    assertThat(item.has(field)).as(section + "." + field).isTrue();
                }
                if (item.has("sources")) {
                    assertThat(item.get("sources").size()).as(section + " sources").isPositive();
                    item.get("sources").forEach(s -> {
                        assertThat(s.get("article").isString()).isTrue();
                        assertThat(s.get("sentence").isString()).isTrue();
                    });
                }
                ids.add(item.get("id").asString());
            }
            assertThat(ids).as(section + " ids").isSorted();
        });
    }

    @Test
    void valuesFollowTheGraph() {
        JsonNode root = exported();
        assertThat(byId(root.get("articles"), "art-harbour-syndicated").get("duplicateOf").asString())
                .isEqualTo("art-interwire-moscow");
        assertThat(byId(root.get("articles"), "art-interwire-moscow").get("duplicateOf").isNull()).isTrue();

        JsonNode ushakov = byId(root.get("actors"), "per-ushakov");
        assertThat(ushakov.get("name").asString()).isEqualTo("Yury Ushakov");
        assertThat(ushakov.get("type").asString()).isEqualTo("PERSON");
        assertThat(strings(ushakov.get("aliases"))).containsExactly("Ushakov", "Yuri Ushakov");

        JsonNode talks = byId(root.get("meetings"), "mtg-moscow-talks");
        assertThat(strings(talks.get("participants"))).containsExactly("per-putin", "per-ushakov", "per-witkoff");
        assertThat(talks.get("date").asString()).isEqualTo("2025-12-02");
        assertThat(talks.get("place").asString()).isEqualTo("plc-moscow");
        assertThat(talks.get("status").asString()).isEqualTo("HELD");
        assertThat(talks.get("sources").size()).isEqualTo(3);
        assertThat(talks.get("corroboration").asInt()).isEqualTo(2);
        assertThat(talks.get("disputed").asBoolean()).isTrue();
        assertThat(byId(root.get("meetings"), "mtg-witkoff-trump").get("place").isNull()).isTrue();

        JsonNode rejection = byId(root.get("criticisms"), "crt-ushakov-plan");
        assertThat(rejection.get("critic").asString()).isEqualTo("per-ushakov");
        assertThat(rejection.get("target").asString()).isEqualTo("prp-peace-plan");
        assertThat(rejection.get("kind").asString()).isEqualTo("REJECT");
        assertThat(rejection.get("quote").isNull()).isTrue();

        JsonNode said = byId(root.get("statements"), "stm-ushakov-talks");
        assertThat(said.get("speaker").asString()).isEqualTo("per-ushakov");
        assertThat(strings(said.get("about"))).containsExactly("plc-ukraine");

        JsonNode president = byId(root.get("roles"), "rol-putin-president");
        assertThat(president.get("person").asString()).isEqualTo("per-putin");
        assertThat(president.get("title").asString()).isEqualTo("president");
        assertThat(president.get("organization").isNull()).isTrue();
    }
}
