package org.newsgraph.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.newsgraph.query.GraphQueries;
import org.newsgraph.query.RoleRow;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Questions")
class RoleController {

    private final GraphQueries queries;

    RoleController(GraphQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/roles")
    @Operation(summary = "The roles someone holds",
            description = "Each title the person holds, with the organization it is held at (null when no source "
                    + "names one), corroboration and the sentences that say so. A name that matches no actor gives "
                    + "an empty list.")
    List<RoleRow> roles(
            @Parameter(description = "Name, alias or id of the person", example = "Morag Lennie")
            @RequestParam @NotBlank @Size(max = ApiLimits.NAME_LENGTH, message = ApiLimits.NAME_TOO_LONG)
            String person) {
        return queries.roles(person);
    }
}
