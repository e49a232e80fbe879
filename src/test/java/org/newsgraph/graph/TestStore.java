package org.newsgraph.graph;

import java.nio.file.Path;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.newsgraph.resolve.Resolver;

/**
 * An embedded store with the schema applied, a driver and a writer, for tests that write articles and read back
 * what resolution made of them. One per test class; {@link #clear()} empties it between tests.
 */
public final class TestStore implements AutoCloseable {

    private final EmbeddedNeo4j db;
    private final Driver driver;
    private final ArticleWriter writer;

    private TestStore(Path dir) {
        db = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.forStore(dir));
        driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none());
        Schema.apply(driver);
        writer = new ArticleWriter(driver, new Resolver());
    }

    public static TestStore open(Path dir) {
        return new TestStore(dir);
    }

    public Driver driver() {
        return driver;
    }

    public ArticleWriter writer() {
        return writer;
    }

    /** Deletes everything but the write lock, which every writer expects to find. */
    public void clear() {
        try (Session s = driver.session()) {
            s.run("MATCH (n) WHERE NOT n:WriteLock DETACH DELETE n").consume();
        }
    }

    @Override
    public void close() {
        driver.close();
        db.close();
    }
}
