package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.bench.IngestBench;
import org.newsgraph.bench.QueryBench;
import org.newsgraph.bench.WriteBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure ingestion and question speed (figures and how to read them: docs/performance.md).",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Queries.class})
final class BenchCommand {

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Annotate the articles in DIR with plain CoreNLP (default settings, one pipeline), then ingest"
                    + " them with newsgraph into fresh embedded stores; print tokens per second, peak heap and the ratio.",
                    "Prints RESULT corenlp …, RESULT ingest … and RATIO ingest/corenlp=… lines."})
    static final class Ingest implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", description = "A folder of articles (.txt, .md, .html, .pdf).")
        Path dir;

        @Option(names = "--passes", defaultValue = "3", description = "Timed passes per side, after one warm-up (default: ${DEFAULT-VALUE}).")
        int passes;

        @Option(names = "--baseline-without-coref", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Also time CoreNLP with quote attribution off, so without coreference (default: on).")
        boolean noCorefBaseline;

        @Override
        public Integer call() {
            PrintStream err = System.err;
            if (!Files.isDirectory(dir)) {
                err.println("bench: no such folder: " + dir.toAbsolutePath());
                return 2;
            }
            if (passes < 1) {
                err.println("bench: --passes must be at least 1");
                return 2;
            }
            new IngestBench(dir, passes, noCorefBaseline, System.out, err).run();
            return 0;
        }
    }

    @Command(name = "queries", mixinStandardHelpOptions = true,
            description = {"Generate synthetic graphs of the given sizes (events) in fresh embedded stores and time every"
                    + " named question about actors drawn from the graph's own heavy-tailed law; then compare the real"
                    + " writer with raw UNWIND … CREATE.",
                    "Prints RESULT <question> events=… p50_ms=… p99_ms=…, GROWTH <question> p50 …=… and RATIO write/raw=… lines."})
    static final class Queries implements Callable<Integer> {

        @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000",
                description = "Graph sizes in events (default: ${DEFAULT-VALUE}).")
        List<Integer> sizes;

        @Option(names = "--calls", defaultValue = "200", description = "Timed calls per question (default: ${DEFAULT-VALUE}).")
        int calls;

        @Option(names = "--warmup", defaultValue = "50", description = "Warm-up calls per question (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--budget", defaultValue = "60",
                description = "Seconds of timed calls per question and size before it stops early (default: ${DEFAULT-VALUE}).")
        double budget;

        @Option(names = "--batch", defaultValue = "20000", description = "Rows per generator transaction (default: ${DEFAULT-VALUE}).")
        int batch;

        @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--write-articles", defaultValue = "300",
                description = "Articles for the writer-versus-raw comparison; 0 skips it (default: ${DEFAULT-VALUE}).")
        int writeArticles;

        @Option(names = "--write-only", description = "Only the writer-versus-raw comparison, no query graphs.")
        boolean writeOnly;

        @Override
        public Integer call() {
            PrintStream err = System.err;
            if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 20) || calls < 1 || warmup < 0 || batch < 1) {
                err.println("bench: sizes must be at least 20 events; calls and batch at least 1");
                return 2;
            }
            if (!writeOnly) {
                new QueryBench(sizes, calls, warmup, budget, batch, seed, System.out, err).run();
            }
            if (writeArticles > 0) {
                new WriteBench(writeArticles, seed, System.out, err).run();
            }
            return 0;
        }
    }
}
