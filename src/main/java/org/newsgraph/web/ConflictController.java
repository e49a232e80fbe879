package org.newsgraph.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsgraph.query.Conflict;
import org.newsgraph.query.GraphQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Questions")
class ConflictController {

    private final GraphQueries queries;

    ConflictController(GraphQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/conflicts")
    @Operation(summary = "What sources contradict each other",
            description = "Meetings whose sources disagree on the date or the place: every value claimed, the "
                    + "outlets and sentences that claim it, and the value the graph keeps (the one most sources "
                    + "agree on). Dates that only differ in precision (2026-03 and 2026-03-10) agree.")
    List<Conflict> conflicts() {
        return queries.conflicts();
    }
}
