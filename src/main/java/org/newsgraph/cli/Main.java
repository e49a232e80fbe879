package org.newsgraph.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command line: a thin layer over {@link org.newsgraph.NewsGraph}. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "A knowledge graph of actors and events from news articles, in Neo4j.",
        subcommands = {
                IngestCommand.class,
                AskCommand.class,
                ExportCommand.class,
                ServeCommand.class,
                DemoCommand.class,
                ActorsCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                LoadBenchCommand.class,
        })
public final class Main {

    /** Held so the JDK does not drop the configured loggers (it keeps only weak references). */
    private static final Logger[] QUIET = {Logger.getLogger(""), Logger.getLogger("org.apache.lucene")};

    public static void main(String[] args) {
        // The driver and Lucene log routine INFO and tuning hints through java.util.logging; users need warnings only.
        QUIET[0].setLevel(Level.WARNING);
        QUIET[1].setLevel(Level.SEVERE);
        System.exit(new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
