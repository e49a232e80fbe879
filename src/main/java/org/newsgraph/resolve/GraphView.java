package org.newsgraph.resolve;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What resolution needs to know about the graph as it stands: which actors names already point to, and which
 * events those actors already take part in. The graph stage implements it inside the write transaction, so an
 * article is resolved against exactly the graph it is written into.
 */
public interface GraphView {

    /** Actor ids by alias key, for the keys that exist. */
    Map<String, String> actorsByAliasKey(Collection<String> keys);

    /** An actor's name and aliases; empty when there is no such actor. */
    List<String> namesOf(String actorId);

    /** People whose surname folds to this key. */
    List<Known.Actor> personsBySurname(String surnameKey);

    /** Meetings any of these actors attended, with what each source said of them. */
    List<Known.Meeting> meetingsOf(Collection<String> actorIds);

    /** Statements this actor made. */
    List<Known.Statement> statementsBy(String speakerId);

    /** Criticism from one actor of another. */
    List<Known.Criticism> criticisms(String criticId, String targetId);
}
