package org.newsgraph.web;

import java.util.HashMap;
import java.util.Map;

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
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.address", settings.address());
        properties.put("server.port", settings.port());
        if (settings.token() != null) {
            properties.put("newsgraph.api.token", settings.token());
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(WebApp.class)
                .web(WebApplicationType.SERVLET)
                .properties(properties)
                .initializers(ctx -> {
                    // The graph's own driver: Spring's Neo4j auto-configuration backs off when a Driver bean exists.
                    ctx.getBeanFactory().registerSingleton("newsGraph", graph);
                    ctx.getBeanFactory().registerSingleton("neo4jDriver", graph.driver());
                })
                .registerShutdownHook(false)
                .run();
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
