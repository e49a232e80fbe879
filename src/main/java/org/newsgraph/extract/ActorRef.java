package org.newsgraph.extract;

import java.util.List;

/**
 * A name as one article uses it: every mention with the same normalized form ("Novak", "Novak's" and
 * "President Novak" are one ref; "Jana Novak" is another). Facts refer to refs by {@link #localId()}.
 * Deciding that "Novak" and "Jana Novak" are one actor is resolution's job, not extraction's.
 *
 * @param localId  id unique within the article, e.g. "a3"
 * @param name     the normalized form: no honorific, no possessive
 * @param type     person, organization, place, group or proposal
 * @param aliases  the forms as written, when they differ from the name ("Mr Blair", "the EU")
 * @param mentions how many times the article uses it
 */
public record ActorRef(String localId, String name, ActorType type, List<String> aliases, int mentions) {

    public ActorRef {
        aliases = List.copyOf(aliases);
    }
}
