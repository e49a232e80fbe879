package org.newsgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.newsgraph.resolve.Resolver;

/**
 * An embedded store with the schema applied, a driver and a writer, for tests that write articles and read back
 * what resolution made of them. Register it as a static field ({@code @RegisterExtension static final TestStore
 * store = new TestStore();}): one store per test class, in a temporary folder, emptied before each test.
 */
public final class TestStore implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private Path dir;
    private EmbeddedNeo4j db;
    private Driver driver;
    private ArticleWriter writer;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("newsgraph-test-store");
        db = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.forStore(dir));
        driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none());
        Schema.apply(driver);
        writer = new ArticleWriter(driver, new Resolver());
    }

    /** Deletes everything but the write lock, which every writer expects to find. */
    @Override
    public void beforeEach(ExtensionContext context) {
        try (Session s = driver.session()) {
            s.run("MATCH (n) WHERE NOT n:WriteLock DETACH DELETE n").consume();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        driver.close();
        db.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Driver driver() {
        return driver;
    }

    public ArticleWriter writer() {
        return writer;
    }
}
