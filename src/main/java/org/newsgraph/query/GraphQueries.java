package org.newsgraph.query;

import static org.neo4j.driver.Values.parameters;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.newsgraph.extract.CriticismKind;

/**
 * Questions to the graph, each answered by one read-only query from {@code cypher/queries/} (the same text Browser
 * users paste) in one read transaction, with results in a stable order.
 *
 * <p>Actors are asked about by name. A name is resolved by {@code resolve-actor.cypher}: an exact id, else a name
 * or alias in any case, else the full-text index; it means every actor of the best of these that matches (two
 * people called "Johnson" both count). A name that matches nothing gives an empty answer. Where a name is optional,
 * null asks about anyone.
 */
public final class GraphQueries {

    /** The longest chain {@code connection.cypher} searches (it has one branch per bound up to this). */
    public static final int MAX_HOPS = 6;

    /**
     * The most meetings, statements, criticisms and roles an actor may be tied to and still be passed through by
     * {@link #connection}: busier actors, like countries and places, are hubs that connect nearly everyone.
     */
    public static final int HUB_DEGREE = 100;

    /** A name that means more actors than this is too vague to answer for. */
    private static final int RESOLVE_LIMIT = 10;
    private static final int CONNECTION_LIMIT = 20;

    private static final String RESOLVE_ACTOR = query("resolve-actor");
    private static final String WHO_MET = query("who-met");
    private static final String WHO_CRITICIZED = query("who-criticized");
    private static final String STATEMENTS = query("statements");
    private static final String ROLES = query("roles");
    private static final String CONNECTION = query("connection");
    private static final String TIMELINE = query("timeline");
    private static final String PROFILE = query("profile");
    private static final String CONFLICTS = query("conflicts");
    private static final String CLAIM_CONFLICTS = query("claim-conflicts");
    private static final String SOURCES = query("sources");
    private static final String NETWORK = query("network");

    private final Driver driver;
    private final TransactionConfig limits;

    public GraphQueries(Driver driver) {
        this(driver, null);
    }

    /** Questions that the server stops after {@code timeout}; null for no limit. */
    public GraphQueries(Driver driver, Duration timeout) {
        this.driver = Objects.requireNonNull(driver);
        this.limits = timeout == null ? TransactionConfig.empty() : TransactionConfig.builder().withTimeout(timeout).build();
    }

    private static String query(String name) {
        return CypherFile.load("cypher/queries/" + name + ".cypher");
    }

    /** Actors whose id, name or alias is the query, then those the full-text index finds, surest first. */
    public List<ActorMatch> actors(String query, int limit) {
        Objects.requireNonNull(query, "query");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return read(tx -> candidates(tx, query, limit));
    }

    /** The actors a name means: those of the surest kind of match found. */
    public List<ActorMatch> resolve(String name) {
        Objects.requireNonNull(name, "name");
        return read(tx -> resolve(tx, name));
    }

    /** Meetings the actor took part in, or all meetings when {@code actorOrNull} is null, by date. */
    public List<MeetingRow> whoMet(String actorOrNull) {
        return meetings(MeetingFilter.ANY.withActor(actorOrNull));
    }

    /**
     * Meetings that pass the filter, by date (undated last): of an actor, within dates, at a place, reported by at
     * least so many outlets. An actor or place name that matches nothing gives an empty answer.
     */
    public List<MeetingRow> meetings(MeetingFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return read(tx -> {
            List<String> ids = idsOrAnyone(tx, filter.actor());
            List<String> places = idsOrAnyone(tx, filter.place());
            if (ids != null && ids.isEmpty() || places != null && places.isEmpty()) {
                return List.of();
            }
            return tx.run(WHO_MET, parameters("actorIds", ids, "from", iso(filter.from()), "to", iso(filter.to()),
                    "placeIds", places, "minOutlets", filter.minOutlets())).list(GraphQueries::meeting);
        });
    }

    /** Criticisms by the critic of the target, either of which may be null for anyone, by date. */
    public List<CriticismRow> whoCriticized(String criticOrNull, String targetOrNull) {
        return whoCriticized(criticOrNull, targetOrNull, null);
    }

    /**
     * Criticisms of one kind (null for every kind) by the critic of the target, either of which may be null for
     * anyone, by date.
     */
    public List<CriticismRow> whoCriticized(String criticOrNull, String targetOrNull, CriticismKind kindOrNull) {
        return read(tx -> {
            List<String> critics = idsOrAnyone(tx, criticOrNull);
            List<String> targets = idsOrAnyone(tx, targetOrNull);
            if ((critics != null && critics.isEmpty()) || (targets != null && targets.isEmpty())) {
                return List.of();
            }
            return tx.run(WHO_CRITICIZED, parameters("criticIds", critics, "targetIds", targets,
                    "kind", kindOrNull == null ? null : kindOrNull.name())).list(GraphQueries::criticism);
        });
    }

