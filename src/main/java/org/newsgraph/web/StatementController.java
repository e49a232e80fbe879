package org.newsgraph.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.newsgraph.query.GraphQueries;
import org.newsgraph.query.StatementRow;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Questions")
class StatementController {

    private final GraphQueries queries;

    StatementController(GraphQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/statements")
    @Operation(summary = "What someone said (about someone)",
            description = "Statements by the speaker, about the given actor or about anything, by date: the words "
                    + "(direct quote or reported), the actors they are about, corroboration and the sentences that "
                    + "report them. A name that matches no actor gives an empty list.")
    List<StatementRow> statements(
            @Parameter(description = "Name, alias or id of the speaker", example = "Gunnar Thorsson")
            @RequestParam @NotBlank @Size(max = ApiLimits.NAME_LENGTH, message = ApiLimits.NAME_TOO_LONG)
            String speaker,
            @Parameter(description = "Name, alias or id of the actor spoken about; omit for anything",
                    example = "Astrid Hovland")
            @RequestParam(required = false) @Size(max = ApiLimits.NAME_LENGTH, message = ApiLimits.NAME_TOO_LONG)
            String about) {
        return queries.statements(speaker, about);
    }
}
