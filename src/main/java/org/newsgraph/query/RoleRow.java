package org.newsgraph.query;

import java.util.List;

/**
 * A title a person holds.
 *
 * @param organization where the title is held, or null when the sources name no organization
 */
public record RoleRow(String id, ActorRef person, String title, ActorRef organization, int corroboration,
                      List<Source> sources) implements Reported {
}
