package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command line: a thin layer over {@link org.newsgraph.NewsGraph}. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "A knowledge graph of actors and events from news articles, in Neo4j.",
        subcommands = {IngestCommand.class, AskCommand.class, ExportCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
