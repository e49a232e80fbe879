package org.newsgraph.query;

import java.util.List;
import java.util.Locale;

/** A chain of events that connects two actors, one step per event. */
public record Connection(int hops, List<Step> steps) {

    /**
     * From one actor through an event to the next.
     *
     * @param fromRelation how {@code from} takes part in the event (the relationship type: {@code ATTENDED},
     *                     {@code CRITICIZED}, {@code TARGETS}, {@code SAID}, {@code ABOUT}, {@code HOLDS_ROLE},
     *                     {@code AT})
     * @param event        {@code MEETING}, {@code CRITICISM}, {@code STATEMENT} or {@code ROLE}
     * @param date         the event's ISO date, or null (roles have none)
     * @param detail       a meeting's status and place, a criticism's kind and quote, a statement's words, a role's title
     * @param toRelation   how {@code to} takes part in the event
     */
    public record Step(ActorRef from, String fromRelation, String event, String eventId, String date, String detail,
                       String toRelation, ActorRef to, int corroboration, List<Source> sources) implements Reported {

        /** The step in words, e.g. "met" or "was criticized by", to put between the two names. */
        public String describe() {
            return switch (fromRelation + "/" + toRelation) {
                case "ATTENDED/ATTENDED" -> "met (" + detail + ")";
                case "CRITICIZED/TARGETS" -> "criticized (" + detail + ")";
                case "TARGETS/CRITICIZED" -> "was criticized (" + detail + ") by";
                case "SAID/ABOUT" -> "spoke about";
                case "ABOUT/SAID" -> "was spoken about by";
                case "ABOUT/ABOUT" -> "was spoken about together with";
                case "HOLDS_ROLE/AT" -> "is " + detail + " at";
                case "AT/HOLDS_ROLE" -> "has as " + detail;
                default -> (fromRelation + " " + event + " " + toRelation).toLowerCase(Locale.ROOT);
            };
        }
    }
}
