package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.newsgraph.NewsGraph;
import org.newsgraph.graph.EmbeddedNeo4j;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.web.WebServer;
import org.newsgraph.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the graph: Neo4j (Bolt, HTTP and Browser at /browser/) and the REST API, until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    ServeOptions serve;

    @Override
    public Integer call() throws InterruptedException {
        return serve.run(store, graph -> { });
    }

    /** The listening options, shared with {@code demo}. */
    static final class ServeOptions {

        @Option(names = "--http-port", defaultValue = "7474", description = "Neo4j HTTP and Browser port (default: ${DEFAULT-VALUE}).")
        int httpPort;

        @Option(names = "--bolt-port", defaultValue = "7687", description = "Neo4j Bolt port (default: ${DEFAULT-VALUE}).")
        int boltPort;

        @Option(names = "--api-port", defaultValue = "8080", description = "REST API port (default: ${DEFAULT-VALUE}).")
        int apiPort;

        @Option(names = "--expose", description = "Listen on all interfaces, not only 127.0.0.1. Needs a Neo4j password "
                + "(--password or NEWSGRAPH_PASSWORD) and an API token (NEWSGRAPH_API_TOKEN).")
        boolean expose;

        @Option(names = "--public-host", paramLabel = "HOST",
                description = "With --expose: the name other machines reach this one by, used in the addresses printed "
                        + "and in the Browser guide and style links (default: this machine's host name).")
        String publicHost;

        @Option(names = "--api-token", paramLabel = "TOKEN", defaultValue = "${env:NEWSGRAPH_API_TOKEN}",
                description = "Bearer token the REST API requires; defaults to NEWSGRAPH_API_TOKEN.")
        String apiToken;

        interface BeforeServing {
            void accept(NewsGraph graph);
        }

        int run(StoreOptions store, BeforeServing before) throws InterruptedException {
            PrintStream out = System.out;
            if (expose && (store.password == null || store.password.isBlank() || apiToken == null || apiToken.isBlank())) {
                System.err.println("serve --expose listens beyond this machine and so needs authentication: set a Neo4j "
                        + "password (--password or NEWSGRAPH_PASSWORD) and an API token (NEWSGRAPH_API_TOKEN).");
                return 2;
            }
            String host = expose ? "0.0.0.0" : "127.0.0.1";
            // Browser fetches the guide from the reader's machine, so an exposed server names itself as others see it.
            String shown = expose ? (publicHost != null ? publicHost : localHostName()) : "127.0.0.1";
            String guide = "style http://" + shown + ":" + apiPort + "/guide/newsgraph.grass;"
                    + "play http://" + shown + ":" + apiPort + "/guide/newsgraph.html";
            NewsGraph graph = store.uri != null ? store.open()
                    : NewsGraph.openEmbedded(new EmbeddedNeo4j.Options(store.db, host, boltPort, true, httpPort,
                            expose ? store.password : null, guide), NlpSettings.defaults());
            CountDownLatch stopped = new CountDownLatch(1);
            WebServer web;
            try {
                before.accept(graph);
                web = WebServer.start(graph, new WebSettings(host, apiPort, expose ? apiToken : null));
            } catch (RuntimeException e) {
                graph.close();
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                web.close();
                graph.close();
                stopped.countDown();
            }, "newsgraph-shutdown"));
            out.println();
            out.println("newsgraph is serving " + store.describe());
            graph.httpUri().ifPresent(http -> {
                out.println("  Neo4j Browser  " + http.toString().replace(host, shown) + "/browser/");
                out.println("                 connect to " + graph.boltUri().orElseThrow().toString().replace(host, shown)
                        + (expose ? " as neo4j with your password" : " with authentication type \"No authentication\""));
            });
            if (graph.httpUri().isEmpty()) {
                out.println("  Neo4j          " + store.uri + " (open Browser on that server)");
            }
            out.println("  REST API       http://" + shown + ":" + web.port() + "/api/meetings?actor=NAME"
                    + (expose ? "  (send Authorization: Bearer <NEWSGRAPH_API_TOKEN>)" : ""));
            out.println("  API reference  http://" + shown + ":" + web.port() + "/api/docs/ui");
            out.println("Press Ctrl-C to stop.");
            stopped.await();
            return 0;
        }

        private static String localHostName() {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                return "127.0.0.1";
            }
        }
    }
}
