package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The guide and style that Neo4j Browser loads after connecting. Browser fetches them from its own page, so they
 * need CORS for its origin; it sends Pragma and Cache-Control, so a preflight comes first.
 */
@ExtendWith(ServedGraph.class)
class BrowserGuideTest {

    /** The origin application.yml allows when no embedded Browser runs (the fixture graph serves no HTTP). */
    private static final String BROWSER = "http://localhost:7474";

    private final Api api;

    BrowserGuideTest(Api api) {
        this.api = api;
    }

    private Api.Response get(String path, String origin) {
        return api.send(api.request(path).header("Origin", origin).header("Cache-Control", "no-cache").GET());
    }

    @Test
    void servesTheGuideAsSlidesWithRunnableQueries() {
        Api.Response r = get("/guide/newsgraph.html", BROWSER);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo(BROWSER);
        assertThat(r.body()).startsWith("<article class=\"guide\">").contains("<slide class=\"row-fluid\">")
                .contains("<pre class=\"pre-scrollable code runnable\">:param actor =&gt; 'Astrid Hovland'</pre>")
                .doesNotContain("<script");
    }

    @Test
    void servesTheStyleAsText() throws IOException {
        Api.Response r = get("/guide/newsgraph.grass", "http://127.0.0.1:7474");

        assertThat(r.status()).isEqualTo(200);
        // One style: the file beside the queries, as the build packages it.
        assertThat(r.body()).isEqualTo(Files.readString(Path.of("cypher/newsgraph.grass")));
        assertThat(r.header("Content-Type")).startsWith("text/plain");
        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("http://127.0.0.1:7474");
        for (String label : new String[] {"Person", "Organization", "Place", "Group", "Proposal", "Meeting",
                "Statement", "Criticism", "Role", "Article", "Sentence", "Outlet"}) {
            assertThat(r.body()).contains("node." + label + " {");
        }
        // Browser's GraSS parser takes a quote as the start of a string wherever it is: only captions may have one.
        assertThat(r.body().replaceAll("caption: '[^'\\n]*';", "")).doesNotContain("'");
    }

    @Test
    void answersThePreflight() {
        Api.Response r = api.send(api.request("/guide/newsgraph.html").header("Origin", BROWSER)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "pragma,cache-control")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo(BROWSER);
        assertThat(r.header("Access-Control-Allow-Headers")).containsIgnoringCase("pragma");
    }

    @Test
    void givesOtherOriginsNoCorsHeaders() {
        Api.Response r = get("/guide/newsgraph.html", "http://evil.example");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void theApiItselfIsNotOpenToOtherPages() {
        assertThat(get("/api/meetings", BROWSER).header("Access-Control-Allow-Origin")).isNull();
    }
}
