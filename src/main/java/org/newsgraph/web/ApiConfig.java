package org.newsgraph.web;

import org.neo4j.driver.Driver;
import org.newsgraph.query.FactsExport;
import org.newsgraph.query.GraphQueries;
import org.newsgraph.query.ReadOnlyCypher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The query services over the graph's driver, each with its time limit, and who may fetch the Browser guide. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiConfig implements WebMvcConfigurer {

    private final ApiProperties properties;

    ApiConfig(ApiProperties properties) {
        this.properties = properties;
    }

    @Bean
    GraphQueries graphQueries(Driver driver) {
        return new GraphQueries(driver, properties.queryTimeout());
    }

    @Bean
    FactsExport factsExport(Driver driver) {
        return new FactsExport(driver, properties.exportTimeout());
    }

    @Bean
    ReadOnlyCypher readOnlyCypher(Driver driver) {
        return new ReadOnlyCypher(driver, properties.queryTimeout(), properties.maxRows());
    }

    /** Neo4j Browser fetches the guide and the style from its own page, on another port: a cross-origin request. */
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/guide/**")
                .allowedOriginPatterns(properties.browserOrigins().toArray(String[]::new))
                .allowedMethods("GET", "HEAD")
                // Browser asks for a fresh copy with Pragma and Cache-Control, which needs a preflight.
                .allowedHeaders("*");
    }
}
