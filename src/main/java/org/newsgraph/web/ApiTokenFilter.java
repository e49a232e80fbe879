package org.newsgraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the API is exposed beyond loopback, every request must carry {@code Authorization: Bearer <token>}.
 * The token is compared in constant time and never logged. The Browser guide and style are public: Neo4j Browser
 * fetches them from its page, which has no token to send.
 */
@Component
class ApiTokenFilter extends OncePerRequestFilter {

    private final byte[] token;

    ApiTokenFilter(ApiToken token) {
        this.token = token.value() == null ? null : token.value().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (token != null) {
            String header = request.getHeader("Authorization");
            byte[] given = header != null && header.startsWith("Bearer ")
                    ? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
            if (!MessageDigest.isEqual(token, given)) {
                response.setHeader("WWW-Authenticate", "Bearer");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                // A problem detail like every other error; written by hand, since the filter runs outside Spring MVC.
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"a bearer token is required\"}");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The servlet path is decoded and normalized, so {@code /guide/../api} does not pass as a guide. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getServletPath().startsWith("/guide/");
    }
}
