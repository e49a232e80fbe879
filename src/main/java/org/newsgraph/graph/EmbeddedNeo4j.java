package org.newsgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An in-process Neo4j with Bolt (and optionally HTTP plus Neo4j Browser) on loopback.
 * newsgraph talks to it through the Java driver over Bolt, exactly as it talks to an external server,
 * so there is one code path for both.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /**
     * The page cache (Neo4j's in-memory copy of the store files), as Neo4j writes sizes: {@code 256m}, {@code 2g}.
     * Set with {@code -Dnewsgraph.pagecache=2g} or {@code NEWSGRAPH_PAGECACHE=2g}; the default suits a reporter's
     * archive. A store much larger than the page cache answers the same questions with the same database hits but
     * reads more of them from the operating system (docs/performance.md).
     */
    public static final String PAGECACHE_PROPERTY = "newsgraph.pagecache";
    static final String PAGECACHE_ENV = "NEWSGRAPH_PAGECACHE";
    static final String DEFAULT_PAGECACHE = "256m";

    /** Any other Neo4j setting: {@code -Dnewsgraph.neo4j.db.logs.query.enabled=INFO} sets {@code db.logs.query.enabled}. */
    static final String SETTING_PREFIX = "newsgraph.neo4j.";

    /** Where and how to start the server. Port 0 picks a free port. */
    public record Options(Path storeDir, String host, int boltPort, boolean http, int httpPort,
                          String password, String browserStartCommand) {
        public static Options forStore(Path storeDir) {
            return new Options(storeDir, "127.0.0.1", 0, false, 0, null, null);
        }
    }

    private final DatabaseManagementService dbms;
    private final URI boltUri;
    private final URI httpUri;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri, URI httpUri) {
        this.dbms = dbms;
        this.boltUri = boltUri;
        this.httpUri = httpUri;
    }

    public static EmbeddedNeo4j start(Options options) {
        Map<String, String> config = new HashMap<>();
        config.put("server.bolt.enabled", "true");
        int boltPort = freePortIfZero(options.boltPort());
        config.put("server.bolt.listen_address", options.host() + ":" + boltPort);
        // Routing drivers (neo4j://) connect to the advertised address, so it must be the port actually bound.
        config.put("server.bolt.advertised_address", options.host() + ":" + boltPort);
        config.put("server.http.enabled", Boolean.toString(options.http()));
        config.put("server.https.enabled", "false");
        if (options.http()) {
            config.put("server.http.listen_address", options.host() + ":" + freePortIfZero(options.httpPort()));
        }
        config.put("dbms.security.auth_enabled", Boolean.toString(options.password() != null));
        // Privacy: no usage reports from the server or from Browser.
        config.put("dbms.usage_report.enabled", "false");
        config.put("client.allow_telemetry", "false");
        if (options.browserStartCommand() != null) {
            config.put("browser.post_connect_cmd", options.browserStartCommand());
            // The start command loads newsgraph's style and guide from the REST API on this machine.
            config.put("browser.remote_content_hostname_whitelist", "127.0.0.1,localhost");
        }
        // Without this, shutdown waits 10 s for Netty's quiet period.
        config.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
        config.put("server.memory.pagecache.size", pageCacheSize(System.getProperty(PAGECACHE_PROPERTY),
                System.getenv(PAGECACHE_ENV)));
        config.put("db.tx_log.rotation.retention_policy", "2 files");
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(SETTING_PREFIX) && name.length() > SETTING_PREFIX.length())
                .filter(name -> !System.getProperty(name).contains("\n"))
                .forEach(name -> config.put(name.substring(SETTING_PREFIX.length()), System.getProperty(name)));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(options.storeDir())
                .loadPropertiesFromFile(writeConfig(config))
                .build();
        try {
            GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database("system");
            ConnectorPortRegister ports = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
            var bolt = ports.getLocalAddress(ConnectorType.BOLT);
            URI boltUri = URI.create("bolt://" + bolt.getHost() + ":" + bolt.getPort());
            URI httpUri = null;
            if (options.http()) {
                var http = ports.getLocalAddress(ConnectorType.HTTP);
                httpUri = URI.create("http://" + http.getHost() + ":" + http.getPort());
            }
            if (options.password() != null) {
                setInitialPassword(dbms, options.password());
            }
            return new EmbeddedNeo4j(dbms, boltUri, httpUri);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
    }

    /** The page cache size asked for (system property first, then environment), else the default. */
    static String pageCacheSize(String property, String environment) {
        for (String value : new String[] {property, environment}) {
            if (value != null && !value.isBlank()) {
                String v = value.strip();
                if (!v.matches("(?i)\\d+[kmgt]?")) {
                    throw new IllegalArgumentException("page cache size must be like 512m or 2g: " + value);
                }
                return v;
            }
        }
        return DEFAULT_PAGECACHE;
    }

    /** The builder takes typed settings or a file; a file keeps the setting names as users know them. */
    private static Path writeConfig(Map<String, String> config) {
        try {
            Path file = Files.createTempFile("newsgraph-neo4j", ".conf");
            file.toFile().deleteOnExit();
            StringBuilder text = new StringBuilder();
            config.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the embedded Neo4j configuration", e);
        }
    }

    private static void setInitialPassword(DatabaseManagementService dbms, String password) {
        dbms.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }

    private static int freePortIfZero(int port) {
        if (port != 0) {
            return port;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }

    public URI boltUri() {
        return boltUri;
    }

    /** The HTTP address (Browser at {@code /browser/}), or null when HTTP is off. */
    public URI httpUri() {
        return httpUri;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
