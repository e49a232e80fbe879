package org.newsgraph.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.newsgraph.query.GraphQueries;
import org.newsgraph.query.TimelineEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Questions")
class TimelineController {

    private final GraphQueries queries;

    TimelineController(GraphQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/timeline")
    @Operation(summary = "What an actor did and what was done to them, in date order",
            description = "Meetings attended, criticisms made and received, statements made and statements about "
                    + "the actor, each with the other actors involved and its sources; undated events last. A name "
                    + "that matches no actor gives an empty list.")
    List<TimelineEntry> timeline(
            @Parameter(description = "Name, alias or id of the actor", example = "Astrid Hovland")
            @RequestParam @NotBlank @Size(max = ApiLimits.NAME_LENGTH, message = ApiLimits.NAME_TOO_LONG)
            String actor) {
        return queries.timeline(actor);
    }
}
