package org.newsgraph.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The heading of the API description at {@code /api/docs}; springdoc adds the endpoints from the controllers. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI newsgraphOpenApi() {
        // The jar's manifest carries the Maven version; classes run from an IDE or the test classpath have none.
        String version = WebApp.class.getPackage().getImplementationVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("newsgraph API")
                        .version(version == null ? "development" : version)
                        .description("Questions to a knowledge graph of people, organizations, places and events "
                                + "read from news articles. Every fact cites the articles and sentences that report it.")
                        .license(new License().name("GPL-3.0-or-later").url("https://www.gnu.org/licenses/gpl-3.0.html")))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("Required only when the server runs with --expose (NEWSGRAPH_API_TOKEN).")))
                // Either no authentication (loopback) or the bearer token (--expose).
                .addSecurityItem(new SecurityRequirement())
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Every operation's errors, described once: a problem detail (see ApiErrors) for any 4xx or 5xx status. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, new ObjectSchema()
                    .description("An error as RFC 9457 problem details")
                    .addProperty("title", new StringSchema().description("the status's reason phrase"))
                    .addProperty("status", new IntegerSchema().description("the HTTP status"))
                    .addProperty("detail", new StringSchema().description("what went wrong, in words a user can act on"))
                    .addProperty("instance", new StringSchema().description("the request's path")));
            Content problem = new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> operation.getResponses()
                    .addApiResponse("4XX", new ApiResponse().description("The request's fault: see detail").content(problem))
                    .addApiResponse("5XX", new ApiResponse().description("The server's fault or a time limit").content(problem))));
        };
    }

    private static final String PROBLEM = "Problem";
}
