package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.ArticleResult;
import org.newsgraph.IngestReport;
import org.newsgraph.NewsGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read articles (.txt, .md, .html, .htm, .pdf; folders recursively) into the graph.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        Progress progress = new Progress(out, err, System.console() != null);
        try (NewsGraph graph = store.open()) {
            err.println("Reading into " + store.describe() + " (loading language models takes about half a minute)...");
            IngestReport report = graph.ingest(paths, progress::update);
            progress.finish();
            summary(out, report);
            return report.allFailed() ? 1 : 0;
        }
    }

    /** One article's line, printed as soon as it is done: a run that is stopped still shows what went in. */
    static void print(PrintStream out, ArticleResult r) {
        String line = switch (r.status()) {
            case NEW -> String.format("  new        %s  (%d meetings, %d statements, %d criticisms, %d roles)",
                    r.source(), r.meetings(), r.statements(), r.criticisms(), r.roles());
            case ALREADY_PRESENT -> "  present    " + r.source();
            case DUPLICATE -> "  duplicate  " + r.source() + "  (of " + r.duplicateOf() + ")";
            case FAILED -> "  FAILED     " + r.source() + ": " + r.reason();
            case SKIPPED -> "  skipped    " + r.source() + ": " + r.reason();
        };
        out.println(line);
        r.warnings().forEach(w -> out.println("             warning: " + w));
        out.flush();
    }

    static void summary(PrintStream out, IngestReport report) {
        out.printf("%d articles: %d new, %d already present, %d duplicate of another, %d failed, %d skipped (%.1f s)%n",
                report.articles().size(), report.count(ArticleResult.Status.NEW),
                report.count(ArticleResult.Status.ALREADY_PRESENT), report.count(ArticleResult.Status.DUPLICATE),
                report.count(ArticleResult.Status.FAILED), report.count(ArticleResult.Status.SKIPPED),
                report.elapsed().toMillis() / 1000.0);
    }

    /** Each article's line as it is done, under a one-line progress bar on a terminal (no bar in a file or a pipe). */
    private static final class Progress {
        private final PrintStream out;
        private final PrintStream err;
        private final boolean terminal;

        Progress(PrintStream out, PrintStream err, boolean terminal) {
            this.out = out;
            this.err = err;
            this.terminal = terminal;
        }

        void update(ArticleResult last, int done, int total) {
            finish();
            print(out, last);
            if (terminal) {
                int width = 30;
                int filled = total == 0 ? width : done * width / total;
                String name = Path.of(last.source()).getFileName().toString();
                err.printf("\r  [%s%s] %d/%d  %-40.40s", "#".repeat(filled), " ".repeat(width - filled), done, total, name);
                err.flush();
            }
        }

        void finish() {
            if (terminal) {
                err.print("\r" + " ".repeat(80) + "\r");
                err.flush();
            }
        }
    }
}
