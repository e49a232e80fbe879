package org.newsgraph.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.newsgraph.extract.CriticismKind;
import org.newsgraph.query.CriticismRow;
import org.newsgraph.query.GraphQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Questions")
class CriticismController {

    private final GraphQueries queries;

    CriticismController(GraphQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/criticisms")
    @Operation(summary = "Who criticized whom",
            description = "Criticisms (CRITICIZE, ACCUSE, REJECT, DENOUNCE, DEMAND) by the critic of the target, "
                    + "optionally of one kind, by date, with the words quoted, corroboration and the sentences that "
                    + "report them. Either name may be left out to mean anyone; a name that matches no actor gives an "
                    + "empty list.")
    List<CriticismRow> criticisms(
            @Parameter(description = "Name, alias or id of the critic; omit for anyone", example = "Morag Lennie")
            @RequestParam(required = false) @Size(max = ApiLimits.NAME_LENGTH, message = ApiLimits.NAME_TOO_LONG)
            String critic,
            @Parameter(description = "Name, alias or id of the target; omit for anyone", example = "Astrid Hovland")
            @RequestParam(required = false) @Size(max = ApiLimits.NAME_LENGTH, message = ApiLimits.NAME_TOO_LONG)
            String target,
            @Parameter(description = "Only criticisms of this kind; omit for every kind", example = "ACCUSE")
            @RequestParam(required = false)
            CriticismKind kind) {
        return queries.whoCriticized(critic, target, kind);
    }
}
