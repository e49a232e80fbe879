package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.Nicknames;
import org.newsgraph.resolve.Ids;
import org.newsgraph.resolve.NameKeys;

/**
 * A person correcting the graph: merging two actors that are one, splitting names off an actor that is two,
 * renaming. Each decision moves {@code Alias} nodes, which is what resolution consults, so articles ingested
 * later follow it; and each leaves a {@code Curation} node on the actor, so the actor can say why it is what it is.
 * Decisions take the ingestion lock, so they never interleave with an article being written.
 */
public final class Curation {

    /** An actor as curation shows it. */
    public record Actor(String id, String name, String type, List<String> aliases) {
    }

    /** Two actors resolution thought might be one, for a person to decide. */
    public record Candidate(Actor actor, Actor other, double score, String reason) {
    }

    /** Why an actor is what it is. */
    public record Explanation(Actor actor, List<AliasRule> aliases, List<Mention> articles, List<Decision> decisions,
                              List<Candidate> candidates) {
    }

    /** A name that leads to the actor, and the rule that made it do so. */
    public record AliasRule(String name, String rule) {
    }

    public record Mention(String article, String title, String outlet, long count) {
    }

    public record Decision(String kind, String detail, String at) {
    }

    private final Driver driver;
    private final NameKeys keys = new NameKeys(Lexicon.get(), Nicknames.get());

    public Curation(Driver driver) {
        this.driver = driver;
    }

    public List<Candidate> candidates() {
        try (Session s = driver.session()) {
            return s.executeRead(tx -> tx.run(CANDIDATES).list(r -> new Candidate(actor(r.get("a")), actor(r.get("b")),
                    r.get("score").asDouble(0), r.get("reason").asString(""))));
        }
    }

    public Explanation explain(String actorId) {
        try (Session s = driver.session()) {
            return s.executeRead(tx -> {
                var r = tx.run(EXPLAIN, Map.of("id", actorId)).single();
                return new Explanation(actor(r.get("actor")),
                        r.get("aliases").asList(v -> new AliasRule(v.get("name").asString(), v.get("rule").asString(""))),
                        r.get("articles").asList(v -> new Mention(v.get("id").asString(), v.get("title").asString(null),
                                v.get("outlet").asString(null), v.get("count").asLong(0))),
                        r.get("decisions").asList(v -> new Decision(v.get("kind").asString(), v.get("detail").asString(""),
                                v.get("at").asString())),
                        candidatesOf(tx, actorId));
            });
        }
    }

    /** Folds {@code other} into {@code keep}: its names, facts and mentions, and from now on its aliases. */
    public Actor merge(String keep, String other) {
        if (keep.equals(other)) {
            throw new IllegalArgumentException("an actor cannot be merged with itself: " + keep);
        }
        return write(tx -> {
            requireActors(tx, keep, other);
            for (String statement : MERGE) {
                tx.run(statement, Map.of("keep", keep, "other", other)).consume();
            }
            Derived.refresh(tx, List.of(keep), List.of(), claimSubjects(tx, keep));
            return actor(tx.run(ACTOR, Map.of("id", keep)).single().get("a"));
        });
    }

