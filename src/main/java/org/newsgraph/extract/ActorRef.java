package org.newsgraph.extract;

import java.util.List;

/**
 * One actor as one article knows it: all its mentions in that article gathered under one name.
 * Facts refer to actors by {@link #localId()}; resolution maps it to a graph-wide actor.
 *
 * @param localId  id unique within the article, e.g. "a3"
 * @param name     the fullest name the article gives ("Vladimir Putin", not "Putin")
 * @param type     person, organization, place, group or proposal
 * @param aliases  the other forms the article uses for it ("Putin", "Vladimir V. Putin"), without titles
 * @param mentions how many times the article mentions it
 * @param nameOnly true when the article never gives more than a single name ("Ushakov"), so that
 *                 resolution may look for the full name elsewhere
 */
public record ActorRef(String localId, String name, ActorType type, List<String> aliases, int mentions,
                       boolean nameOnly) {

    public ActorRef {
        aliases = List.copyOf(aliases);
    }
}
