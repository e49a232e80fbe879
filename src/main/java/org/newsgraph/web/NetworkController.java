package org.newsgraph.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsgraph.query.GraphQueries;
import org.newsgraph.query.Network;
import org.newsgraph.query.NetworkExport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
class NetworkController {

    /** The files the network export writes, as {@code format} names them. */
    enum Format {
        graphml("application/graphml+xml", "network.graphml"),
        nodes("text/csv", "network-nodes.csv"),
        edges("text/csv", "network-edges.csv");

        final String mediaType;
        final String fileName;

        Format(String mediaType, String fileName) {
            this.mediaType = mediaType;
            this.fileName = fileName;
        }
    }

    private final GraphQueries queries;

    NetworkController(GraphQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/network")
    @Tag(name = "Questions")
    @Operation(summary = "The actor network and who is central",
            description = "Actors linked by the events they share (meetings, criticisms, statements, roles) within "
                    + "the dates, ranked by weighted degree (the events linking an actor to all others): each "
                    + "actor's rank, degree and weight, and each link once with its number of events and their "
                    + "kinds. Countries and other hubs are left out unless hubs=true.")
    Network network(
            @Parameter(description = "Earliest event date (YYYY-MM-DD), inclusive; undated events and roles drop out "
                    + "once a bound is set", example = "2026-03-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Latest event date (YYYY-MM-DD), inclusive", example = "2026-03-31")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Keep countries and other hub actors")
            @RequestParam(defaultValue = "false") boolean hubs) {
        return queries.network(checked(from, to), to, hubs);
    }

    @GetMapping("/api/export/network")
    @Tag(name = "Export")
    @Operation(summary = "The actor network for Gephi or yEd",
            description = "The network of /api/network as a file: GraphML (nodes with label, type, hub, rank, "
                    + "degree and weightedDegree; undirected edges with weight and kinds), or the CSV node or edge "
                    + "table in the columns Gephi's import recognizes.")
    ResponseEntity<StreamingResponseBody> exportNetwork(
            @Parameter(description = "graphml, nodes (CSV) or edges (CSV)")
            @RequestParam(defaultValue = "graphml") Format format,
            @Parameter(description = "Earliest event date (YYYY-MM-DD), inclusive")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Latest event date (YYYY-MM-DD), inclusive")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Keep countries and other hub actors")
            @RequestParam(defaultValue = "false") boolean hubs) {
        // Read before the response starts, so a failed query is still an error status rather than a cut-off file.
        Network network = queries.network(checked(from, to), to, hubs);
        StreamingResponseBody body = switch (format) {
            case graphml -> out -> NetworkExport.writeGraphMl(network, out);
            case nodes -> out -> NetworkExport.writeNodesCsv(network, out);
            case edges -> out -> NetworkExport.writeEdgesCsv(network, out);
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + format.fileName + "\"")
                .body(body);
    }

    private static LocalDate checked(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from: must not be after to");
        }
        return from;
    }
}
