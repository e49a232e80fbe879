package org.newsgraph.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsgraph.query.FactsExport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Export")
class ExportController {

    private final FactsExport export;

    ExportController(FactsExport export) {
        this.export = export;
    }

    /** Written to the response as it is serialized, so a large graph is not held twice in memory. */
    @GetMapping(value = "/api/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every fact as one JSON document",
            description = "The facts export: articles, actors, meetings, criticisms, statements and roles with their "
                    + "sources, every list ordered by id (the same graph gives the same bytes). Read in one "
                    + "transaction, so every section sees the same graph.")
    ResponseEntity<StreamingResponseBody> export() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(export::write);
    }
}
