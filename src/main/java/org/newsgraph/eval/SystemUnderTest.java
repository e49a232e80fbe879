package org.newsgraph.eval;

import java.io.IOException;

/** What the evaluation scores: something that reads a set's articles and answers with its facts export. */
@FunctionalInterface
public interface SystemUnderTest {

    /** The facts export (JSON, see {@code facts-export.md}) of the set's articles, read on their own. */
    byte[] export(GoldSet set) throws IOException;
}
