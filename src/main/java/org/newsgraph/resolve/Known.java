package org.newsgraph.resolve;

import java.util.List;
import java.util.Set;

import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.CriticismKind;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.extract.PartialDate;

/** What the graph already holds, as {@link GraphView} reports it. */
public final class Known {

    private Known() {
    }

    public record Actor(String id, String name, ActorType type, List<String> aliases) {
    }

    /** What one article said about a meeting: its date and place, either possibly unknown. */
    public record Claim(String article, PartialDate date, String place) {
    }

    public record Meeting(String id, Set<String> participants, MeetingStatus status, List<Claim> claims) {
    }

    public record Statement(String id, String text) {
    }

    public record Criticism(String id, CriticismKind kind, PartialDate date) {
    }
}
