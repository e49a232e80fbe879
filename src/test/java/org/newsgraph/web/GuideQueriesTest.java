package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;
import org.newsgraph.NewsGraph;

/**
 * Every runnable block of the Browser guide, run as Browser would run it against {@link FixtureGraph}: the
 * {@code :param} lines set parameters, and each query must run and find something with the guide's examples.
 */
@ExtendWith(ServedGraph.class)
class GuideQueriesTest {

    private static final Pattern PARAM = Pattern.compile(":param (\\w+) => '([^']*)'");

    private final NewsGraph graph;

    GuideQueriesTest(NewsGraph graph) {
        this.graph = graph;
    }

    private static List<String> runnableBlocks() throws IOException {
        try (InputStream in = GuideQueriesTest.class.getResourceAsStream("/static/guide/newsgraph.html")) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Jsoup.parse(html).select("pre.runnable").stream().map(Element::wholeText).map(String::strip).toList();
        }
    }

    @Test
    void everyQueryRunsAndFindsTheExamples() throws IOException {
        List<String> blocks = runnableBlocks();
        Map<String, Object> params = new HashMap<>();
        int queries = 0;
        try (Session session = graph.driver().session()) {
            for (String block : blocks) {
                Matcher param = PARAM.matcher(block);
                if (param.matches()) {
                    params.put(param.group(1), param.group(2));
                } else if (!block.startsWith(":")) {
                    long rows;
                    try {
                        rows = session.executeRead(tx -> tx.run(block, params).list().size());
                    } catch (RuntimeException e) {
                        throw new AssertionError("the guide's query failed: " + block, e);
                    }
                    assertThat(rows).as(block).isPositive();
                    queries++;
                }
            }
        }
        assertThat(queries).isGreaterThanOrEqualTo(12);
        assertThat(params).containsKeys("actor", "speaker", "about", "a", "b", "fact");
    }
}
