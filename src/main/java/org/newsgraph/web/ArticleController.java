package org.newsgraph.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.newsgraph.ArticleResult;
import org.newsgraph.NewsGraph;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ingests one article sent as the request body: plain text, Markdown, HTML or PDF, told apart by the
 * Content-Type header or the name's extension.
 */
@RestController
class ArticleController {

    private final NewsGraph graph;
    private final int maxBytes;

    ArticleController(NewsGraph graph, @Value("${newsgraph.api.max-article-bytes}") int maxBytes) {
        this.graph = graph;
        this.maxBytes = maxBytes;
    }

    @PostMapping("/api/articles")
    ResponseEntity<ArticleResult> ingest(@RequestParam(defaultValue = "upload.txt") String name,
                                         HttpServletRequest request) throws IOException {
        byte[] body = readCapped(request.getInputStream());
        ArticleResult result = graph.ingest(name, body, request.getContentType());
        HttpStatus status = switch (result.status()) {
            case NEW -> HttpStatus.CREATED;
            case ALREADY_PRESENT, DUPLICATE -> HttpStatus.OK;
            case FAILED, SKIPPED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return ResponseEntity.status(status).body(result);
    }

    /** Reads at most the limit, so a huge upload is refused without holding it in memory. */
    private byte[] readCapped(InputStream in) throws IOException {
        byte[] body = in.readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw new ApiErrors.PayloadTooLarge("the article is larger than the limit of " + maxBytes
                    + " bytes (newsgraph.api.max-article-bytes)");
        }
        return body;
    }
}
