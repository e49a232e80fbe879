package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenAPI description at /api/docs names every endpoint and its parameters. */
@ExtendWith(ServedGraph.class)
class ApiDocsTest {

    private final Api.Response docs;

    ApiDocsTest(Api api) {
        this.docs = api.get("/api/docs");
    }

    @Test
    void describesTheApi() {
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.<String>json("$.info.title")).isEqualTo("newsgraph API");
        assertThat(docs.<String>json("$.info.license.name")).isEqualTo("GPL-3.0-or-later");
        assertThat(docs.<String>json("$.info.version")).isNotBlank();
        assertThat(docs.<String>json("$.components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
    }

    @Test
    void listsEveryEndpoint() {
        Map<String, Object> paths = docs.json("$.paths");
        assertThat(paths).containsOnlyKeys("/api/meetings", "/api/criticisms", "/api/statements", "/api/actors",
                "/api/actors/{id}", "/api/roles", "/api/connection", "/api/timeline", "/api/conflicts",
                "/api/export", "/api/articles", "/api/cypher", "/api/sources", "/api/network", "/api/export/network");
        for (String path : paths.keySet()) {
            List<String> summaries = docs.json("$.paths['" + path + "'].*.summary");
            assertThat(summaries).as(path).isNotEmpty().allSatisfy(s -> assertThat(s).isNotBlank());
            List<String> problems = docs.json("$.paths['" + path + "'].*.responses['4XX']"
                    + ".content['application/problem+json'].schema['$ref']");
            assertThat(problems).as(path).isNotEmpty().containsOnly("#/components/schemas/Problem");
        }
        assertThat(docs.<Map<String, Object>>json("$.components.schemas.Problem.properties"))
                .containsOnlyKeys("title", "status", "detail", "instance");
    }

    @Test
    void describesParametersWithTheirLimits() {
        assertThat(docs.<List<String>>json("$.paths['/api/connection'].get.parameters[*].name"))
                .containsExactly("a", "b", "maxHops");
        assertThat(docs.<List<Integer>>json("$.paths['/api/connection'].get.parameters[?(@.name=='maxHops')].schema.maximum"))
                .containsExactly(6);
        assertThat(docs.<List<Integer>>json("$.paths['/api/meetings'].get.parameters[?(@.name=='actor')].schema.maxLength"))
                .containsExactly(200);
        assertThat(docs.<List<String>>json("$.paths['/api/statements'].get.parameters[*].description"))
                .allSatisfy(d -> assertThat(d).isNotBlank());
        assertThat(docs.<List<Object>>json("$.paths['/api/actors'].get.parameters[?(@.name=='q')].example"))
                .containsExactly("Hovland");
    }
}
