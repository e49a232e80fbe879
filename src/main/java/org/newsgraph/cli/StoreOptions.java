package org.newsgraph.cli;

import java.net.URI;
import java.nio.file.Path;

import org.newsgraph.NewsGraph;
import picocli.CommandLine.Option;

/** Where the graph lives: an embedded store directory (the default) or a Neo4j server. */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/graph",
            description = "Embedded store directory (default: ${DEFAULT-VALUE}). No server needed.")
    Path db;

    @Option(names = "--uri", paramLabel = "URI",
            description = "A Neo4j server instead of the embedded store: bolt://host:7687 or neo4j://host (5.26 or later).")
    URI uri;

    @Option(names = "--user", paramLabel = "USER", defaultValue = "neo4j", description = "Neo4j user (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "${env:NEWSGRAPH_PASSWORD}",
            description = "Neo4j password; defaults to the NEWSGRAPH_PASSWORD environment variable.")
    String password;

    NewsGraph open() {
        return uri != null ? NewsGraph.connect(uri, user, password) : NewsGraph.openEmbedded(db);
    }

    String describe() {
        return uri != null ? uri.toString() : db.toAbsolutePath().normalize().toString();
    }
}
