package org.newsgraph.extract;

import java.util.List;

/**
 * A name as one article uses it: every mention with the same normalized form ("Novak", "Novak's" and
 * "President Novak" are one ref; "Jana Novak" is another). Facts refer to refs by {@link #localId()}.
 * Deciding that "Novak" and "Jana Novak" are one actor is resolution's job, not extraction's.
 *
 * @param localId    id unique within the article, e.g. "a3"
 * @param name       the normalized form: no honorific, no possessive
 * @param type       person, organization, place, group or proposal
 * @param aliases    the forms as written, when they differ from the name ("Mr Blair", "the EU")
 * @param mentions   how many times the article uses it
 * @param proposedBy for a proposal, who made it and what kind of proposal it is, when the article says so and it
 *                   is the only one of that kind from them; otherwise null
 */
public record ActorRef(String localId, String name, ActorType type, List<String> aliases, int mentions,
                       ProposedBy proposedBy) {

    /**
     * "Acme's bid", "an offer from Acme": the actor (a local id) behind a proposal, and its kind ("offer" for
     * bids, takeovers and offers alike), under which articles that name the proposal differently meet.
     */
    public record ProposedBy(String actor, String kind) {
    }

    public ActorRef {
        aliases = List.copyOf(aliases);
    }

    public ActorRef(String localId, String name, ActorType type, List<String> aliases, int mentions) {
        this(localId, name, type, aliases, mentions, null);
    }
}
