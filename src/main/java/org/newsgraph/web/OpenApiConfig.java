package org.newsgraph.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
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
}