    /** What the speaker said, about the given actor or about anything when {@code aboutOrNull} is null, by date. */
    public List<StatementRow> statements(String speaker, String aboutOrNull) {
        Objects.requireNonNull(speaker, "speaker");
        return statements(speaker, aboutOrNull, null);
    }

    /**
     * Statements by date: by the speaker, about the actor, containing every one of the words (through the full-text
     * index on statement text, so case and simple word forms do not matter). Each part may be null for any, but
     * not all three.
     */
    public List<StatementRow> statements(String speakerOrNull, String aboutOrNull, String containingOrNull) {
        String words = containingOrNull == null || containingOrNull.isBlank() ? null : containingOrNull.strip();
        if (isBlank(speakerOrNull) && isBlank(aboutOrNull) && words == null) {
            throw new IllegalArgumentException("give a speaker, an actor spoken about, or words to look for");
        }
        return read(tx -> {
            List<String> speakers = idsOrAnyone(tx, speakerOrNull);
            List<String> about = idsOrAnyone(tx, aboutOrNull);
            if (speakers != null && speakers.isEmpty() || about != null && about.isEmpty()) {
                return List.of();
            }
            return tx.run(STATEMENTS, parameters("speakerIds", speakers, "aboutIds", about, "words", words))
                    .list(GraphQueries::statement);
        });
    }

    /** The titles the person holds, with the organizations they are held at. */
    public List<RoleRow> roles(String person) {
        Objects.requireNonNull(person, "person");
        return read(tx -> {
            List<String> ids = resolveIds(tx, person);
            return ids.isEmpty() ? List.<RoleRow>of()
                    : tx.run(ROLES, parameters("personIds", ids)).list(GraphQueries::role);
        });
    }

    /**
     * The shortest chains of events from {@code a} to {@code b}, at most {@code maxHops} events long, that pass
     * through no hub actor (a country, a place, anyone tied to more than {@link #HUB_DEGREE} events); empty when
     * there is none that short.
     */
    public List<Connection> connection(String a, String b, int maxHops) {
        return connection(a, b, maxHops, HUB_DEGREE);
    }

