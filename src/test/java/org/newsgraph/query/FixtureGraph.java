package org.newsgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.newsgraph.graph.EmbeddedNeo4j;
import org.newsgraph.graph.Schema;

/**
 * Gives tests a {@link Driver}, or the Bolt {@link URI}, of an embedded store holding {@code query/fixture.cypher}.
 * One store serves every test class (starting Neo4j takes seconds); tests only read it. Closed when the run ends.
 */
final class FixtureGraph implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FixtureGraph.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Driver.class || type == URI.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Store store = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Store.class, k -> Store.start(), Store.class);
        return parameter.getParameter().getType() == URI.class ? store.db.boltUri() : store.driver;
    }

    private static final class Store implements AutoCloseable {
        private final Path dir;
        private final EmbeddedNeo4j db;
        private final Driver driver;

        private Store(Path dir, EmbeddedNeo4j db, Driver driver) {
            this.dir = dir;
            this.db = db;
            this.driver = driver;
        }

        static Store start() {
            try {
                Path dir = Files.createTempDirectory("newsgraph-query-test");
                EmbeddedNeo4j db = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.forStore(dir));
                Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none());
                Schema.apply(driver);
                try (Session session = driver.session()) {
                    session.run(fixture()).consume();
                }
                return new Store(dir, db, driver);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String fixture() throws IOException {
            try (InputStream in = FixtureGraph.class.getResourceAsStream("/query/fixture.cypher")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        @Override
        public void close() throws IOException {
            driver.close();
            db.close();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
