package org.newsgraph.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.newsgraph.query.GraphQueries;
import org.newsgraph.query.MeetingFilter;
import org.newsgraph.query.MeetingRow;
import org.springframework.format.annotation.DateTimeFormat;
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
                    + "the sentences that report it. Optionally only those within dates, at a place (where it was "
                    + "held, or a place one of its sources names) or reported by at least so many outlets. A name "
                    + "that matches no actor or place gives an empty list.")
    List<MeetingRow> meetings(
            @Parameter(description = "Name, alias or id of an actor; omit for every meeting", example = "Astrid Hovland")
            @RequestParam(required = false) @Size(max = ApiLimits.NAME_LENGTH, message = ApiLimits.NAME_TOO_LONG)
            String actor,
            @Parameter(description = "Earliest date (YYYY-MM-DD), inclusive; a meeting known only to the month "
                    + "counts when its month overlaps the range, undated meetings drop out", example = "2026-03-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate from,
            @Parameter(description = "Latest date (YYYY-MM-DD), inclusive", example = "2026-03-31")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate to,
            @Parameter(description = "Name, alias or id of the place", example = "Reykjavik")
            @RequestParam(required = false) @Size(max = ApiLimits.NAME_LENGTH, message = ApiLimits.NAME_TOO_LONG)
            String place,
            @Parameter(description = "Only meetings reported by at least this many independent outlets (copies of "
                    + "another article do not count); 0 for every meeting", example = "2")
            @RequestParam(defaultValue = "0") @Min(0) @Max(ApiLimits.MAX_OUTLETS)
            int minOutlets) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from: must not be after to");
        }
        return queries.meetings(new MeetingFilter(actor, from, to, place, minOutlets));
    }
}
