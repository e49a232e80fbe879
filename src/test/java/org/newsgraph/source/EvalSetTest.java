package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's evaluation articles (their own words, in many page formats) against the title, date and outlet
 * their gold files give: the reader finds every title and date, and never names a wrong outlet.
 */
class EvalSetTest {

    private static final Path EVAL = Path.of("src/test/resources/eval");

    @Test
    void metadataMatchesTheGold() throws IOException, SourceException {
        Assumptions.assumeTrue(Files.isDirectory(EVAL), "evaluation set not found");
        DocumentReader reader = new DocumentReader();
        List<String> wrongOutlets = new ArrayList<>();
        int articles = 0;
        int outletsFound = 0;
        try (Stream<Path> golds = Files.list(EVAL)) {
            for (Path set : golds.filter(p -> Files.exists(p.resolve("gold.json"))).sorted().toList()) {
                JsonNode gold = JsonMapper.shared().readTree(set.resolve("gold.json").toFile());
                if (!gold.path("corpus").isNull() && !gold.path("corpus").isMissingNode()) {
                    continue;
                }
                for (JsonNode a : gold.path("articles").values()) {
                    Document d = reader.read(set.resolve(a.path("source").asString()));
                    articles++;
                    String where = set.getFileName() + "/" + a.path("source").asString();
                    assertThat(d.title()).as(where).isEqualTo(a.path("title").asString());
                    assertThat(d.published()).as(where).hasToString(a.path("published").asString());
                    String outlet = a.path("outlet").isNull() ? null : a.path("outlet").asString();
                    if (d.outlet() != null) {
                        outletsFound++;
                        if (!d.outlet().equals(outlet)) {
                            wrongOutlets.add(where + ": " + d.outlet() + " instead of " + outlet);
                        }
                    }
                    assertThat(d.text()).as(where).doesNotContain("ADVERTISEMENT", "](", "All rights reserved");
                }
            }
        }
        assertThat(articles).isGreaterThanOrEqualTo(30);
        assertThat(wrongOutlets).isEmpty();
        assertThat(outletsFound).isGreaterThanOrEqualTo(articles - 6);
    }
}
