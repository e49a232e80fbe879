package org.newsgraph.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.newsgraph.query.GraphQueries;
import org.newsgraph.query.MeetingRow;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Questions")
class MeetingController {

    private final GraphQueries queries;

    MeetingController(GraphQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/meetings")
    @Operation(summary = "Who met whom",
            description = "Meetings the actor took part in, or every meeting, by date: participants, date, place, "
                    + "status (HELD or PLANNED), whether the sources disagree, corroboration (distinct outlets) and "
                    + "the sentences that report it. A name that matches no actor gives an empty list.")
    List<MeetingRow> meetings(
            @Parameter(description = "Name, alias or id of an actor; omit for every meeting", example = "Astrid Hovland")
            @RequestParam(required = false) @Size(max = ApiLimits.NAME_LENGTH, message = ApiLimits.NAME_TOO_LONG)
            String actor) {
        return queries.whoMet(actor);
    }
}
