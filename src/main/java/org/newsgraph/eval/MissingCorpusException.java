package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A gold set whose articles live outside the project (its {@code corpus} folder) and are not on this machine.
 * Such a set is skipped, not failed: the corpus is shared separately and may legitimately be absent.
 */
public final class MissingCorpusException extends IOException {

    public MissingCorpusException(String setId, Path corpus) {
        super("gold set " + setId + ": corpus folder " + corpus + " not found (its articles are kept outside the"
                + " project; is the project root that the gold's corpus path is relative to the right one?)");
    }
}
