package org.newsgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Applies {@code cypher/schema.cypher} (constraints and indexes, all idempotent) at every start, and fills in the
 * {@link Derived} properties of a store written before they existed.
 */
public final class Schema {

    private Schema() {
    }

    public static void apply(Driver driver) {
        try (Session session = driver.session()) {
            for (String statement : statements()) {
                session.run(statement).consume();
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
        // A store written before the writer derived degrees and conflict flags gets them once.
        if (Derived.needsBackfill(driver)) {
            Derived.backfill(driver);
        }
    }

    static List<String> statements() {
        try (InputStream in = Schema.class.getClassLoader().getResourceAsStream("cypher/schema.cypher")) {
            if (in == null) {
                throw new IllegalStateException("cypher/schema.cypher is missing from the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : text.split("\n")) {
                if (line.strip().startsWith("//")) {
                    continue;
                }
                current.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    String statement = current.toString().strip();
                    out.add(statement.substring(0, statement.length() - 1));
                    current.setLength(0);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cypher/schema.cypher", e);
        }
    }
}
