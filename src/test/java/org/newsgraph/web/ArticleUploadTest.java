package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;
import org.newsgraph.NewsGraph;

/** Uploads over the size limit are refused with 413 before anything is ingested (so CoreNLP never loads here). */
@ExtendWith(ServedGraph.class)
class ArticleUploadTest {

    private static final int LIMIT = 5 * 1024 * 1024;

    private final Api api;
    private final NewsGraph graph;

    ArticleUploadTest(Api api, NewsGraph graph) {
        this.api = api;
        this.graph = graph;
    }

    private static byte[] oversize() {
        byte[] body = new byte[LIMIT + 1];
        Arrays.fill(body, (byte) 'a');
        return body;
    }

    private long articles() {
        try (Session session = graph.driver().session()) {
            return session.run("MATCH (a:Article) RETURN count(a) AS n").single().get("n").asLong();
        }
    }

    @Test
    void refusesADeclaredOversizeBody() {
        Api.Response r = api.send(api.request("/api/articles?name=big.txt").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(oversize())));

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.<String>json("$.detail")).contains("larger than the limit of " + LIMIT + " bytes");
        assertThat(articles()).isEqualTo(2);
    }

    @Test
    void refusesAnOversizeBodySentWithoutALength() {
        // An input stream publisher has no length: the body is sent chunked and only reading it finds the size.
        Api.Response r = api.send(api.request("/api/articles?name=big.txt").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversize()))));

        assertThat(r.status()).isEqualTo(413);
        assertThat(articles()).isEqualTo(2);
    }
}
