package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.eval.EmbeddedSystem;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.Floors;
import org.newsgraph.eval.Report;
import org.newsgraph.eval.ReportJson;
import org.newsgraph.eval.ReportPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the system against hand-annotated gold sets: each set is read into a fresh embedded"
                + " store, its facts are exported and compared with its gold.json.",
                "Exit status: 0 when done, 1 when a value is below its floor or no set could be scored, 2 on a bad"
                + " gold, floors file or export."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--floors", paramLabel = "FILE",
            description = "Minimum micro-averaged values (category.metric=value lines, e.g. meetings.f1=0.50).")
    Path floors;

    @Option(names = "--json", description = "Print the report as JSON instead of tables.")
    boolean json;

    @Option(names = "--keep-stores", description = "Keep each set's store and print its folder, to look into it with --db.")
    boolean keepStores;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "The project root, which gold 'corpus' paths are relative to (default: the current folder).")
    Path root;

    @Parameters(arity = "1..*", paramLabel = "GOLD_DIR",
            description = "A gold set (a folder with gold.json) or a folder of sets, e.g. src/test/resources/eval.")
    List<Path> goldDirs;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            // Read the floors first: a typo in them should not cost a full run.
            Floors limits = floors == null ? new Floors(List.of()) : Floors.load(floors);
            err.println("Evaluating (loading language models takes about half a minute)...");
            Report report = Evaluation.run(goldDirs, root, new EmbeddedSystem(keepStores, err), err);
            List<Floors.Violation> violations = limits.check(report.micro());
            if (json) {
                out.println(ReportJson.write(report, violations));
            } else {
                ReportPrinter.print(report, out);
            }
            if (report.sets().isEmpty()) {
                err.println("eval: no gold set could be scored");
                return 1;
            }
            violations.forEach(v -> err.println("eval: " + v.message()));
            return violations.isEmpty() ? 0 : 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println("eval: " + e.getMessage());
            return 2;
        }
    }
}
