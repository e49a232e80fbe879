package org.newsgraph.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.newsgraph.query.Connection;
import org.newsgraph.query.GraphQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Questions")
class ConnectionController {

    private final GraphQueries queries;

    ConnectionController(GraphQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/connection")
    @Operation(summary = "How two actors are connected",
            description = "The shortest chains of events (meetings, criticisms, statements, roles) from one actor to "
                    + "the other, each step with the sentences that report it. Chains never pass through hub actors "
                    + "such as countries. Empty when there is no chain of at most maxHops events.")
    List<Connection> connection(
            @Parameter(description = "Name, alias or id of the first actor", example = "Pieter Vandermeer")
            @RequestParam @NotBlank @Size(max = ApiLimits.NAME_LENGTH, message = ApiLimits.NAME_TOO_LONG)
            String a,
            @Parameter(description = "Name, alias or id of the second actor", example = "Gunnar Thorsson")
            @RequestParam @NotBlank @Size(max = ApiLimits.NAME_LENGTH, message = ApiLimits.NAME_TOO_LONG)
            String b,
            @Parameter(description = "The longest chain to look for, in events", example = "4")
            @RequestParam(defaultValue = "" + ApiLimits.DEFAULT_HOPS) @Min(1) @Max(GraphQueries.MAX_HOPS)
            int maxHops) {
        return queries.connection(a, b, maxHops);
    }
}
