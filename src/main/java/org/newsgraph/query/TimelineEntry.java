package org.newsgraph.query;

import java.util.List;

/**
 * One event in an actor's timeline.
 *
 * @param date     ISO date, or null
 * @param kind     {@code MEETING}, {@code CRITICISM} or {@code STATEMENT}
 * @param id       the event's id
 * @param relation the actor's part in it, as the relationship is called: {@code ATTENDED}, {@code CRITICIZED},
 *                 {@code TARGETS} (criticized by the others), {@code SAID} or {@code ABOUT} (spoken about)
 * @param others   the other actors taking part, possibly none
 * @param detail   a meeting's status and place, a criticism's kind and quote, or a statement's words
 */
public record TimelineEntry(String date, String kind, String id, String relation, List<ActorRef> others,
                            String detail, int corroboration, List<Source> sources) implements Reported {
}
