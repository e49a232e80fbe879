package org.newsgraph.query;

import java.util.List;

/**
 * Something an actor said.
 *
 * @param text   the words, quoted or reported
 * @param direct true when some source quotes the words directly
 * @param date   ISO date, or null
 * @param about  the actors the statement is about, possibly none
 */
public record StatementRow(String id, ActorRef speaker, String text, boolean direct, String date,
                           List<ActorRef> about, int corroboration, List<Source> sources) implements Reported {
}
