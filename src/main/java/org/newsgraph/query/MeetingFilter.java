package org.newsgraph.query;

import java.time.LocalDate;

/**
 * Which meetings {@link GraphQueries#meetings(MeetingFilter)} answers with. Every part is optional: null (or 0 for
 * {@code minOutlets}) leaves it out, so {@link #ANY} asks for every meeting.
 *
 * <pre>{@code
 * queries.meetings(MeetingFilter.ANY.withActor("Jane Doe").between(LocalDate.of(2026, 3, 1), null).withMinOutlets(2));
 * }</pre>
 *
 * @param actor      a participant, by name, alias or id
 * @param from       the earliest date, inclusive; a meeting known only to the month counts when its month overlaps
 *                   the range, and undated meetings drop out once either bound is set
 * @param to         the latest date, inclusive
 * @param place      where the meeting was held, by name, alias or id: the meeting's place, or a place one of its
 *                   sources names (the graph stores no containment between places, so a country matches a meeting
 *                   in one of its cities only when a source names the country)
 * @param minOutlets at least this many independent outlets report it (its corroboration); 0 for no minimum. A
 *                   meeting reported only in copies of other articles has a corroboration of 0, so 1 leaves it out
 */
public record MeetingFilter(String actor, LocalDate from, LocalDate to, String place, int minOutlets) {

    /** Every meeting. */
    public static final MeetingFilter ANY = new MeetingFilter(null, null, null, null, 0);

    public MeetingFilter {
        if (minOutlets < 0) {
            throw new IllegalArgumentException("minOutlets must not be negative: " + minOutlets);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** The same filter for meetings this actor took part in (by name, alias or id); null for anyone. */
    public MeetingFilter withActor(String actorOrNull) {
        return new MeetingFilter(actorOrNull, from, to, place, minOutlets);
    }

    /** Meetings from {@code fromOrNull} to {@code toOrNull}, both inclusive; null leaves that side open. */
    public MeetingFilter between(LocalDate fromOrNull, LocalDate toOrNull) {
        return new MeetingFilter(actor, fromOrNull, toOrNull, place, minOutlets);
    }

    /** The same filter for meetings at this place (by name, alias or id); null for anywhere. */
    public MeetingFilter withPlace(String placeOrNull) {
        return new MeetingFilter(actor, from, to, placeOrNull, minOutlets);
    }

    /** The same filter for meetings at least this many independent outlets report; 0 for no minimum. */
    public MeetingFilter withMinOutlets(int outlets) {
        return new MeetingFilter(actor, from, to, place, outlets);
    }
}
