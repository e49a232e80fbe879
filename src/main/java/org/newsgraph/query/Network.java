package org.newsgraph.query;

import java.util.List;

/**
 * The actor-to-actor network that events make: two actors are linked by every meeting, criticism, statement or role
 * they both take part in. Links are undirected (a criticism links critic and target whichever way it points).
 *
 * @param nodes the linked actors, most central first
 * @param links each pair of linked actors once, the pair with more events first
 */
public record Network(List<Node> nodes, List<Link> links) {

    /**
     * An actor in the network.
     *
     * @param rank   1 for the most central actor; centrality is weighted degree ({@code weight}), ties broken by
     *               degree, then name
     * @param type   {@code PERSON}, {@code ORGANIZATION}, {@code PLACE}, {@code GROUP} or {@code PROPOSAL}
     * @param hub    true for countries and other actors that link nearly everyone
     * @param degree how many other actors it is linked to
     * @param weight its weighted degree: the events linking it to each other actor, summed over them
     */
    public record Node(int rank, String id, String name, String type, boolean hub, int degree, int weight) {
    }

    /**
     * Two linked actors.
     *
     * @param from   the actor with the smaller id
     * @param to     the other actor
     * @param events how many events both take part in (the link's weight)
     * @param kinds  which kinds of event: {@code MEETING}, {@code CRITICISM}, {@code STATEMENT}, {@code ROLE}
     */
    public record Link(ActorRef from, ActorRef to, int events, List<String> kinds) {
    }
}