    /**
     * Moves the given names off an actor into a new one, with the facts whose sentences use only those names.
     * Returns the new actor.
     */
    public Actor split(String actorId, List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("name at least one alias to split off");
        }
        return write(tx -> {
            Actor from = requireActors(tx, actorId).get(0);
            List<String> lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
            List<String> known = from.aliases().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
            for (String n : lower) {
                if (!known.contains(n)) {
                    throw new IllegalArgumentException("\"" + n + "\" is not a name of " + from.name() + "; its names: " + from.aliases());
                }
            }
            if (from.aliases().stream().allMatch(a -> lower.contains(a.toLowerCase(Locale.ROOT)))) {
                throw new IllegalArgumentException("that would leave " + from.name() + " without a name; rename it instead");
            }
            List<String> moved = from.aliases().stream().filter(a -> lower.contains(a.toLowerCase(Locale.ROOT))).toList();
            String newId = Ids.of(prefix(from.type()), "split", actorId, String.join("|", moved));
            for (String statement : SPLIT) {
                tx.run(statement, Map.of("id", actorId, "newId", newId, "names", moved)).consume();
            }
            Derived.refresh(tx, List.of(actorId, newId), List.of(), List.of());
            return actor(tx.run(ACTOR, Map.of("id", newId)).single().get("a"));
        });
    }

    /** Gives the actor a new display name; the old one stays an alias, and the new one resolves to it. */
    public Actor rename(String actorId, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the new name is empty");
        }
        return write(tx -> {
            Actor a = requireActors(tx, actorId).get(0);
            String key = keys.key(name, ActorType.valueOf(a.type())).orElse(null);
            tx.run(RENAME, Map.of("id", actorId, "name", name.strip(), "key", key == null ? "" : key)).consume();
            return actor(tx.run(ACTOR, Map.of("id", actorId)).single().get("a"));
        });
    }

    private <T> T write(org.neo4j.driver.TransactionCallback<T> work) {
        try (Session s = driver.session()) {
            return s.executeWrite(tx -> {
                tx.run(WriteCypher.LOCK).consume();
                return work.execute(tx);
            });
        }
    }

    private static List<Actor> requireActors(TransactionContext tx, String... ids) {
        List<Actor> out = new ArrayList<>();
        for (String id : ids) {
            var found = tx.run(ACTOR, Map.of("id", id)).list(r -> actor(r.get("a")));
            if (found.isEmpty()) {
                throw new IllegalArgumentException("no actor with id " + id);
            }
            out.add(found.get(0));
        }
        return out;
    }

    /** The attributes the actor's claims state, as {@link Derived#refresh} takes them. */
    private static List<Map<String, Object>> claimSubjects(TransactionContext tx, String id) {
        return tx.run(CLAIM_ATTRIBUTES, Map.of("id", id))
                .list(r -> Map.<String, Object>of("subject", id, "attribute", r.get("attribute").asString()));
    }

    private static List<Candidate> candidatesOf(TransactionContext tx, String id) {
        return tx.run(CANDIDATES_OF, Map.of("id", id)).list(r -> new Candidate(actor(r.get("a")), actor(r.get("b")),
                r.get("score").asDouble(0), r.get("reason").asString("")));
    }

    private static Actor actor(Value v) {
        return new Actor(v.get("id").asString(), v.get("name").asString(), v.get("type").asString(),
                v.get("aliases").isNull() ? List.of() : v.get("aliases").asList(Value::asString));
    }

    private static String prefix(String type) {
        return switch (ActorType.valueOf(type)) {
            case PERSON -> "per";
            case ORGANIZATION -> "org";
            case PLACE -> "plc";
            case GROUP -> "grp";
            case PROPOSAL -> "prp";
        };
    }

    // ---- Cypher, one statement per purpose ----------------------------------------------------------------

    private static final String ACTOR = """
            MATCH (x:Actor {id: $id})
            RETURN x {.id, .name, .type, .aliases} AS a
            """;

    private static final String CLAIM_ATTRIBUTES = """
            MATCH (:Actor {id: $id})<-[:OF]-(c:Claim)
            WHERE c.attribute IS NOT NULL
            RETURN DISTINCT c.attribute AS attribute
            """;

    private static final String CANDIDATES = """
            MATCH (x:Actor)-[r:POSSIBLY_SAME_AS]->(y:Actor)
            RETURN x {.id, .name, .type, .aliases} AS a, y {.id, .name, .type, .aliases} AS b, r.score AS score,
                   r.reason AS reason
            ORDER BY score DESC, a.name, b.name
            """;

    private static final String CANDIDATES_OF = """
            MATCH (x:Actor {id: $id})-[r:POSSIBLY_SAME_AS]-(y:Actor)
            RETURN x {.id, .name, .type, .aliases} AS a, y {.id, .name, .type, .aliases} AS b, r.score AS score,
                   r.reason AS reason
            ORDER BY score DESC, b.name
            """;

    private static final String EXPLAIN = """
            MATCH (x:Actor {id: $id})
            CALL (x) {
                OPTIONAL MATCH (al:Alias)-[:NAMES]->(x)
                WITH al ORDER BY al.name
                RETURN collect(al {.name, .rule}) AS aliases
            }
            CALL (x) {
                OPTIONAL MATCH (x)-[m:MENTIONED_IN]->(art:Article)
                WITH art, m ORDER BY art.published, art.id
                RETURN collect(CASE WHEN art IS NULL THEN NULL ELSE {id: art.id, title: art.title, outlet: art.outlet, count: m.count} END) AS articles
            }
            CALL (x) {
                OPTIONAL MATCH (c:Curation)-[:CURATED]->(x)
                WITH c ORDER BY c.at
                RETURN collect(CASE WHEN c IS NULL THEN NULL ELSE {kind: c.kind, detail: c.detail, at: toString(c.at)} END) AS decisions
            }
            RETURN x {.id, .name, .type, .aliases} AS actor, aliases, articles, decisions
            """;

    /** Merge, step by step: names, each kind of relationship, the aliases, the record of the decision, the node. */
    private static final List<String> MERGE = List.of("""
            MATCH (k:Actor {id: $keep}), (o:Actor {id: $other})
            SET k.aliases = reduce(acc = k.aliases, n IN [o.name] + o.aliases | CASE WHEN n IN acc THEN acc ELSE acc + n END),
                k.hub = coalesce(k.hub, false) OR coalesce(o.hub, false)
            SET k.aliasText = reduce(t = '', n IN k.aliases | t + ' ' + n)
            """, """
            MATCH (k:Actor {id: $keep}), (o:Actor {id: $other})
            CALL (k, o) { MATCH (o)-[r:ATTENDED]->(m) MERGE (k)-[:ATTENDED]->(m) DELETE r }
            CALL (k, o) { MATCH (m)-[r:HELD_IN]->(o) MERGE (m)-[:HELD_IN]->(k) DELETE r }
            CALL (k, o) { MATCH (o)-[r:SAID]->(s) MERGE (k)-[:SAID]->(s) DELETE r }
            CALL (k, o) { MATCH (s)-[r:ABOUT]->(o) MERGE (s)-[:ABOUT]->(k) DELETE r }
            CALL (k, o) { MATCH (o)-[r:CRITICIZED]->(c) MERGE (k)-[:CRITICIZED]->(c) DELETE r }
            CALL (k, o) { MATCH (c)-[r:TARGETS]->(o) MERGE (c)-[:TARGETS]->(k) DELETE r }
            CALL (k, o) { MATCH (o)-[r:HOLDS_ROLE]->(x) MERGE (k)-[:HOLDS_ROLE]->(x) DELETE r }
            CALL (k, o) { MATCH (x)-[r:AT]->(o) MERGE (x)-[:AT]->(k) DELETE r }
            CALL (k, o) { MATCH (c:Claim)-[r:OF]->(o) MERGE (c)-[:OF]->(k) DELETE r }
            CALL (k, o) {
                MATCH (o)-[r:MENTIONED_IN]->(a)
                MERGE (k)-[m:MENTIONED_IN]->(a)
                SET m.count = coalesce(m.count, 0) + coalesce(r.count, 0)
                DELETE r
            }
            CALL (k, o) { MATCH (al:Alias)-[r:NAMES]->(o) MERGE (al)-[:NAMES]->(k) SET al.rule = 'curated: merged' DELETE r }
            CALL (k, o) { MATCH (o)-[r:POSSIBLY_SAME_AS]-(y) WHERE y <> k MERGE (k)-[p:POSSIBLY_SAME_AS]->(y) SET p.score = r.score, p.reason = r.reason DELETE r }
            CALL (k, o) { MATCH (c:Curation)-[r:CURATED]->(o) MERGE (c)-[:CURATED]->(k) DELETE r }
            """, """
            MATCH (k:Actor {id: $keep}), (o:Actor {id: $other})
            CREATE (c:Curation {kind: 'merge', detail: 'merged ' + o.name + ' (' + o.id + ') into this actor', at: datetime(),
                                other: o.id, otherName: o.name})
            CREATE (c)-[:CURATED]->(k)
            DETACH DELETE o
            """);

    private static final List<String> SPLIT = List.of("""
            MATCH (x:Actor {id: $id})
            MERGE (n:Actor {id: $newId})
            ON CREATE SET n.name = $names[0], n.type = x.type, n.aliases = $names, n.hub = false,
                          n.surnameKey = x.surnameKey, n.rule = 'curated: split'
            SET n:$(labels(x))
            SET n.aliasText = reduce(t = '', a IN n.aliases | t + ' ' + a)
            SET x.aliases = [a IN x.aliases WHERE NOT toLower(a) IN [m IN $names | toLower(m)]]
            SET x.name = CASE WHEN toLower(x.name) IN [m IN $names | toLower(m)] THEN x.aliases[0] ELSE x.name END
            SET x.aliasText = reduce(t = '', a IN x.aliases | t + ' ' + a)
            """, """
            MATCH (x:Actor {id: $id}), (n:Actor {id: $newId})
            MATCH (al:Alias)-[r:NAMES]->(x)
            WHERE toLower(al.name) IN [m IN $names | toLower(m)]
            DELETE r
            MERGE (al)-[:NAMES]->(n)
            SET al.rule = 'curated: split'
            """, """
            // Exact names, which resolution consults first, keep these names with the new actor from now on.
            MATCH (n:Actor {id: $newId})
            UNWIND $names AS name
            MERGE (al:Alias {key: 'n|' + toLower(trim(name))})
            SET al.name = name, al.rule = 'curated: split'
            WITH al, n
            OPTIONAL MATCH (al)-[old:NAMES]->()
            DELETE old
            MERGE (al)-[:NAMES]->(n)
            """, """
            // Facts move when every sentence citing them uses a split-off name and none uses a name that stays.
            MATCH (x:Actor {id: $id}), (n:Actor {id: $newId})
            MATCH (x)-[r]-(f)
            WHERE (f:Meeting OR f:Statement OR f:Criticism OR f:Role)
            WITH x, n, r, f, [(f)-[:EVIDENCED_BY]->(s:Sentence) | s.text] AS texts
            WHERE size(texts) > 0
              AND all(t IN texts WHERE any(m IN $names WHERE t CONTAINS m))
              AND none(t IN texts WHERE any(k IN x.aliases WHERE t CONTAINS k))
            WITH x, n, r, f, type(r) AS kind, startNode(r) = x AS outgoing
            CALL (n, f, kind, outgoing) {
                WITH n, f, kind, outgoing WHERE outgoing
                MERGE (n)-[:$(kind)]->(f)
            }
            CALL (n, f, kind, outgoing) {
                WITH n, f, kind, outgoing WHERE NOT outgoing
                MERGE (f)-[:$(kind)]->(n)
            }
            DELETE r
            """, """
            MATCH (n:Actor {id: $newId})-[]-(f)-[:EVIDENCED_BY]->(:Sentence)-[:IN]->(a:Article)
            WHERE f:Meeting OR f:Statement OR f:Criticism OR f:Role
            WITH n, a, count(*) AS facts
            MERGE (n)-[m:MENTIONED_IN]->(a)
            SET m.count = facts
            """, """
            MATCH (x:Actor {id: $id}), (n:Actor {id: $newId})
            CREATE (c:Curation {kind: 'split', detail: 'split ' + reduce(t = '', m IN $names | t + '"' + m + '" ') + 'off into ' + n.id,
                                at: datetime(), other: n.id})
            CREATE (c)-[:CURATED]->(x)
            CREATE (d:Curation {kind: 'split', detail: 'split off ' + x.name + ' (' + x.id + ')', at: datetime(), other: x.id})
            CREATE (d)-[:CURATED]->(n)
            MERGE (n)-[p:POSSIBLY_SAME_AS]->(x)
            SET p.score = 0.0, p.reason = 'split apart by a person'
            """);

    private static final String RENAME = """
            MATCH (x:Actor {id: $id})
            WITH x, x.name AS old
            SET x.name = $name,
                x.aliases = reduce(acc = x.aliases, n IN [old, $name] | CASE WHEN n IN acc THEN acc ELSE acc + n END)
            SET x.aliasText = reduce(t = '', a IN x.aliases | t + ' ' + a)
            CREATE (c:Curation {kind: 'rename', detail: 'renamed from ' + old + ' to ' + $name, at: datetime()})
            CREATE (c)-[:CURATED]->(x)
            WITH x
            WHERE $key <> ''
            MERGE (al:Alias {key: $key})
            ON CREATE SET al.name = $name, al.rule = 'curated: renamed'
            WITH x, al
            OPTIONAL MATCH (al)-[old:NAMES]->(other)
            WHERE other <> x
            DELETE old
            MERGE (al)-[:NAMES]->(x)
            WITH x
            MERGE (exact:Alias {key: 'n|' + toLower(trim($name))})
            ON CREATE SET exact.name = $name, exact.rule = 'curated: renamed'
            WITH x, exact
            OPTIONAL MATCH (exact)-[old:NAMES]->(other)
            WHERE other <> x
            DELETE old
            MERGE (exact)-[:NAMES]->(x)
            """;
}
