package org.newsgraph.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The REST API as a Spring Boot application. It is not started on its own: {@link WebServer} starts it around a
 * {@link org.newsgraph.NewsGraph} that the command line has opened, so the API and Neo4j Browser see one graph.
 */
@SpringBootApplication
public class WebApp {
}
