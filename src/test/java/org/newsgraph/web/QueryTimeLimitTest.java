package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.exceptions.ClientException;
import org.newsgraph.NewsGraph;
import org.newsgraph.query.GraphQueries;
import org.newsgraph.query.ReadOnlyCypher;

/** The server itself stops a read that runs past its limit, and the API answers 503 for it. */
@ExtendWith(ServedGraph.class)
class QueryTimeLimitTest {

    private static final String SLOW = "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n";

    private final NewsGraph graph;

    QueryTimeLimitTest(NewsGraph graph) {
        this.graph = graph;
    }

    @Test
    void aReadPastItsLimitIsStoppedAndAnsweredWith503() {
        ReadOnlyCypher limited = new ReadOnlyCypher(graph.driver(), Duration.ofMillis(300), 10);

        ClientException e = catchThrowableOfType(ClientException.class, () -> limited.run(SLOW, Map.of()));

        assertThat(e).isNotNull();
        assertThat(e.code()).contains("TransactionTimedOut");
        assertThat(new ApiErrors().cypher(e).getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void quickQuestionsAnswerWithinTheLimit() {
        assertThat(new GraphQueries(graph.driver(), Duration.ofSeconds(30)).actors("Hovland", 5)).isNotEmpty();
    }
}
