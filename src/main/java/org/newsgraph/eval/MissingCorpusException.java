package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A gold set whose articles live outside the project (its {@code corpus} folder) and are not on this machine.
 * Such a set is skipped, not failed: the corpus is shared separately and may legitimately be absent.
 */
public final class MissingCorpusException extends IOException {

    public MissingCorpusException(String setId, Path corpus) {
        super("gold set " + setId + ": corpus folder " + corpus + " not found (its articles are not in the project;"
                + " run from the project root or pass the root that corpus is relative to)");
    }
}
