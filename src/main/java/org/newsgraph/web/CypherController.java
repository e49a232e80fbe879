package org.newsgraph.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsgraph.query.ReadOnlyCypher;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Read-only Cypher for questions the named endpoints do not cover. */
@RestController
@Tag(name = "Cypher")
class CypherController {

    /** A query and its parameters; parameters are never spliced into the text. */
    record CypherRequest(
            @Schema(description = "One read-only Cypher query", example = "MATCH (p:Person) RETURN p.name AS name LIMIT 5")
            String query,
            @Schema(description = "Values for the query's $parameters", example = "{}")
            Map<String, Object> parameters) {
    }

    private final ReadOnlyCypher cypher;

    CypherController(ReadOnlyCypher cypher) {
        this.cypher = cypher;
    }

    @PostMapping("/api/cypher")
    @Operation(summary = "Run a read-only Cypher query",
            description = "For questions the named endpoints do not answer. Writing clauses (CREATE, MERGE, SET, "
                    + "DELETE, REMOVE, FOREACH, LOAD CSV), schema and administration commands, CALL { } IN "
                    + "TRANSACTIONS and procedures outside a short read-only list are refused with 400. The query "
                    + "runs in a read transaction with a time limit; rows beyond newsgraph.api.max-rows are cut off "
                    + "and truncated is true.")
    ReadOnlyCypher.Result run(@RequestBody CypherRequest request) {
        return cypher.run(request.query(), request.parameters());
    }
}
