package org.newsgraph.graph;

/**
 * The statements that write an article, one per purpose, all parameterized and batched with UNWIND.
 *
 * <p>The statements whose lists vary from article to article ({@link #WRITE_ARTICLE}, {@link #ACTOR_LOOKUP},
 * {@link #EVENT_LOOKUP}, and {@link Derived#REFRESH}) take them in one map parameter, {@code $data}. Neo4j keys its
 * plan cache on the type and the size bucket (0, 1, up to 10, up to 100, ...) of every list and string parameter, so
 * with separate parameters an article with eleven aliases instead of nine, or a first possible match, needed a plan
 * of its own, and planning the article statement takes seconds; the contents of a map are not part of the key.
 */
final class WriteCypher {

    private WriteCypher() {
    }

    /**
     * Keeps the cached plan of these statements when the store's statistics change. By default Neo4j plans a
     * statement again once the statistics it was planned with have moved enough, at most every 10 s, and a store
     * being written moves fast (in the write benchmark, from 1,917 to 8,863 nodes in 20 s): the article statement was
     * planned again every 10-40 s, 1-3 s each time. Their plans do not depend on the statistics: every part starts
     * from a unique-constraint seek on a given id or key. Checked on the benchmark's articles: the plans made in an
     * empty store and after 300 articles differ only in where an Eager sits and in how the criticisms between a pair
     * are joined, both ways from the two actors' id seeks.
     */
    private static final String REUSE_PLAN = "CYPHER replan=skip\n";

    /**
     * Serializes writers: each article resolves against the graph as the previous one left it. A new store's lock
     * is marked as carrying the {@link Derived} properties (version {@code Derived.VERSION}) from its first write.
     */
    static final String LOCK = """
            MERGE (l:WriteLock {name: 'ingest'})
            ON CREATE SET l.derived = 1
            SET l.at = timestamp()
            """;

    /** {@link #LOCK}, then whether the article is already stored: one round trip. */
    static final String LOCK_AND_EXISTS = """
            MERGE (l:WriteLock {name: 'ingest'})
            ON CREATE SET l.derived = 1
            SET l.at = timestamp()
            WITH l
            OPTIONAL MATCH (a:Article {id: $id})
            RETURN a IS NOT NULL AS exists
            """;

    /** Articles sharing LSH bands with the new one; the original of a duplicate stands for it. */
    static final String NEAR_DUPLICATES = """
            UNWIND $bands AS key
            MATCH (:Band {key: key})<-[:HAS_BAND]-(other:Article)
            WITH other, count(*) AS shared
            WHERE shared >= $minShared
            OPTIONAL MATCH (other)-[:DUPLICATE_OF]->(original:Article)
            WITH coalesce(original, other) AS a, shared
            RETURN a.id AS id, a.minhash AS minhash, a.published AS published, a.outlet AS outlet, a.title AS title,
                   a.url AS url, shared
            ORDER BY shared DESC
            LIMIT 10
            """;

