package org.newsgraph.web;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.newsgraph.ArticleResult;
import org.newsgraph.NewsGraph;
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
@Tag(name = "Articles")
class ArticleController {

    private final NewsGraph graph;
    private final int maxBytes;

    ArticleController(NewsGraph graph, ApiProperties properties) {
        this.graph = graph;
        this.maxBytes = properties.maxArticleBytes();
    }

    @PostMapping("/api/articles")
    @Operation(summary = "Add an article to the graph",
            description = "The body is the article itself (text, Markdown, HTML or PDF). 201 when it was new, 200 "
                    + "when the same text (or a near-copy) is already there, 422 when nothing could be read from it, "
                    + "413 when it is larger than newsgraph.api.max-article-bytes.",
            requestBody = @RequestBody(description = "The article's bytes", required = true))
    ResponseEntity<ArticleResult> ingest(
            @Parameter(description = "The file name; its extension tells the format when Content-Type does not",
                    example = "harbour-gazette-fisheries.md")
            @RequestParam(defaultValue = "upload.txt") String name,
            HttpServletRequest request) throws IOException {
        byte[] body = readCapped(request);
        ArticleResult result = graph.ingest(name, body, request.getContentType());
        HttpStatus status = switch (result.status()) {
            case NEW -> HttpStatus.CREATED;
            case ALREADY_PRESENT, DUPLICATE -> HttpStatus.OK;
            case FAILED, SKIPPED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return ResponseEntity.status(status).body(result);
    }

    /** Refuses a declared oversize body unread, and reads at most the limit of an undeclared one. */
    private byte[] readCapped(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        InputStream in = request.getInputStream();
        byte[] body = in.readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw tooLarge();
        }
        return body;
    }

    private ApiErrors.PayloadTooLarge tooLarge() {
        return new ApiErrors.PayloadTooLarge("the article is larger than the limit of " + maxBytes
                + " bytes (newsgraph.api.max-article-bytes)");
    }
}
