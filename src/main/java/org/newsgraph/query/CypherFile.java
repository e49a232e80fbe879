package org.newsgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A query kept in {@code cypher/} (packaged on the classpath), so the text the code runs is the text Browser users
 * paste. Comments stay in: Neo4j ignores them.
 */
final class CypherFile {

    private CypherFile() {
    }

    static String load(String path) {
        try (InputStream in = CypherFile.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
