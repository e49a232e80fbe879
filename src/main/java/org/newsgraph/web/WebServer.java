package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.NewsGraph;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The running REST API over one open {@link NewsGraph}. Closing it stops the API, not the graph. */
public final class WebServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private WebServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static WebServer start(NewsGraph graph, WebSettings settings) {
        // As arguments, so they override application.yml; the token stays out of the environment and the logs.
        List<String> args = new ArrayList<>(List.of("--server.address=" + settings.address(), "--server.port=" + settings.port()));
        // Browser served by the embedded Neo4j fetches the guide from its own origin; a server's Browser is configured.
        graph.httpUri().ifPresent(http -> args.add("--newsgraph.api.browser-origins=http://127.0.0.1:" + http.getPort()
                + ",http://localhost:" + http.getPort()));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(WebApp.class)
                .web(WebApplicationType.SERVLET)
                .initializers(ctx -> {
                    // The graph's own driver: Spring's Neo4j auto-configuration backs off when a Driver bean exists.
                    ctx.getBeanFactory().registerSingleton("newsGraph", graph);
                    ctx.getBeanFactory().registerSingleton("neo4jDriver", graph.driver());
                    ctx.getBeanFactory().registerSingleton("apiToken", new ApiToken(settings.token()));
                })
                .registerShutdownHook(false)
                .run(args.toArray(String[]::new));
        return new WebServer(context);
    }

    /** The port the API listens on (useful when 0 asked for a free one). */
    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }

}
