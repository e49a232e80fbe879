package org.newsgraph.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
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
import org.newsgraph.graph.ArticleWriter;
import org.newsgraph.graph.EmbeddedNeo4j;
import org.newsgraph.graph.Schema;
import org.newsgraph.resolve.Ids;
import org.newsgraph.resolve.Resolver;
import org.newsgraph.source.Document;
import org.newsgraph.source.Fingerprint;

/**
 * Write throughput of the real writer ({@link ArticleWriter}: lock, duplicate check, resolution against the graph,
 * MERGE of every node) against the least a store must do for the same rows: plain {@code UNWIND … CREATE} (MERGE only
 * for the actors and aliases that articles share), with the ids worked out beforehand. Both write one transaction
 * per article, as ingestion does, into a fresh store, after a warm-up of other articles in the same store.
 *
 * <p>The articles are made up: about ten actors each, drawn from a Zipf law over a pool so that later articles name
 * actors earlier ones did (resolution has work), with three meetings, four statements, two criticisms and a role.
 */
public final class WriteBench {

    /** One article as the writer takes it, and as raw rows. */
    private record Synthetic(ArticleInput input, Map<String, Object> raw) {
    }

    record Result(double writerArticlesPerSecond, double rawArticlesPerSecond, int articles, int facts) {
        double ratio() {
            return writerArticlesPerSecond / rawArticlesPerSecond;
        }
    }

    private static final String[] GIVEN = {"Aldo", "Bera", "Cato", "Dena", "Elio", "Fara", "Gito", "Hana", "Ivo",
            "Jara", "Kemo", "Lina", "Maro", "Nela", "Oren", "Pia"};

    private final int articles;
    private final long seed;
    private final PrintStream out;
    private final PrintStream log;

    public WriteBench(int articles, long seed, PrintStream out, PrintStream log) {
        this.articles = articles;
        this.seed = seed;
        this.out = out;
        this.log = log;
    }

    public Result run() {
        List<Synthetic> warm = make(Math.max(20, articles / 5), seed + 1, "w");
        List<Synthetic> timed = make(articles, seed, "t");
        int facts = timed.stream().mapToInt(s -> {
            ArticleFacts f = s.input().facts();
            return f.meetings().size() + f.statements().size() + f.criticisms().size() + f.roles().size();
        }).sum();
        log.printf("bench: writing %d warm-up and %d timed articles with the writer%n", warm.size(), articles);
        double writerSeconds = writer(warm, timed);
        log.printf("bench: writing %d warm-up and %d timed articles raw%n", warm.size(), articles);
        double rawSeconds = raw(warm, timed);
        Result r = new Result(articles / writerSeconds, articles / rawSeconds, articles, facts);
        out.printf(Locale.ROOT, "RESULT write articles/s=%.1f facts/s=%.1f articles=%d%n",
                r.writerArticlesPerSecond(), facts / writerSeconds, articles);
        out.printf(Locale.ROOT, "RESULT raw articles/s=%.1f facts/s=%.1f articles=%d%n",
                r.rawArticlesPerSecond(), facts / rawSeconds, articles);
        out.printf(Locale.ROOT, "RATIO write/raw=%.2f%n", r.ratio());
        return r;
    }

    /*
     * The warm-up goes into the same store as the timed articles: Neo4j caches plans per database, so a warm-up
     * in another store leaves the first plans (seconds for the writer's statements) inside the timed run, a cost
     * paid once per process, not per article.
     */
    private double writer(List<Synthetic> warm, List<Synthetic> timed) {
        return inFreshStore(driver -> {
            ArticleWriter writer = new ArticleWriter(driver, new Resolver());
            warm.forEach(s -> writer.write(s.input()));
            long t = System.nanoTime();
            for (Synthetic s : timed) {
                writer.write(s.input());
            }
            return (System.nanoTime() - t) / 1e9;
        });
    }

    private double raw(List<Synthetic> warm, List<Synthetic> timed) {
        return inFreshStore(driver -> {
            try (Session session = driver.session()) {
                warm.forEach(s -> session.executeWriteWithoutResult(tx -> writeRaw(tx, s.raw())));
                long t = System.nanoTime();
                for (Synthetic s : timed) {
                    session.executeWriteWithoutResult(tx -> writeRaw(tx, s.raw()));
                }
                return (System.nanoTime() - t) / 1e9;
            }
        });
    }

