package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.newsgraph.NewsGraph;

/** The server stops a read that runs past the limit, and the API answers 503 for it. */
@ExtendWith(ServedGraph.class)
class TimeLimitedDriverTest {

    private static final String SLOW = "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n";

    private final Driver limited;

    TimeLimitedDriverTest(NewsGraph graph) {
        this.limited = TimeLimitedDriver.wrap(graph.driver(), Duration.ofMillis(300));
    }

    @Test
    void stopsAReadThatRunsTooLong() {
        long start = System.nanoTime();
        ClientException e;
        try (Session session = limited.session()) {
            e = catchThrowableOfType(ClientException.class,
                    () -> session.executeRead(tx -> tx.run(SLOW).single().get("n").asLong()));
        }

        assertThat(e).isNotNull();
        assertThat(e.code()).contains("TransactionTimedOut");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(new ApiErrors().cypher(e).getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void leavesQuickReadsAlone() {
        long actors;
        try (Session session = limited.session()) {
            actors = session.executeRead(tx -> tx.run("MATCH (a:Actor) RETURN count(a) AS n").single().get("n").asLong());
        }
        assertThat(actors).isEqualTo(11);
    }
}
