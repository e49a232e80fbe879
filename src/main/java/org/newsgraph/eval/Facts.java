package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a facts export (see {@code facts-export.md}) that scoring reads, from the system or from a gold
 * file. Dates, places, "about" lists and organizations are not scored and not kept.
 */
public record Facts(List<Article> articles, List<Actor> actors, List<Meeting> meetings, List<Criticism> criticisms,
                    List<Statement> statements, List<Role> roles) {

    public Facts {
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
        meetings = List.copyOf(meetings);
        criticisms = List.copyOf(criticisms);
        statements = List.copyOf(statements);
        roles = List.copyOf(roles);
    }

    /** @param source the file name or URL the article was read from */
    public record Article(String id, String source) {
    }

    public record Actor(String id, String name, String type, List<String> aliases) {
        public Actor {
            aliases = List.copyOf(aliases);
        }

        /** The name followed by the aliases. */
        public List<String> names() {
            List<String> all = new ArrayList<>(aliases.size() + 1);
            all.add(name);
            all.addAll(aliases);
            return all;
        }
    }

    /** @param sentence the sentence as written, or null when the export (or gold) leaves it out */
    public record Source(String article, String sentence) {
    }

    public record Meeting(List<String> participants, String status, List<Source> sources) {
        public Meeting {
            participants = List.copyOf(participants);
            sources = List.copyOf(sources);
        }
    }

    public record Criticism(String critic, String target, String kind, List<Source> sources) {
        public Criticism {
            sources = List.copyOf(sources);
        }
    }

    public record Statement(String speaker, String text, List<Source> sources) {
        public Statement {
            sources = List.copyOf(sources);
        }
    }

    public record Role(String person, String title, List<Source> sources) {
        public Role {
            sources = List.copyOf(sources);
        }
    }
}
