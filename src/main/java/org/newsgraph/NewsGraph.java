package org.newsgraph;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.newsgraph.graph.Curation;
import org.newsgraph.graph.EmbeddedNeo4j;
import org.newsgraph.graph.Schema;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.query.FactsExport;
import org.newsgraph.query.GraphQueries;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.source.DocumentReader;

/**
 * The entry point for Java code: a knowledge graph of actors and events built from news articles.
 * Open an embedded store (no server needed) or connect to a Neo4j server, ingest files, ask questions.
 *
 * <pre>{@code
 * try (NewsGraph graph = NewsGraph.openEmbedded(Path.of("data/graph"))) {
 *     IngestReport report = graph.ingest(Path.of("articles/"));
 *     graph.queries().whoMet("Jane Doe").forEach(System.out::println);
 * }
 * }</pre>
 *
 * Thread-safe. CoreNLP's models load on the first ingestion and are shared by every NewsGraph in the process.
 */
public final class NewsGraph implements AutoCloseable {

    private final EmbeddedNeo4j embedded;
    private final Driver driver;
    private final NlpSettings nlpSettings;
    private Ingestion ingestion;

    private NewsGraph(EmbeddedNeo4j embedded, Driver driver, NlpSettings nlpSettings) {
        this.embedded = embedded;
        this.driver = driver;
        this.nlpSettings = nlpSettings;
        applySchema(driver);
    }

    /**
     * Clients opening a new store at the same moment all create the schema, and Neo4j answers the losers of that
     * race with a deadlock error or, despite IF NOT EXISTS, "an equivalent index already exists" (auto-commit
     * statements are not retried). The statements are idempotent, so the whole schema is applied again after a
     * short pause: by then the winner's index or constraint is there and the statement does nothing.
     */
    private static void applySchema(Driver driver) {
        for (int attempt = 1; ; attempt++) {
            try {
                Schema.apply(driver);
                return;
            } catch (TransientException | ClientException e) {
                boolean race = e instanceof TransientException
                        || (e.code() != null && e.code().startsWith("Neo.ClientError.Schema.") && e.code().endsWith("AlreadyExists"));
                if (!race || attempt == 10) {
                    throw e;
                }
                try {
                    Thread.sleep(50L * attempt + ThreadLocalRandom.current().nextInt(100));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Opens (or creates) an embedded store in a directory, with Bolt on a free loopback port. */
    public static NewsGraph openEmbedded(Path storeDir) {
        return openEmbedded(EmbeddedNeo4j.Options.forStore(storeDir), NlpSettings.defaults());
    }

    /** Opens an embedded store with the given server options (ports, HTTP and Browser, password). */
    public static NewsGraph openEmbedded(EmbeddedNeo4j.Options options, NlpSettings nlp) {
        EmbeddedNeo4j db = EmbeddedNeo4j.start(options);
        try {
            AuthToken auth = options.password() == null ? AuthTokens.none() : AuthTokens.basic("neo4j", options.password());
            Driver driver = GraphDatabase.driver(db.boltUri(), auth);
            driver.verifyConnectivity();
            return new NewsGraph(db, driver, nlp);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Connects to a Neo4j server (5.26 or later, a cluster or Aura) at a {@code bolt://} or {@code neo4j://} URI. */
    public static NewsGraph connect(URI uri, String user, String password) {
        return connect(uri, user, password, NlpSettings.defaults());
    }

    public static NewsGraph connect(URI uri, String user, String password, NlpSettings nlp) {
        AuthToken auth = user == null ? AuthTokens.none() : AuthTokens.basic(user, password);
        Driver driver = GraphDatabase.driver(uri, auth);
        try {
            driver.verifyConnectivity();
            return new NewsGraph(null, driver, nlp);
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
    }

    /** Reads files and folders (recursively: .txt, .md, .html, .htm, .pdf) into the graph. */
    public IngestReport ingest(Path... paths) {
        return ingest(Arrays.asList(paths), (r, done, total) -> { });
    }

    /** Same, telling the listener about each article as it is done. */
    public IngestReport ingest(List<Path> paths, IngestListener listener) {
        return ingestion().run(paths, listener);
    }

    /** Ingests one article given as bytes, e.g. an upload; {@code type} is a media type or file extension. */
    public ArticleResult ingest(String name, byte[] content, String type) {
        return ingestion().one(name, content, type);
    }

    private synchronized Ingestion ingestion() {
        if (ingestion == null) {
            ingestion = new Ingestion(driver, Pipelines.shared(nlpSettings), new DocumentReader());
        }
        return ingestion;
    }

    /** Typed answers to relationship questions, each fact with its sources. */
    public GraphQueries queries() {
        return new GraphQueries(driver);
    }

    /** Writes every fact as the JSON document of the facts export. */
    public void export(OutputStream out) throws IOException {
        new FactsExport(driver).write(out);
    }

    /** Corrections by a person: merge, split and rename actors, and ask why an actor is what it is. */
    public Curation curation() {
        return new Curation(driver);
    }

    /** The driver, for queries of your own. Do not close it; closing the NewsGraph does. */
    public Driver driver() {
        return driver;
    }

    /** The Bolt address of the embedded server, when this graph is embedded. */
    public Optional<URI> boltUri() {
        return Optional.ofNullable(embedded).map(EmbeddedNeo4j::boltUri);
    }

    /** The HTTP address of the embedded server (Browser at {@code /browser/}), when it serves HTTP. */
    public Optional<URI> httpUri() {
        return Optional.ofNullable(embedded).map(EmbeddedNeo4j::httpUri);
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    /** One CoreNLP pipeline per process: its models take half a minute and over a gigabyte to load. */
    private static final class Pipelines {
        private static NlpPipeline shared;

        static synchronized NlpPipeline shared(NlpSettings settings) {
            if (shared == null) {
                shared = new NlpPipeline(settings);
            }
            return shared;
        }
    }
}
