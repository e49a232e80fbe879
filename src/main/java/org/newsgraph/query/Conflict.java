package org.newsgraph.query;

import java.util.List;

/**
 * A fact whose sources contradict each other on one attribute: a meeting's date or place, or a number stated
 * about an actor (then {@code meeting} is null and {@code subject} names the actor, e.g. a plan).
 *
 * @param date      the meeting's date as the graph holds it
 * @param attribute {@code date} or {@code place}
 * @param chosen    the value most sources agree on, which the meeting node holds (a place is an actor id)
 * @param claims    each value claimed, in order of value
 * @param subject   for a number, the actor it is about; null for a meeting
 */
public record Conflict(String meeting, List<ActorRef> participants, String date, String status, String attribute,
                       String chosen, List<Claim> claims, ActorRef subject) {

    /**
     * One value and who claims it.
     *
     * @param value   an ISO date or a place's actor id
     * @param label   the value as shown: the date, or the place's name
     * @param outlets the outlets claiming it, copies included, in alphabetical order
     */
    public record Claim(String value, String label, int corroboration, List<String> outlets, List<Source> sources)
            implements Reported {
    }
}
