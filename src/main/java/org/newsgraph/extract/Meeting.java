package org.newsgraph.extract;

import java.util.List;

/**
 * People or organizations meeting face to face, as one article reports it.
 *
 * @param participants local actor ids, at least two
 * @param date         when, or null when the text does not say
 * @param place        local actor id of the place, or null
 * @param status       held or planned
 * @param evidence     the sentences that report it
 */
public record Meeting(List<String> participants, PartialDate date, String place, MeetingStatus status,
                      List<Evidence> evidence) {

    public Meeting {
        participants = List.copyOf(participants);
        evidence = List.copyOf(evidence);
    }
}