    /**
     * Writes a resolved article in one statement (one round trip instead of one per kind of row), each part a
     * subquery run in this order, so later parts see what earlier ones wrote. Idempotent: every node and
     * relationship is MERGEd on its id. Ends with {@link Derived#REFRESH} for the article's actors, meetings and
     * claim subjects.
     */
    static final String WRITE_ARTICLE = REUSE_PLAN + """
            CALL () {
              MERGE (a:Article {id: $data.id})
              SET a.title = $data.title, a.url = $data.url, a.outlet = $data.outlet, a.published = $data.published,
                  a.source = $data.source, a.contentHash = $data.contentHash, a.language = $data.language,
                  a.authors = $data.authors, a.minhash = $data.minhash, a.ingestedAt = datetime()
              FOREACH (name IN CASE WHEN $data.outlet IS NULL THEN [] ELSE [$data.outlet] END |
                  MERGE (o:Outlet {name: name})
                  MERGE (a)-[:PUBLISHED_BY]->(o))
              WITH a
              UNWIND $data.bands AS key
              MERGE (b:Band {key: key})
              MERGE (a)-[:HAS_BAND]->(b)
            }
            CALL () {
              WITH $data.duplicateOf AS original
              WHERE original IS NOT NULL
              MATCH (a:Article {id: $data.id}), (o:Article {id: original})
              MERGE (a)-[d:DUPLICATE_OF]->(o)
              SET d.similarity = $data.similarity
            }
            // Only sentences that are evidence are stored: they are what answers cite.
            CALL () {
              MATCH (a:Article {id: $data.id})
              UNWIND $data.sentences AS row
              MERGE (s:Sentence {id: row.id})
              SET s.index = row.index, s.text = row.text
              MERGE (s)-[:IN]->(a)
            }
            // New actors take the name and type they were first seen with; aliases accumulate.
            CALL () {
              MATCH (art:Article {id: $data.id})
              UNWIND $data.actors AS row
              MERGE (x:Actor {id: row.id})
              ON CREATE SET x.name = row.name, x.type = row.type, x.aliases = [], x.hub = row.hub, x.rule = row.rule
              SET x:$(row.label)
              // A person first known by surname alone takes the full name when an article gives it.
              SET x.name = CASE WHEN x.type = 'PERSON' AND NOT x.name CONTAINS ' ' AND row.name ENDS WITH (' ' + x.name)
                                THEN row.name ELSE x.name END
              SET x.aliases = reduce(acc = x.aliases, n IN row.aliases | CASE WHEN n IN acc THEN acc ELSE acc + n END),
                  x.surnameKey = coalesce(x.surnameKey, row.surnameKey),
                  x.hub = x.hub OR row.hub
              SET x.aliasText = reduce(t = '', n IN x.aliases | t + ' ' + n)
              MERGE (x)-[m:MENTIONED_IN]->(art)
              SET m.count = row.mentions
            }
            // An alias names one actor: the first to claim it keeps it.
            CALL () {
              UNWIND $data.aliases AS row
              MATCH (x:Actor {id: row.actor})
              MERGE (al:Alias {key: row.key})
              ON CREATE SET al.name = row.name, al.rule = row.rule
              WITH al, x
              WHERE NOT (al)-[:NAMES]->()
              MERGE (al)-[:NAMES]->(x)
            }
            CALL () {
              UNWIND $data.possiblySameAs AS row
              MATCH (a:Actor {id: row.actor}), (b:Actor {id: row.other})
              MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
              SET r.score = row.score, r.reason = row.reason
            }
            CALL () {
              UNWIND $data.meetings AS row
              MERGE (m:Meeting {id: row.id})
              SET m.date = row.date, m.datePrecision = row.datePrecision, m.status = row.status, m.disputed = row.disputed
              WITH m, row
              UNWIND row.participants AS pid
              MATCH (p:Actor {id: pid})
              MERGE (p)-[:ATTENDED]->(m)
            }
            // The place most sources agree on replaces the previous one.
            CALL () {
              UNWIND $data.meetings AS row
              MATCH (m:Meeting {id: row.id})
              OPTIONAL MATCH (m)-[old:HELD_IN]->()
              DELETE old
              WITH DISTINCT m, row
              WHERE row.place IS NOT NULL
              MATCH (p:Actor {id: row.place})
              MERGE (m)-[:HELD_IN]->(p)
            }
            CALL () {
              UNWIND $data.statements AS row
              MATCH (sp:Actor {id: row.speaker})
              MERGE (s:Statement {id: row.id})
              SET s.text = CASE WHEN s.text IS NULL OR size(row.text) > size(s.text) THEN row.text ELSE s.text END,
                  s.direct = coalesce(s.direct, false) OR row.direct,
                  s.date = coalesce(s.date, row.date)
              MERGE (sp)-[:SAID]->(s)
              WITH s, row
              UNWIND row.about AS aid
              MATCH (ab:Actor {id: aid})
              MERGE (s)-[:ABOUT]->(ab)
            }
            CALL () {
              UNWIND $data.criticisms AS row
              MATCH (c:Actor {id: row.critic}), (t:Actor {id: row.target})
              MERGE (x:Criticism {id: row.id})
              ON CREATE SET x.kind = row.kind
              SET x.date = coalesce(x.date, row.date), x.quote = coalesce(x.quote, row.quote)
              MERGE (c)-[:CRITICIZED]->(x)
              MERGE (x)-[:TARGETS]->(t)
            }
            CALL () {
              UNWIND $data.roles AS row
              MATCH (p:Actor {id: row.person})
              MERGE (r:Role {id: row.id})
              SET r.title = row.title
              MERGE (p)-[:HOLDS_ROLE]->(r)
              WITH r, row
              WHERE row.organization IS NOT NULL
              MATCH (o:Actor {id: row.organization})
              MERGE (r)-[:AT]->(o)
            }
            CALL () {
              UNWIND $data.meetingEvidence AS row
              MATCH (f:Meeting {id: row.fact}), (s:Sentence {id: row.sentence})
              MERGE (f)-[e:EVIDENCED_BY]->(s)
              SET e.confidence = row.confidence, e.rule = row.rule, e.date = row.date, e.place = row.place
            }
            CALL () {
              UNWIND $data.statementEvidence AS row
              MATCH (f:Statement {id: row.fact}), (s:Sentence {id: row.sentence})
              MERGE (f)-[e:EVIDENCED_BY]->(s)
              SET e.confidence = row.confidence, e.rule = row.rule
            }
            CALL () {
              UNWIND $data.criticismEvidence AS row
              MATCH (f:Criticism {id: row.fact}), (s:Sentence {id: row.sentence})
              MERGE (f)-[e:EVIDENCED_BY]->(s)
              SET e.confidence = row.confidence, e.rule = row.rule, e.kind = row.kind
            }
            CALL () {
              UNWIND $data.roleEvidence AS row
              MATCH (f:Role {id: row.fact}), (s:Sentence {id: row.sentence})
              MERGE (f)-[e:EVIDENCED_BY]->(s)
              SET e.confidence = row.confidence, e.rule = row.rule
            }
            // One claim per source: where outlets state different numbers for one thing, both stay, each cited.
            CALL () {
              UNWIND $data.claims AS row
              MATCH (x:Actor {id: row.subject}), (s:Sentence {id: row.sentence})
              MERGE (c:Claim {id: row.fact})
              SET c.attribute = row.attribute, c.value = row.value, c.approximate = row.approximate, c.text = row.text
              MERGE (c)-[:OF]->(x)
              MERGE (c)-[e:EVIDENCED_BY]->(s)
              SET e.confidence = row.confidence, e.rule = row.rule
            }
            // What the writer derives, refreshed in the same statement.
            """ + Derived.REFRESH;

