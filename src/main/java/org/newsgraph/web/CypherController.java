package org.newsgraph.web;

import java.time.Duration;
import java.util.Map;

import org.newsgraph.NewsGraph;
import org.newsgraph.query.ReadOnlyCypher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Read-only Cypher for questions the named endpoints do not cover. */
@RestController
class CypherController {

    /** A query and its parameters; parameters are never spliced into the text. */
    record CypherRequest(String query, Map<String, Object> parameters) {
    }

    private final ReadOnlyCypher cypher;

    CypherController(NewsGraph graph, @Value("${newsgraph.api.query-timeout}") Duration timeout,
                     @Value("${newsgraph.api.max-rows}") int maxRows) {
        this.cypher = new ReadOnlyCypher(graph.driver(), timeout, maxRows);
    }

    @PostMapping("/api/cypher")
    ReadOnlyCypher.Result run(@RequestBody CypherRequest request) {
        return cypher.run(request.query(), request.parameters());
    }
}
