package org.newsgraph.extract;

import java.util.List;

import org.newsgraph.source.Document;

/**
 * Everything extraction found in one article, with actors local to it.
 *
 * @param document  the article as read
 * @param sentences the body's sentences in order; evidence refers to them by index
 */
public record ArticleFacts(Document document, List<String> sentences, List<ActorRef> actors,
                           List<Meeting> meetings, List<Statement> statements, List<Criticism> criticisms,
                           List<Role> roles, List<Claim> claims) {

    /** Facts without numeric claims. */
    public ArticleFacts(Document document, List<String> sentences, List<ActorRef> actors, List<Meeting> meetings,
                        List<Statement> statements, List<Criticism> criticisms, List<Role> roles) {
        this(document, sentences, actors, meetings, statements, criticisms, roles, List.of());
    }

    public ArticleFacts {
        sentences = List.copyOf(sentences);
        actors = List.copyOf(actors);
        meetings = List.copyOf(meetings);
        statements = List.copyOf(statements);
        criticisms = List.copyOf(criticisms);
        roles = List.copyOf(roles);
        claims = List.copyOf(claims);
    }
}
