package org.newsgraph.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Runs a system over gold sets and scores each one. */
public final class Evaluation {

    private Evaluation() {
    }

    /**
     * Scores every set found under the given paths (see {@link GoldSet#find}), each given to the system on its
     * own. A set whose corpus is not on this machine is skipped; any other problem with a gold file stops the run,
     * since a broken gold would make the numbers meaningless.
     *
     * @param projectRoot what {@code corpus} paths in gold files are relative to
     * @param log         progress and skipped sets, one line each
     */
    public static Report run(List<Path> goldDirs, Path projectRoot, SystemUnderTest system, PrintStream log)
            throws IOException {
        Set<Path> dirs = new LinkedHashSet<>();
        for (Path dir : goldDirs) {
            GoldSet.find(dir).forEach(d -> dirs.add(d.toAbsolutePath().normalize()));
        }
        List<SetResult> results = new ArrayList<>();
        List<Report.Skipped> skipped = new ArrayList<>();
        int n = 0;
        for (Path dir : dirs) {
            n++;
            GoldSet set;
            try {
                set = GoldSet.load(dir, projectRoot);
            } catch (MissingCorpusException e) {
                log.printf("[%d/%d] skipped: %s%n", n, dirs.size(), e.getMessage());
                skipped.add(new Report.Skipped(dir.getFileName().toString(), e.getMessage()));
                continue;
            }
            log.printf("[%d/%d] %s: %d article(s)%n", n, dirs.size(), set.id(), set.articles().size());
            Facts facts;
            try {
                facts = FactsReader.read(new ByteArrayInputStream(system.export(set)));
            } catch (IllegalArgumentException e) {
                throw new IOException("set " + set.id() + ": the system's export is invalid: " + e.getMessage(), e);
            }
            results.add(Scorer.score(set.id(), set.gold(), facts));
        }
        return new Report(results, skipped);
    }
}
