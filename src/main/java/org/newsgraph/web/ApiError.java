package org.newsgraph.web;

/** The body of every error response: what went wrong, in words a user can act on. */
public record ApiError(int status, String error) {
}
