package org.newsgraph.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.newsgraph.query.FactSources;
import org.newsgraph.query.GraphQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Questions")
class SourcesController {

    private final GraphQueries queries;

    SourcesController(GraphQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/sources")
    @Operation(summary = "Where a fact comes from",
            description = "For a meeting, statement, criticism, role or claim, by the id any answer gives it: what "
                    + "it says, the actors in it, its corroboration, and every article behind it (title, outlet, "
                    + "URL, date, the article it copies) with the sentences that report it, the rule that read "
                    + "each and how sure it is. 404 when no fact has the id.")
    FactSources sources(
            @Parameter(description = "The id of a meeting, statement, criticism, role or claim",
                    example = "mtg-hovland-thorsson")
            @RequestParam @NotBlank @Size(max = ApiLimits.NAME_LENGTH, message = ApiLimits.NAME_TOO_LONG)
            String fact) {
        return queries.sources(fact).orElseThrow(() -> new ApiErrors.NotFound("no fact has the id '" + fact + "'"));
    }
}
