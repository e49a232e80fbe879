package org.newsgraph.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.newsgraph.query.ActorMatch;
import org.newsgraph.query.ActorProfile;
import org.newsgraph.query.GraphQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Actors", description = "People, organizations, places, groups and proposals, and the names they go by")
class ActorController {

    private final GraphQueries queries;

    ActorController(GraphQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/actors")
    @Operation(summary = "Find actors by name",
            description = "Actors whose id, name or alias is the query (in any case), then those the full-text index "
                    + "finds with every word of it, surest first, with their mention counts. The ids found are what "
                    + "the other endpoints take to mean exactly one actor.")
    List<ActorMatch> actors(
            @Parameter(description = "A name, part of a name, alias or id", example = "Hovland")
            @RequestParam @NotBlank @Size(max = ApiLimits.NAME_LENGTH, message = ApiLimits.NAME_TOO_LONG)
            String q,
            @Parameter(description = "Actors returned at most", example = "10")
            @RequestParam(defaultValue = "" + ApiLimits.DEFAULT_ACTORS) @Min(1) @Max(ApiLimits.MAX_ACTORS)
            int limit) {
        return queries.actors(q, limit);
    }

    @GetMapping("/api/actors/{id}")
    @Operation(summary = "What the graph knows about one actor",
            description = "Names, type, mentions, counts of the events it takes part in, the roles it holds and "
                    + "actors that may be the same one. Takes an id, or a name (the surest match is shown). "
                    + "404 when nothing matches.")
    ActorProfile profile(
            @Parameter(description = "An actor id as /api/actors gives it, or a name", example = "per-hovland")
            @PathVariable @Size(max = ApiLimits.NAME_LENGTH, message = ApiLimits.NAME_TOO_LONG) String id) {
        return queries.profile(id).orElseThrow(() -> new ApiErrors.NotFound("no actor matches '" + id + "'"));
    }
}
