package org.newsgraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import com.jayway.jsonpath.JsonPath;

/** A client for the API under test, over real HTTP. */
record Api(URI base) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The path with its query parameters given as name, value, name, value… (values are encoded). */
    static String path(String path, String... params) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (int i = 0; i < params.length; i += 2) {
            query.add(params[i] + "=" + URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        return path + query;
    }

    HttpRequest.Builder request(String pathAndQuery) {
        // Not URI.resolve: it would normalize "/guide/../api" before the server saw it.
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery));
    }

    Response get(String path, String... params) {
        return send(request(path(path, params)).GET());
    }

    Response postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, java.net.http.HttpHeaders headers, String body) {

        /** A value picked from the JSON body by a JsonPath expression. */
        <T> T json(String path) {
            return JsonPath.read(body, path);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
