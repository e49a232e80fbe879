package org.newsgraph.web;

/** The bearer token the API requires, or null when it serves loopback only. Its toString never shows it. */
record ApiToken(String value) {

    @Override
    public String toString() {
        return value == null ? "ApiToken[none]" : "ApiToken[set]";
    }
}