    private interface Timed {
        double run(Driver driver);
    }

    private static double inFreshStore(Timed work) {
        Path store = IngestBench.tempDir("newsgraph-bench-write");
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(EmbeddedNeo4j.Options.forStore(store));
             Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            Schema.apply(driver);
            return work.run(driver);
        } finally {
            IngestBench.deleteTree(store);
        }
    }

    // ---- raw ------------------------------------------------------------------------------------------------

    private static final String RAW_ARTICLE = """
            CREATE (a:Article {id: $id, title: $title, outlet: $outlet, published: $published, source: $source,
                               contentHash: $contentHash, language: 'en', authors: [], minhash: $minhash,
                               ingestedAt: datetime()})
            MERGE (o:Outlet {name: $outlet})
            CREATE (a)-[:PUBLISHED_BY]->(o)
            WITH a
            UNWIND $bands AS key
            MERGE (b:Band {key: key})
            CREATE (a)-[:HAS_BAND]->(b)
            """;

    private static final String RAW_SENTENCES = """
            MATCH (a:Article {id: $article})
            UNWIND $rows AS row
            CREATE (:Sentence {id: row.id, index: row.index, text: row.text})-[:IN]->(a)
            """;

    private static final String RAW_ACTORS = """
            MATCH (art:Article {id: $article})
            UNWIND $rows AS row
            MERGE (x:Actor {id: row.id})
            ON CREATE SET x.name = row.name, x.type = row.type, x.aliases = row.aliases, x.aliasText = row.aliasText,
                          x.surnameKey = row.surnameKey, x.hub = false, x.rule = 'new'
            SET x:$(row.label)
            CREATE (x)-[:MENTIONED_IN {count: row.mentions}]->(art)
            WITH x, row
            UNWIND row.keys AS key
            MERGE (al:Alias {key: key})
            ON CREATE SET al.name = row.name, al.rule = 'new'
            MERGE (al)-[:NAMES]->(x)
            """;

    private static final String RAW_MEETINGS = """
            UNWIND $rows AS row
            CREATE (m:Meeting {id: row.id, date: row.date, status: 'HELD', disputed: false})
            WITH m, row
            CALL (m, row) {
              UNWIND row.participants AS pid
              MATCH (p:Actor {id: pid})
              CREATE (p)-[:ATTENDED]->(m)
            }
            WITH m, row
            MATCH (s:Sentence {id: row.sentence})
            CREATE (m)-[:EVIDENCED_BY {confidence: 0.9, rule: 'bench', date: row.date}]->(s)
            """;

    private static final String RAW_STATEMENTS = """
            UNWIND $rows AS row
            MATCH (sp:Actor {id: row.speaker}), (s:Sentence {id: row.sentence})
            CREATE (sp)-[:SAID]->(st:Statement {id: row.id, text: row.text, direct: true, date: row.date})
                   -[:EVIDENCED_BY {confidence: 0.9, rule: 'bench'}]->(s)
            WITH st, row
            UNWIND row.about AS aid
            MATCH (ab:Actor {id: aid})
            CREATE (st)-[:ABOUT]->(ab)
            """;

    private static final String RAW_CRITICISMS = """
            UNWIND $rows AS row
            MATCH (c:Actor {id: row.critic}), (t:Actor {id: row.target}), (s:Sentence {id: row.sentence})
            CREATE (c)-[:CRITICIZED]->(x:Criticism {id: row.id, kind: 'CRITICIZE', date: row.date})-[:TARGETS]->(t)
            CREATE (x)-[:EVIDENCED_BY {confidence: 0.9, rule: 'bench', kind: 'CRITICIZE'}]->(s)
            """;

    private static final String RAW_ROLES = """
            UNWIND $rows AS row
            MATCH (p:Actor {id: row.person}), (o:Actor {id: row.organization}), (s:Sentence {id: row.sentence})
            CREATE (p)-[:HOLDS_ROLE]->(r:Role {id: row.id, title: row.title})-[:AT]->(o)
            CREATE (r)-[:EVIDENCED_BY {confidence: 0.9, rule: 'bench'}]->(s)
            """;

    @SuppressWarnings("unchecked")
    private static void writeRaw(TransactionContext tx, Map<String, Object> raw) {
        tx.run(RAW_ARTICLE, (Map<String, Object>) raw.get("article")).consume();
        String id = (String) ((Map<String, Object>) raw.get("article")).get("id");
        for (String[] step : new String[][] {{RAW_SENTENCES, "sentences"}, {RAW_ACTORS, "actors"},
                {RAW_MEETINGS, "meetings"}, {RAW_STATEMENTS, "statements"}, {RAW_CRITICISMS, "criticisms"},
                {RAW_ROLES, "roles"}}) {
            tx.run(step[0], Map.of("article", id, "rows", raw.get(step[1]))).consume();
        }
    }

    // ---- synthetic articles -------------------------------------------------------------------------------

    private static List<Synthetic> make(int n, long seed, String tag) {
        SplittableRandom random = new SplittableRandom(seed);
        int pool = 2000;
        Zipf law = new Zipf(pool, 0.8);
        List<Synthetic> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(article(tag + i, random, law));
        }
        return out;
    }

    private static String poolName(int rank) {
        return rank % 4 == 3 ? SyntheticGraph.word(rank + 400) + " Council"
                : GIVEN[rank % GIVEN.length] + " " + SyntheticGraph.word(rank + 400);
    }

    private static Synthetic article(String tag, SplittableRandom random, Zipf law) {
        // Seven people and three organizations, drawn from the pool's law (every fourth rank is an organization).
        List<Integer> ranks = new ArrayList<>();
        int people = 0;
        while (ranks.size() < 10) {
            int r = law.next(random);
            boolean org = r % 4 == 3;
            if (!ranks.contains(r) && (org ? ranks.size() - people < 3 : people < 7)) {
                ranks.add(r);
                people += org ? 0 : 1;
            }
        }
        List<ActorRef> refs = new ArrayList<>();
        List<Integer> persons = new ArrayList<>();
        List<Integer> orgs = new ArrayList<>();
        for (int i = 0; i < ranks.size(); i++) {
            int rank = ranks.get(i);
            boolean org = rank % 4 == 3;
            refs.add(new ActorRef("a" + i, poolName(rank), org ? ActorType.ORGANIZATION : ActorType.PERSON,
                    List.of(), 1 + random.nextInt(4)));
            (org ? orgs : persons).add(i);
        }
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sentences.add("Background sentence " + i + " of article " + tag + ", with no fact in it.");
        }
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
        PartialDate date = PartialDate.of(day);
        List<Meeting> meetings = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        List<Criticism> criticisms = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String a = "a" + persons.get(random.nextInt(persons.size()));
            String b;
            do {
                b = "a" + random.nextInt(refs.size());
            } while (b.equals(a));
            meetings.add(new Meeting(List.of(a, b), date, null, MeetingStatus.HELD,
                    List.of(evidence(sentences, name(refs, a) + " met " + name(refs, b) + " (" + tag + "/" + i + ")."))));
        }
        for (int i = 0; i < 4; i++) {
            String s = "a" + persons.get(random.nextInt(persons.size()));
            String about = "a" + random.nextInt(refs.size());
            String words = "We will keep talking about item " + i + " of " + tag;
            statements.add(new Statement(s, words, true, date, about.equals(s) ? List.of() : List.of(about),
                    evidence(sentences, "\"" + words + ",\" " + name(refs, s) + " said.")));
        }
        for (int i = 0; i < 2; i++) {
            String c = "a" + random.nextInt(refs.size());
            String t;
            do {
                t = "a" + random.nextInt(refs.size());
            } while (t.equals(c));
            criticisms.add(new Criticism(c, t, CriticismKind.CRITICIZE, null, date,
                    evidence(sentences, name(refs, c) + " criticized " + name(refs, t) + " (" + tag + "/" + i + ").")));
        }
        String p = "a" + persons.get(0);
        String o = "a" + orgs.get(0);
        roles.add(new Role(p, "spokesperson", o,
                evidence(sentences, name(refs, p) + ", spokesperson of " + name(refs, o) + ", spoke.")));

        String text = String.join(" ", sentences);
        Document doc = new Document("synthetic/" + tag + ".txt", "Synthetic " + tag, "Bench Wire", day, List.of(),
                null, text, "en", List.of());
        ArticleFacts facts = new ArticleFacts(doc, sentences, refs, meetings, statements, criticisms, roles);
        Fingerprint fp = Fingerprint.of(text);
        String id = "art-" + fp.contentHash().substring(0, 16);
        ArticleInput input = new ArticleInput(id, fp.contentHash(), fp.bands(), fp.signature(), facts);
        return new Synthetic(input, raw(id, fp, facts));
    }

    private static String name(List<ActorRef> refs, String local) {
        return refs.get(Integer.parseInt(local.substring(1))).name();
    }

    private static Evidence evidence(List<String> sentences, String text) {
        sentences.add(text);
        return new Evidence(sentences.size() - 1, text, 0, text.length(), 0.9, "bench");
    }

    /** The same article as rows with final ids, which the raw writer is handed. */
    private static Map<String, Object> raw(String id, Fingerprint fp, ArticleFacts f) {
        Map<String, String> ids = new HashMap<>();
        List<Map<String, Object>> actors = new ArrayList<>();
        for (ActorRef a : f.actors()) {
            boolean person = a.type() == ActorType.PERSON;
            String key = (person ? "p|" : "o|") + a.name().toLowerCase(Locale.ROOT);
            String actorId = Ids.of(person ? "per" : "org", key);
            ids.put(a.localId(), actorId);
            Map<String, Object> row = new HashMap<>();
            row.put("id", actorId);
            row.put("name", a.name());
            row.put("type", a.type().name());
            row.put("label", person ? "Person" : "Organization");
            row.put("aliases", List.of(a.name()));
            row.put("aliasText", " " + a.name());
            row.put("surnameKey", person ? a.name().substring(a.name().indexOf(' ') + 1).toLowerCase(Locale.ROOT) : null);
            row.put("mentions", a.mentions());
            row.put("keys", List.of(key));
            actors.add(row);
        }
        List<Map<String, Object>> sentences = new ArrayList<>();
        java.util.TreeSet<Integer> used = new java.util.TreeSet<>();
        f.meetings().forEach(m -> m.evidence().forEach(e -> used.add(e.sentenceIndex())));
        f.statements().forEach(s -> used.add(s.evidence().sentenceIndex()));
        f.criticisms().forEach(c -> used.add(c.evidence().sentenceIndex()));
        f.roles().forEach(r -> used.add(r.evidence().sentenceIndex()));
        for (int i : used) {
            sentences.add(Map.of("id", id + ":" + i, "index", i, "text", f.sentences().get(i)));
        }
        List<Map<String, Object>> meetings = new ArrayList<>();
        int n = 0;
        for (Meeting m : f.meetings()) {
            meetings.add(Map.of("id", Ids.of("mtg", id, Integer.toString(n++)),
                    "participants", m.participants().stream().map(ids::get).toList(),
                    "date", m.date().iso(), "sentence", id + ":" + m.evidence().get(0).sentenceIndex()));
        }
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Statement s : f.statements()) {
            statements.add(Map.of("id", Ids.of("stm", id, Integer.toString(n++)), "speaker", ids.get(s.speaker()),
                    "text", s.text(), "date", s.date().iso(), "about", s.about().stream().map(ids::get).toList(),
                    "sentence", id + ":" + s.evidence().sentenceIndex()));
        }
        List<Map<String, Object>> criticisms = new ArrayList<>();
        for (Criticism c : f.criticisms()) {
            criticisms.add(Map.of("id", Ids.of("crt", id, Integer.toString(n++)), "critic", ids.get(c.critic()),
                    "target", ids.get(c.target()), "date", c.date().iso(),
                    "sentence", id + ":" + c.evidence().sentenceIndex()));
        }
        List<Map<String, Object>> roles = new ArrayList<>();
        for (Role r : f.roles()) {
            roles.add(Map.of("id", Ids.of("rol", id, Integer.toString(n++)), "person", ids.get(r.person()),
                    "organization", ids.get(r.organization()), "title", r.title(),
                    "sentence", id + ":" + r.evidence().sentenceIndex()));
        }
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", id);
        article.put("title", f.document().title());
        article.put("outlet", f.document().outlet());
        article.put("published", f.document().published().toString());
        article.put("source", f.document().source());
        article.put("contentHash", fp.contentHash());
        article.put("minhash", fp.signature());
        article.put("bands", fp.bands());
        Map<String, Object> raw = new HashMap<>();
        raw.put("article", article);
        raw.put("sentences", sentences);
        raw.put("actors", actors);
        raw.put("meetings", meetings);
        raw.put("statements", statements);
        raw.put("criticisms", criticisms);
        raw.put("roles", roles);
        return raw;
    }
}
