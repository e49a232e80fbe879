package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Properties the writer derives from what it has just written, so that questions can start from an index instead of
 * reading the whole graph:
 * <ul>
 *   <li>{@code Actor.degree}: how many meetings, statements, criticisms and roles the actor is tied to (the
 *       relationships {@code connection.cypher} walks). Path-finding passes through actors above a threshold no more
 *       than through countries: nearly everyone connects through them, and searching through them costs as much as
 *       the graph is big.</li>
 *   <li>{@code Meeting.conflicting = true}: the meeting's sources state dates neither of which lies within the other,
 *       or different places: exactly what {@code conflicts.cypher} reports (a wider test than {@code disputed}, which
 *       lets "Miami" and "Florida" agree). Absent otherwise, so the index holds only the conflicting few.</li>
 *   <li>{@code Claim.conflicting = true}: the claim's subject has claims of the same attribute with different values,
 *       what {@code claim-conflicts.cypher} reports.</li>
 * </ul>
 * The writer refreshes them for the actors, meetings and claims of each article it writes, in the same transaction;
 * curation refreshes them for the actors it changes. A store written before these properties existed is filled in
 * once by {@link #backfill}, which {@link Schema#apply} runs when the store's {@code WriteLock} node has no
 * {@code derived} mark. The queries read the flags only in a store carrying that mark, so a graph loaded some other
 * way (a test fixture, a hand-made graph) is still answered, by reading all of it.
 */
public final class Derived {

    /** Marks a store whose derived properties are complete (on the {@code WriteLock} node). */
    static final int VERSION = 1;

    private static final int BATCH = 10_000;

    private Derived() {
    }

    /**
     * Refreshes the derived properties of the actors ({@code $actorIds}), meetings ({@code $meetingIds}) and claim
     * subjects ({@code $claimSubjects}: rows of subject id and attribute) given, in one statement.
     */
    static final String REFRESH = """
            CALL () {
              UNWIND $data.actorIds AS id
              MATCH (x:Actor {id: id})
              SET x.degree = COUNT { (x)-[:ATTENDED|CRITICIZED|TARGETS|SAID|ABOUT|HOLDS_ROLE|AT]-() }
            }
            // The same test as conflicts.cypher: dates conflict when neither is a prefix of the other; places when
            // they differ.
            CALL () {
              UNWIND $data.meetingIds AS id
              MATCH (m:Meeting {id: id})
              WITH m,
                   COLLECT { MATCH (m)-[e:EVIDENCED_BY]->(:Sentence) WHERE e.date IS NOT NULL RETURN DISTINCT e.date } AS dates,
                   COLLECT { MATCH (m)-[e:EVIDENCED_BY]->(:Sentence) WHERE e.place IS NOT NULL RETURN DISTINCT e.place } AS places
              SET m.conflicting = CASE WHEN size(places) > 1
                                         OR any(x IN dates WHERE any(y IN dates WHERE NOT (x STARTS WITH y OR y STARTS WITH x)))
                                       THEN true END
            }
            // The same values as claim-conflicts.cypher: whole numbers without decimals, approximate ones marked.
            CALL () {
              UNWIND $data.claimSubjects AS row
              WITH DISTINCT row.subject AS subject, row.attribute AS attribute
              MATCH (:Actor {id: subject})<-[:OF]-(c:Claim)
              WHERE c.attribute = attribute
              WITH subject, attribute, collect(c) AS claims,
                   count(DISTINCT CASE WHEN c.approximate THEN '~' ELSE '' END
                                  + CASE WHEN c.value = toInteger(c.value) THEN toString(toInteger(c.value))
                                         ELSE toString(c.value) END) AS values
              FOREACH (c IN claims | SET c.conflicting = CASE WHEN values > 1 THEN true END)
            }
            """;

    private static final String MARK = """
            MERGE (l:WriteLock {name: 'ingest'})
            SET l.derived = $version
            """;

    private static final String NEEDS_BACKFILL = """
            OPTIONAL MATCH (l:WriteLock {name: 'ingest'})
            RETURN l IS NOT NULL AND l.derived IS NULL AS needed
            """;

    /** Refreshes the derived properties of these actors, meetings and claim subjects, inside a write transaction. */
    static void refresh(SimpleQueryRunner tx, List<String> actorIds, List<String> meetingIds,
                        List<Map<String, Object>> claimSubjects) {
        if (actorIds.isEmpty() && meetingIds.isEmpty() && claimSubjects.isEmpty()) {
            return;
        }
        tx.run(REFRESH, Map.of("data", Map.of("actorIds", actorIds, "meetingIds", meetingIds,
                "claimSubjects", claimSubjects))).consume();
    }

    /** True when the store holds articles written before the derived properties existed. */
    static boolean needsBackfill(Driver driver) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(NEEDS_BACKFILL).single().get("needed").asBoolean());
        }
    }

    /**
     * Computes every derived property of the whole graph, in transactions of {@value #BATCH} nodes, and marks the
     * store as carrying them. Idempotent. For a store written some other way than by {@link ArticleWriter} (an old
     * store, the benchmark's synthetic graph).
     */
    public static void backfill(Driver driver) {
        try (Session session = driver.session()) {
            List<String> actors = session.executeRead(tx -> tx.run("MATCH (x:Actor) RETURN x.id AS id")
                    .list(r -> r.get("id").asString()));
            for (List<String> part : chunks(actors)) {
                session.executeWriteWithoutResult(tx -> refresh(tx, part, List.of(), List.of()));
            }
            List<String> meetings = session.executeRead(tx -> tx.run("MATCH (m:Meeting) RETURN m.id AS id")
                    .list(r -> r.get("id").asString()));
            for (List<String> part : chunks(meetings)) {
                session.executeWriteWithoutResult(tx -> refresh(tx, List.of(), part, List.of()));
            }
            List<Map<String, Object>> subjects = session.executeRead(tx -> tx.run("""
                    MATCH (c:Claim)-[:OF]->(x:Actor)
                    WHERE c.attribute IS NOT NULL
                    RETURN DISTINCT x.id AS subject, c.attribute AS attribute
                    """).list(r -> Map.<String, Object>of("subject", r.get("subject").asString(),
                    "attribute", r.get("attribute").asString())));
            for (List<Map<String, Object>> part : chunks(subjects)) {
                session.executeWriteWithoutResult(tx -> refresh(tx, List.of(), List.of(), part));
            }
            session.executeWriteWithoutResult(tx -> tx.run(MARK, Map.of("version", VERSION)).consume());
        }
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            out.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return out;
    }
}
