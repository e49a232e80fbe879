package org.newsgraph.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report for people: a table per category, then what was missed and what was made up, set by set. */
public final class ReportPrinter {

    private static final String MICRO = "micro-average";

    private ReportPrinter() {
    }

    public static void print(Report report, PrintStream out) {
        // Without a scored set the micro-average is a vacuous 1.000; better no table than a misleading one.
        if (!report.sets().isEmpty()) {
            printTables(report, out);
        }
        for (Report.Skipped s : report.skipped()) {
            out.println("skipped " + s.id() + ": " + s.reason());
        }
        for (SetResult s : report.sets()) {
            printFacts(out, s);
        }
    }

    private static void printTables(Report report, PrintStream out) {
        int width = MICRO.length();
        for (SetResult s : report.sets()) {
            width = Math.max(width, s.id().length());
        }
        String row = "  %-" + width + "s  %6s %6s %6s  %5s %5s %5s%n";
        Map<Category, Score> micro = report.micro();
        for (Category c : Category.values()) {
            out.printf(Locale.ROOT, row, c.key(), "P", "R", "F1", "tp", "fp", "fn");
            for (SetResult s : report.sets()) {
                printScore(out, row, s.id(), s.get(c).score());
            }
            printScore(out, row, MICRO, micro.get(c));
            out.println();
        }
    }

    private static void printScore(PrintStream out, String row, String label, Score score) {
        out.printf(Locale.ROOT, row, label, ratio(score.precision()), ratio(score.recall()), ratio(score.f1()),
                score.tp(), score.fp(), score.fn());
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static void printFacts(PrintStream out, SetResult s) {
        boolean perfect = s.typeMismatches().isEmpty()
                && s.categories().stream().allMatch(c -> c.misses().isEmpty() && c.falseFacts().isEmpty());
        if (perfect) {
            return;
        }
        out.println();
        out.println("== " + s.id());
        for (TypeMismatch t : s.typeMismatches()) {
            out.printf("  type mismatch  %s (%s) found as %s (%s)%n", t.goldName(), t.goldType(), t.systemName(),
                    t.systemType());
        }
        for (CategoryResult c : s.categories()) {
            if (c.misses().isEmpty() && c.falseFacts().isEmpty()) {
                continue;
            }
            out.println("  " + c.category().key());
            printFacts(out, "miss ", c.misses());
            printFacts(out, "false", c.falseFacts());
        }
    }

    private static void printFacts(PrintStream out, String label, List<Fact> facts) {
        for (Fact f : facts) {
            out.println("    " + label + "  " + f.text());
            if (f.sentence() != null) {
                out.println("           \"" + f.sentence().strip().replaceAll("\\s+", " ") + "\""
                        + (f.article() == null ? "" : "  [" + f.article() + "]"));
            }
        }
    }
}
