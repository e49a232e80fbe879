package org.newsgraph.web;

/**
 * How the REST API listens.
 *
 * @param address the interface to bind: 127.0.0.1 unless the user exposes the server
 * @param port    the API port; 0 picks a free one
 * @param token   the bearer token every request must carry, or null on loopback
 */
public record WebSettings(String address, int port, String token) {
}
