package org.newsgraph.query;

import java.util.List;

/**
 * One actor criticizing another (or a proposal).
 *
 * @param kind  {@code CRITICIZE}, {@code ACCUSE}, {@code REJECT}, {@code DENOUNCE} or {@code DEMAND}
 * @param quote the critic's words when the sources quote them, or null
 * @param date  ISO date, or null
 */
public record CriticismRow(String id, ActorRef critic, ActorRef target, String kind, String quote, String date,
                           int corroboration, List<Source> sources) implements Reported {
}
