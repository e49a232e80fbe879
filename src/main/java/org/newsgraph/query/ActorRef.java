package org.newsgraph.query;

/** An actor as answers name it: the id to ask further with, the name to show. */
public record ActorRef(String id, String name) {
}
