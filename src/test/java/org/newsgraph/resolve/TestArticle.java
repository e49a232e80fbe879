package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.ActorRef;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Criticism;
import org.newsgraph.extract.CriticismKind;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Meeting;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Statement;
import org.newsgraph.graph.ArticleInput;
import org.newsgraph.source.Document;

/**
 * One article's facts built by hand, for tests of merging and writing without CoreNLP. Every fact cites its own
 * one-line sentence; actors are numbered in the order they are added.
 */
public final class TestArticle {

    private final String id;
    private final List<ActorRef> actors = new ArrayList<>();
    private final List<String> sentences = new ArrayList<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<Criticism> criticisms = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();

    public TestArticle(String id) {
        this.id = id;
    }

    public TestArticle person(String name) {
        return actor(name, ActorType.PERSON);
    }

    public TestArticle org(String name) {
        return actor(name, ActorType.ORGANIZATION);
    }

    public TestArticle place(String name) {
        return actor(name, ActorType.PLACE);
    }

    /** A proposal made by the actor at {@code by}, of the given kind ("offer", "plan"). */
    public TestArticle proposal(String name, int by, String kind) {
        actors.add(new ActorRef("a" + actors.size(), name, ActorType.PROPOSAL, List.of(name), 1,
                new ActorRef.ProposedBy("a" + by, kind)));
        return this;
    }

    private TestArticle actor(String name, ActorType type) {
        actors.add(new ActorRef("a" + actors.size(), name, type, List.of(name), 1));
        return this;
    }

    private Evidence evidence(String text) {
        sentences.add(text);
        return new Evidence(sentences.size() - 1, text, 0, text.length(), 0.9, "test");
    }

    public TestArticle meeting(int a, int b, String date, Integer place) {
        meetings.add(new Meeting(List.of("a" + a, "a" + b), PartialDate.parseOrNull(date),
                place == null ? null : "a" + place, MeetingStatus.HELD,
                List.of(evidence(name(a) + " met " + name(b) + " in article " + id + "."))));
        return this;
    }

    public TestArticle statement(int speaker, String text) {
        statements.add(new Statement("a" + speaker, text, true, null, List.of(),
                evidence("\"" + text + "\" " + name(speaker) + " said.")));
        return this;
    }

    public TestArticle criticism(int critic, int target) {
        criticisms.add(new Criticism("a" + critic, "a" + target, CriticismKind.CRITICIZE, null, null,
                evidence(name(critic) + " criticized " + name(target) + ".")));
        return this;
    }

    public TestArticle role(int person, String title, int org) {
        roles.add(new Role("a" + person, title, "a" + org, evidence(name(person) + ", " + title + " of " + name(org) + ".")));
        return this;
    }

    private String name(int i) {
        return actors.get(i).name();
    }

    public ArticleInput input() {
        Document d = new Document(id + ".txt", "Title " + id, "Outlet " + id, LocalDate.of(2026, 3, 1), List.of(),
                null, String.join(" ", sentences), "en", List.of());
        ArticleFacts facts = new ArticleFacts(d, sentences, actors, meetings, statements, criticisms, roles);
        // Distinct articles: distinct hashes and no shared LSH bands.
        return new ArticleInput("art-" + id, "hash-" + id, List.of("band-" + id), new long[] {id.hashCode()}, facts);
    }
}