    /**
     * As {@link #connection(String, String, int)}, passing only through actors tied to at most {@code maxDegree}
     * events (besides countries and places, which are never passed through).
     */
    public List<Connection> connection(String a, String b, int maxHops, int maxDegree) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new IllegalArgumentException("maxHops must be between 1 and " + MAX_HOPS + ": " + maxHops);
        }
        if (maxDegree < 0) {
            throw new IllegalArgumentException("maxDegree must not be negative: " + maxDegree);
        }
        return read(tx -> {
            List<String> from = resolveIds(tx, a);
            List<String> to = resolveIds(tx, b);
            if (from.isEmpty() || to.isEmpty()) {
                return List.of();
            }
            return tx.run(CONNECTION, parameters("fromIds", from, "toIds", to, "maxHops", maxHops,
                    "maxDegree", maxDegree, "limit", CONNECTION_LIMIT)).list(GraphQueries::connection);
        });
    }

    /** Meetings, criticisms made and received, statements made and about the actor, by date (undated last). */
    public List<TimelineEntry> timeline(String actor) {
        Objects.requireNonNull(actor, "actor");
        return read(tx -> {
            List<String> ids = resolveIds(tx, actor);
            return ids.isEmpty() ? List.<TimelineEntry>of()
                    : tx.run(TIMELINE, parameters("actorIds", ids)).list(GraphQueries::timelineEntry);
        });
    }

    /** The best match for the name, with its names, counts and roles; empty when the name matches nothing. */
    public Optional<ActorProfile> profile(String actor) {
        Objects.requireNonNull(actor, "actor");
        return read(tx -> resolve(tx, actor).stream().findFirst()
                .flatMap(best -> tx.run(PROFILE, parameters("actorId", best.id())).list(GraphQueries::profile)
                        .stream().findFirst()));
    }

    /** Meetings whose sources contradict each other on the date or the place, with every value and who claims it. */
    public List<Conflict> conflicts() {
        return read(tx -> {
            List<Conflict> out = new ArrayList<>(tx.run(CONFLICTS).list(GraphQueries::conflict));
            out.addAll(tx.run(CLAIM_CONFLICTS).list(GraphQueries::claimConflict));
            return out;
        });
    }

    /**
     * The articles and sentences behind one fact (a meeting, statement, criticism, role or claim), by the id any
     * answer gives it; empty when no fact has that id.
     */
    public Optional<FactSources> sources(String factId) {
        Objects.requireNonNull(factId, "factId");
        return read(tx -> tx.run(SOURCES, parameters("factId", factId.strip())).list(GraphQueries::factSources)
                .stream().findFirst());
    }

    /**
     * The actor-to-actor network of the events between {@code fromOrNull} and {@code toOrNull} (inclusive; null
     * leaves a side open, and once either is set undated events and roles drop out), ranked by weighted degree.
     * Hub actors (countries and the like) link nearly everyone, so they are left out unless {@code hubs}.
     */
    public Network network(LocalDate fromOrNull, LocalDate toOrNull, boolean hubs) {
        if (fromOrNull != null && toOrNull != null && fromOrNull.isAfter(toOrNull)) {
            throw new IllegalArgumentException("from (" + fromOrNull + ") is after to (" + toOrNull + ")");
        }
        return read(tx -> {
            List<Network.Node> nodes = new ArrayList<>();
            List<Network.Link> links = new ArrayList<>();
            for (Record r : tx.run(NETWORK, parameters("from", iso(fromOrNull), "to", iso(toOrNull), "hubs", hubs))
                    .list()) {
                String id = r.get("id").asString();
                ActorRef self = new ActorRef(id, r.get("name").asString(null));
                nodes.add(new Network.Node(r.get("rank").asInt(), id, self.name(), r.get("type").asString(null),
                        r.get("hub").asBoolean(), r.get("degree").asInt(), r.get("weight").asInt()));
                for (Value link : r.get("links").values()) {
                    ActorRef other = actor(link.get("actor"));
                    // Each link comes twice, once from either end: keep it from the end with the smaller id.
                    if (id.compareTo(other.id()) < 0) {
                        links.add(new Network.Link(self, other, link.get("events").asInt(),
                                strings(link.get("kinds"))));
                    }
                }
            }
            links.sort(Comparator.comparingInt(Network.Link::events).reversed()
                    .thenComparing(l -> l.from().id()).thenComparing(l -> l.to().id()));
            return new Network(List.copyOf(nodes), List.copyOf(links));
        });
    }

    private <T> T read(TransactionCallback<T> work) {
        try (Session session = driver.session()) {
            return session.executeRead(work, limits);
        }
    }

    // ---- names to actor ids ----------------------------------------------------------------------------

    private static List<ActorMatch> candidates(TransactionContext tx, String name, int limit) {
        return tx.run(RESOLVE_ACTOR, parameters("actor", name, "limit", limit)).list(GraphQueries::actorMatch);
    }

    private static List<ActorMatch> resolve(TransactionContext tx, String name) {
        List<ActorMatch> all = candidates(tx, name, RESOLVE_LIMIT);
        if (all.isEmpty()) {
            return all;
        }
        int best = all.get(0).match().tier();
        return all.stream().filter(m -> m.match().tier() == best).toList();
    }

    private static List<String> resolveIds(TransactionContext tx, String name) {
        return resolve(tx, name).stream().map(ActorMatch::id).toList();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String iso(LocalDate dateOrNull) {
        return dateOrNull == null ? null : dateOrNull.toString();
    }

    /** The ids a name means; null when no name is given, which the queries take as anyone. */
    private static List<String> idsOrAnyone(TransactionContext tx, String nameOrNull) {
        return nameOrNull == null || nameOrNull.isBlank() ? null : resolveIds(tx, nameOrNull);
    }

    // ---- rows to records -------------------------------------------------------------------------------

    private static ActorMatch actorMatch(Record r) {
        return new ActorMatch(r.get("id").asString(), r.get("name").asString(null), r.get("type").asString(null),
                strings(r.get("aliases")), r.get("hub").asBoolean(), r.get("mentions").asLong(),
                ActorMatch.Match.valueOf(r.get("match").asString().toUpperCase(Locale.ROOT)),
                r.get("score").asDouble());
    }

    private static MeetingRow meeting(Record r) {
        return new MeetingRow(r.get("id").asString(), actors(r.get("participants")), r.get("date").asString(null),
                actor(r.get("place")), r.get("status").asString(null), r.get("disputed").asBoolean(),
                r.get("corroboration").asInt(), sources(r.get("sources")));
    }

    private static CriticismRow criticism(Record r) {
        return new CriticismRow(r.get("id").asString(), actor(r.get("critic")), actor(r.get("target")),
                r.get("kind").asString(null), r.get("quote").asString(null), r.get("date").asString(null),
                r.get("corroboration").asInt(), sources(r.get("sources")));
    }

    private static StatementRow statement(Record r) {
        return new StatementRow(r.get("id").asString(), actor(r.get("speaker")), r.get("text").asString(null),
                r.get("direct").asBoolean(), r.get("date").asString(null), actors(r.get("about")),
                r.get("corroboration").asInt(), sources(r.get("sources")));
    }

    private static RoleRow role(Record r) {
        return new RoleRow(r.get("id").asString(), actor(r.get("person")), r.get("title").asString(null),
                actor(r.get("organization")), r.get("corroboration").asInt(), sources(r.get("sources")));
    }

    private static Connection connection(Record r) {
        return new Connection(r.get("hops").asInt(), r.get("steps").asList(s -> new Connection.Step(
                actor(s.get("from")), s.get("fromRelation").asString(), s.get("event").asString(),
                s.get("eventId").asString(), s.get("date").asString(null), s.get("detail").asString(null),
                s.get("toRelation").asString(), actor(s.get("to")), s.get("corroboration").asInt(),
                sources(s.get("sources")))));
    }

    private static TimelineEntry timelineEntry(Record r) {
        return new TimelineEntry(r.get("date").asString(null), r.get("kind").asString(), r.get("id").asString(),
                r.get("relation").asString(), actors(r.get("others")), r.get("detail").asString(null),
                r.get("corroboration").asInt(), sources(r.get("sources")));
    }

    private static ActorProfile profile(Record r) {
        return new ActorProfile(r.get("id").asString(), r.get("name").asString(null), r.get("type").asString(null),
                strings(r.get("aliases")), r.get("hub").asBoolean(), r.get("mentions").asLong(),
                r.get("articles").asLong(), r.get("meetings").asLong(), r.get("statements").asLong(),
                r.get("statementsAbout").asLong(), r.get("criticisms").asLong(), r.get("criticized").asLong(),
                r.get("roles").asList(v -> new ActorProfile.Role(v.get("title").asString(null),
                        actor(v.get("organization")))),
                r.get("counterparts").asList(v -> new ActorProfile.Counterpart(actor(v.get("actor")),
                        v.get("events").asLong(), strings(v.get("kinds")))),
                r.get("possiblySameAs").asList(v -> new ActorProfile.Similar(actor(v.get("actor")),
                        v.get("score").asDouble(0), v.get("reason").asString(null))));
    }

    private static FactSources factSources(Record r) {
        return new FactSources(r.get("id").asString(), r.get("kind").asString(), r.get("date").asString(null),
                r.get("detail").asString(null), actors(r.get("actors")), r.get("corroboration").asInt(),
                r.get("articles").asList(a -> new FactSources.Article(a.get("id").asString(),
                        a.get("title").asString(null), a.get("outlet").asString(null), a.get("url").asString(null),
                        a.get("published").asString(null), a.get("duplicateOf").asString(null),
                        a.get("sentences").asList(s -> new FactSources.Sentence(s.get("index").asInt(0),
                                s.get("text").asString(null), s.get("rule").asString(null),
                                s.get("confidence").asDouble(0), s.get("date").asString(null),
                                s.get("place").asString(null))))));
    }

    private static Conflict conflict(Record r) {
        return new Conflict(r.get("meeting").asString(), actors(r.get("participants")), r.get("date").asString(null),
                r.get("status").asString(null), r.get("attribute").asString(), r.get("chosen").asString(null),
                claims(r.get("claims")), null);
    }

    private static Conflict claimConflict(Record r) {
        return new Conflict(null, List.of(), null, null, r.get("attribute").asString(), r.get("chosen").asString(null),
                claims(r.get("claims")), new ActorRef(r.get("subjectId").asString(), r.get("subjectName").asString()));
    }

    private static List<Conflict.Claim> claims(Value claims) {
        return claims.asList(c -> new Conflict.Claim(c.get("value").asString(), c.get("label").asString(),
                c.get("corroboration").asInt(), strings(c.get("outlets")), sources(c.get("sources"))));
    }

    private static ActorRef actor(Value v) {
        return v.isNull() ? null : new ActorRef(v.get("id").asString(), v.get("name").asString(null));
    }

    private static List<ActorRef> actors(Value v) {
        return v.asList(GraphQueries::actor);
    }

    private static List<String> strings(Value v) {
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }

    private static List<Source> sources(Value v) {
        return v.asList(s -> new Source(s.get("article").asString(), s.get("outlet").asString(null),
                s.get("published").asString(null), s.get("title").asString(null), s.get("sentence").asString(null),
                s.get("duplicateOf").asString(null)));
    }
}