    // ---- what resolution reads ------------------------------------------------------------------------
    // Each read takes many arguments at once: BatchedGraphView asks for everything one article needs in two
    // round trips, and TxGraphView asks for one thing with the same statements, so both see the same answers.

    /** Actors by alias key, and people by surname key, ordered so the answer does not depend on storage order. */
    static final String ACTOR_LOOKUP = REUSE_PLAN + """
            CALL () {
              UNWIND $data.keys AS k
              MATCH (:Alias {key: k})-[:NAMES]->(x:Actor)
              RETURN collect({key: k, id: x.id}) AS aliases
            }
            CALL () {
              UNWIND $data.surnameKeys AS key
              MATCH (x:Actor {surnameKey: key})
              WITH key, x ORDER BY key, x.id
              RETURN collect({key: key, id: x.id, name: x.name, type: x.type, aliases: x.aliases}) AS persons
            }
            RETURN aliases, persons
            """;

    /**
     * Statements by the speakers, criticisms between the pairs (rows of critic and target), and meetings any of the
     * meeting actors attended, with every participant and what each source said of date and place.
     */
    static final String EVENT_LOOKUP = REUSE_PLAN + """
            CALL () {
              UNWIND $data.speakers AS sid
              MATCH (:Actor {id: sid})-[:SAID]->(s:Statement)
              WITH sid, s ORDER BY sid, s.id
              RETURN collect({speaker: sid, id: s.id, text: s.text}) AS statements
            }
            CALL () {
              UNWIND $data.pairs AS pair
              MATCH (:Actor {id: pair.critic})-[:CRITICIZED]->(c:Criticism)-[:TARGETS]->(:Actor {id: pair.target})
              WITH pair, c ORDER BY pair.critic, pair.target, c.id
              RETURN collect({critic: pair.critic, target: pair.target, id: c.id, kind: c.kind, date: c.date}) AS criticisms
            }
            CALL () {
              UNWIND $data.meetingActors AS aid
              MATCH (:Actor {id: aid})-[:ATTENDED]->(m:Meeting)
              WITH DISTINCT m
              CALL (m) {
                MATCH (p:Actor)-[:ATTENDED]->(m)
                RETURN collect(p.id) AS participants
              }
              CALL (m) {
                OPTIONAL MATCH (m)-[e:EVIDENCED_BY]->(:Sentence)-[:IN]->(a:Article)
                RETURN collect({article: a.id, date: e.date, place: e.place}) AS claims
              }
              WITH m, participants, claims ORDER BY m.id
              RETURN collect({id: m.id, status: m.status, participants: participants, claims: claims}) AS meetings
            }
            RETURN statements, criticisms, meetings
            """;

    static final String NAMES_OF = """
            MATCH (x:Actor {id: $id})
            UNWIND [x.name] + x.aliases AS name
            RETURN DISTINCT name
            """;
}
