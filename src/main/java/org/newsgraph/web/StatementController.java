package org.newsgraph.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
    @Operation(summary = "What someone said (about someone), or who said these words",
            description = "Statements by the speaker, about the given actor, containing the given words, or any "
                    + "combination of these (at least one), by date: the words (direct quote or reported), the actors "
                    + "they are about, corroboration and the sentences that report them. Words are looked up in the "
                    + "full-text index, every word required, in any case. A name that matches no actor gives an "
                    + "empty list.")
    List<StatementRow> statements(
            @Parameter(description = "Name, alias or id of the speaker; omit for anyone", example = "Gunnar Thorsson")
            @RequestParam(required = false) @Size(max = ApiLimits.NAME_LENGTH, message = ApiLimits.NAME_TOO_LONG)
            String speaker,
            @Parameter(description = "Name, alias or id of the actor spoken about; omit for anything",
                    example = "Astrid Hovland")
            @RequestParam(required = false) @Size(max = ApiLimits.NAME_LENGTH, message = ApiLimits.NAME_TOO_LONG)
            String about,
            @Parameter(description = "Words the statement contains, all of them", example = "deal month")
            @RequestParam(required = false) @Size(max = ApiLimits.WORDS_LENGTH, message = ApiLimits.WORDS_TOO_LONG)
            String containing) {
        if (isBlank(speaker) && isBlank(about) && isBlank(containing)) {
            throw new IllegalArgumentException("give at least one of speaker, about and containing");
        }
        return queries.statements(speaker, about, containing);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
