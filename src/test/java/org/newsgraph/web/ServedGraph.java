package org.newsgraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.newsgraph.NewsGraph;

/**
 * Gives tests the {@link Api} of a running {@link WebServer}, or its {@link NewsGraph}, over an embedded store holding
 * {@link FixtureGraph}. One store and server serve every test class (each takes seconds to start); tests only read.
 */
final class ServedGraph implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ServedGraph.class);
    private static final String TIMEOUT = "newsgraph.api.query-timeout";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Api.class || type == NewsGraph.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Served served = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Served.class, k -> Served.start(),
                Served.class);
        return parameter.getParameter().getType() == Api.class ? served.api : served.graph;
    }

    private static final class Served implements AutoCloseable {
        private final Path dir;
        private final NewsGraph graph;
        private final WebServer web;
        private final Api api;

        private Served(Path dir, NewsGraph graph, WebServer web) {
            this.dir = dir;
            this.graph = graph;
            this.web = web;
            this.api = new Api(URI.create("http://127.0.0.1:" + web.port()));
        }

        static Served start() {
            try {
                Path dir = Files.createTempDirectory("newsgraph-web-test");
                NewsGraph graph = NewsGraph.openEmbedded(dir);
                FixtureGraph.write(graph.driver());
                return new Served(dir, graph, serve(graph, null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            web.close();
            graph.close();
            deleteTree(dir);
        }
    }

    /**
     * Starts an API over the graph (port 0: a free one). A query's first run includes planning it, which is slow on a busy
     * 2-core machine, so the time limit is longer here; the limit itself is tested in QueryTimeLimitTest.
     */
    static WebServer serve(NewsGraph graph, String token) {
        return serve(graph, 0, token);
    }

    static WebServer serve(NewsGraph graph, int port, String token) {
        System.setProperty(TIMEOUT, "60s");
        try {
            return WebServer.start(graph, new WebSettings("127.0.0.1", port, token));
        } finally {
            System.clearProperty(TIMEOUT);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
