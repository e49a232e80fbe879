package org.newsgraph.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API's limits, from {@code newsgraph.api} in application.yml.
 *
 * @param maxArticleBytes larger uploads are refused with 413 before they are read into memory
 * @param queryTimeout    every question stops after this long
 * @param exportTimeout   the facts export reads the whole graph in one transaction, so it gets longer
 * @param maxRows         rows returned by {@code /api/cypher} at most
 * @param browserOrigins  pages allowed to fetch the Browser guide and style (Neo4j Browser fetches them from its
 *                        own page); patterns, e.g. {@code http://localhost:[*]}
 */
@ConfigurationProperties("newsgraph.api")
record ApiProperties(int maxArticleBytes, Duration queryTimeout, Duration exportTimeout, int maxRows,
                     List<String> browserOrigins) {
}
