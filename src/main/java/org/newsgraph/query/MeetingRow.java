package org.newsgraph.query;

import java.util.List;

/**
 * A meeting: who took part, when, where, and who reports it.
 *
 * @param date     ISO date, as precise as the sources allow ({@code 2025-12} or {@code 2025-12-02}), or null
 * @param place    where it was held, or null
 * @param status   {@code HELD} or {@code PLANNED}
 * @param disputed true when the sources disagree on the date or the place; see {@link GraphQueries#conflicts()}
 */
public record MeetingRow(String id, List<ActorRef> participants, String date, ActorRef place, String status,
                         boolean disputed, int corroboration, List<Source> sources) implements Reported {
}
