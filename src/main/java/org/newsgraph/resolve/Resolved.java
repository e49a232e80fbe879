package org.newsgraph.resolve;

import java.util.List;

import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.CriticismKind;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.extract.PartialDate;

/** Facts with graph-wide ids, ready to write. Each says how it was merged so the graph can explain it. */
public final class Resolved {

    private Resolved() {
    }

    /**
     * An actor as this article names it, mapped to its graph-wide id.
     *
     * @param keys       alias keys that should point to it from now on, each with the rule that linked it
     * @param surnameKey folded surname for people, else null
     * @param hub        true for actors too general to make a connection informative (countries, blocs)
     * @param rule       why this article's name went to this actor ("new", "same-name", "given-name-variant", …)
     */
    public record Actor(String id, String name, ActorType type, List<String> aliases, List<AliasKey> keys,
                        String surnameKey, int mentions, boolean hub, String rule) {
    }

    public record AliasKey(String key, String name, String rule) {
    }

    /** Two actors that may be one person; a human decides. */
    public record PossibleMatch(String actor, String other, double score, String reason) {
    }

    /** A sentence as evidence, with the values its source states for the fact. */
    public record Source(Evidence evidence, PartialDate date, String place) {
    }

    /**
     * @param date     the date most sources agree on
     * @param place    the place most sources agree on
     * @param disputed true when sources state incompatible dates or places
     */
    public record Meeting(String id, List<String> participants, PartialDate date, String place, MeetingStatus status,
                          boolean disputed, List<Source> sources) {
    }

    public record Statement(String id, String speaker, String text, boolean direct, PartialDate date,
                            List<String> about, List<Evidence> evidence) {
    }

    public record Criticism(String id, String critic, String target, CriticismKind kind, String quote,
                            PartialDate date, List<Evidence> evidence) {
    }

    public record Role(String id, String person, String title, String organization, List<Evidence> evidence) {
    }

    /** One article resolved against the graph. */
    public record Article(String id, List<Actor> actors, List<PossibleMatch> possibleMatches, List<Meeting> meetings,
                          List<Statement> statements, List<Criticism> criticisms, List<Role> roles, List<Claim> claims) {
    }

    /** A number one source states about an actor; one node per source, so disagreements stay visible. */
    public record Claim(String id, String subject, String attribute, double value, boolean approximate, String text,
                        Evidence evidence) {
    }
}
