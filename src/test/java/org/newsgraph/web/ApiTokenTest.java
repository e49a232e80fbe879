package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsgraph.NewsGraph;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** With a token set (serve --expose), every API request needs it; the token shows up in no log and no response. */
@ExtendWith({ServedGraph.class, OutputCaptureExtension.class})
class ApiTokenTest {

    private static final String TOKEN = "tok-7f3a9c1e5b-never-print-me";

    private static WebServer server;
    private static Api api;

    /** Request logging at its most talkative, so that a leak would show. */
    private static final List<String> LOUD = List.of("org.springframework.web", "org.newsgraph");

    @BeforeAll
    static void start(NewsGraph graph) {
        LOUD.forEach(logger -> System.setProperty("logging.level." + logger, "TRACE"));
        server = ServedGraph.serve(graph, TOKEN);
        api = new Api(URI.create("http://127.0.0.1:" + server.port()));
    }

    /** Logging is one per JVM: the levels stay after the server stops unless they are put back. */
    @AfterAll
    static void stop() {
        server.close();
        LoggingSystem logging = LoggingSystem.get(ApiTokenTest.class.getClassLoader());
        LOUD.forEach(logger -> {
            System.clearProperty("logging.level." + logger);
            logging.setLogLevel(logger, null);
        });
    }

    private static Api.Response get(String path, String authorization) {
        var request = api.request(path).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request);
    }

    @Test
    void refusesARequestWithoutTheToken(CapturedOutput output) {
        Api.Response r = get("/api/meetings", null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.<Integer>json("$.status")).isEqualTo(401);
        assertThat(r.<String>json("$.detail")).isEqualTo("a bearer token is required");
        assertThat(output.getAll()).doesNotContain(TOKEN);
    }

    @Test
    void refusesAWrongToken(CapturedOutput output) {
        Api.Response r = get("/api/meetings", "Bearer " + TOKEN.substring(1));
        Api.Response basic = get("/api/meetings", "Basic " + TOKEN);

        assertThat(r.status()).isEqualTo(401);
        assertThat(basic.status()).isEqualTo(401);
        assertThat(r.body() + basic.body()).doesNotContain(TOKEN.substring(1));
        assertThat(output.getAll()).doesNotContain(TOKEN.substring(1));
    }

    @Test
    void answersWithTheToken(CapturedOutput output) {
        Api.Response r = get("/api/meetings?actor=Hovland", "Bearer " + TOKEN);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.<String>json("$[0].id")).isEqualTo("mtg-hovland-vandermeer");
        assertThat(r.body()).doesNotContain(TOKEN);
        assertThat(output.getAll()).doesNotContain(TOKEN);
    }

    @Test
    void errorBodiesCarryNoToken(CapturedOutput output) {
        Api.Response invalid = get("/api/actors?q=x&limit=0", "Bearer " + TOKEN);
        Api.Response missing = get("/api/actors/per-nobody", "Bearer " + TOKEN);
        Api.Response refused = api.send(api.request("/api/cypher").header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"CREATE (n)\"}")));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(invalid.body() + missing.body() + refused.body()).doesNotContain(TOKEN);
        assertThat(output.getAll()).doesNotContain(TOKEN);
    }

    @Test
    void theBrowserGuideNeedsNoToken() {
        assertThat(get("/guide/newsgraph.html", null).status()).isEqualTo(200);
        assertThat(get("/guide/../api/meetings", null).status()).isEqualTo(401);
        assertThat(get("/guide/%2e%2e/api/meetings", null).status()).isIn(400, 401);
    }

    @Test
    void theApiDescriptionNeedsTheToken() {
        assertThat(get("/api/docs", null).status()).isEqualTo(401);
    }
}
