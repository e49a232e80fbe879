package org.newsgraph.query;

import java.util.List;

/**
 * What the graph knows about one actor.
 *
 * @param aliases         other names it is known by
 * @param hub             true for countries and other actors too general for a connection to pass through
 * @param mentions        mentions across all articles
 * @param articles        articles mentioning it
 * @param statementsAbout statements about it
 * @param criticisms      criticisms it made
 * @param criticized      criticisms of it
 * @param counterparts    its most frequent counterparts: the (at most ten) actors it shares most events with
 * @param possiblySameAs  actors that may be the same one, left for a person to decide
 */
public record ActorProfile(String id, String name, String type, List<String> aliases, boolean hub, long mentions,
                           long articles, long meetings, long statements, long statementsAbout, long criticisms,
                           long criticized, List<Role> roles, List<Counterpart> counterparts,
                           List<Similar> possiblySameAs) {

    /**
     * An actor this one shares events with.
     *
     * @param events how many meetings, criticisms, statements and roles both take part in
     * @param kinds  which kinds: {@code MEETING}, {@code CRITICISM}, {@code STATEMENT}, {@code ROLE}
     */
    public record Counterpart(ActorRef actor, long events, List<String> kinds) {
    }

    /** A title, and where it is held (null when no source names an organization). */
    public record Role(String title, ActorRef organization) {
    }

    /** An actor that may be this one, with the resolver's score and reason. */
    public record Similar(ActorRef actor, double score, String reason) {
    }
}
