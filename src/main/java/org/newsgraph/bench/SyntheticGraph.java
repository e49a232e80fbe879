package org.newsgraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.resolve.Ids;

/**
 * A made-up graph in newsgraph's model (docs/graph-model.md) at a chosen number of events, for timing the named
 * questions as the graph grows. Everything is invented: names are built from syllables, sentences from templates.
 *
 * <p>Shape, per size E (events): E/5 actors, E/4 articles from 40 outlets, events split 30% meetings, 40%
 * statements, 20% criticisms, 10% roles; each event cites one sentence of its article and a quarter cite a second
 * article too (some of those disagree on a meeting's date or place, so {@code conflicts} has work). Who takes part is
 * drawn from a Zipf law over the actors (exponent 0.8 by default): a few actors (the hubs of the news) are in a
 * large share of events, most in a handful. Because the number of actors grows with E, an actor drawn from that law
 * has about as many events at 10k as at 1M, while the largest actors grow with the graph; so the median question is
 * about an actor of the same size at every scale (what index-anchored queries should make constant), and the
 * slowest percentiles are about the hubs.
 *
 * <p>Written in batches with {@code UNWIND … CREATE} (ids are unique by construction, so no MERGE is needed), after
 * the real schema, one transaction per batch.
 */
public final class SyntheticGraph {

    /** What was written, to check against the store. */
    public record Counts(Map<String, Long> nodes, Map<String, Long> relationships) {
    }

    /** One actor: rank 0 is the most frequent. */
    record Actor(String id, String name, String type, String label, List<String> aliases, String surnameKey,
                 boolean hub) {
    }

    static final double DEFAULT_EXPONENT = 0.8;
    private static final int OUTLETS = 40;
    private static final int HUB_PLACES = 150;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 730;

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "be", "da", "fi",
            "go", "ha", "je", "ku", "la", "mo", "ni", "po", "re", "su", "ta", "vi", "zo"};
    private static final String[] GIVEN = {"Aldo", "Bera", "Cato", "Dena", "Elio", "Fara", "Gito", "Hana", "Ivo",
            "Jara", "Kemo", "Lina", "Maro", "Nela", "Oren", "Pia", "Quin", "Rasa", "Selo", "Tira", "Ugo", "Vela",
            "Wim", "Xana", "Yuro", "Zita", "Amon", "Brin", "Cora", "Dov"};
    private static final String[] HONORIFICS = {"Mr", "Ms", "Dr", "President", "Minister"};
    private static final String[] ORG_KINDS = {"Institute", "Ministry", "Party", "Union", "Council", "Bank",
            "Agency", "Alliance", "Company", "Court"};
    private static final String[] TITLES = {"president", "prime minister", "foreign minister", "special envoy",
            "spokesperson", "chief executive", "chair", "defence minister", "ambassador", "general secretary",
            "finance minister", "adviser", "deputy head", "senior aide", "mayor", "governor", "director",
            "party leader", "chief negotiator", "press secretary"};
    private static final String[] KINDS = {"CRITICIZE", "ACCUSE", "REJECT", "DENOUNCE", "DEMAND"};
    private static final String[] RULES = {"svo-meet", "met-with", "talks-between", "quote-said", "reported-said",
            "criticize-verb", "accuse-of", "appos-title", "title-name"};
    private static final String[] TOPICS = {"the border", "the ceasefire", "grain exports", "the budget",
            "the election", "energy prices", "the strike", "the trade deal", "the inquiry", "sanctions"};

    private final int events;
    private final int actorCount;
    private final int articles;
    private final long seed;
    private final Zipf zipf;
    private final List<Actor> actors = new ArrayList<>();
    private final Map<String, Long> nodeCounts = new LinkedHashMap<>();
    private final Map<String, Long> relCounts = new LinkedHashMap<>();

    public SyntheticGraph(int events, long seed) {
        this(events, seed, DEFAULT_EXPONENT);
    }

    public SyntheticGraph(int events, long seed, double exponent) {
        if (events < 20) {
            throw new IllegalArgumentException("at least 20 events: " + events);
        }
        this.events = events;
        this.actorCount = Math.max(50, events / 5);
        this.articles = Math.max(5, events / 4);
        this.seed = seed;
        this.zipf = new Zipf(actorCount, exponent);
        makeActors();
    }

    public int events() {
        return events;
    }

    List<Actor> actors() {
        return actors;
    }

    /** An actor drawn from the same law as the events draw their actors from, satisfying the test. */
    Actor draw(SplittableRandom random, IntPredicate accept) {
        while (true) {
            int rank = zipf.next(random);
            if (accept.test(rank)) {
                return actors.get(rank);
            }
        }
    }

    boolean isPerson(int rank) {
        return actors.get(rank).type().equals("PERSON");
    }

    boolean canAct(int rank) {
        String t = actors.get(rank).type();
        return t.equals("PERSON") || t.equals("ORGANIZATION");
    }

    boolean isPlace(int rank) {
        return actors.get(rank).type().equals("PLACE");
    }

    boolean isOrganization(int rank) {
        return actors.get(rank).type().equals("ORGANIZATION");
    }

    boolean notHub(int rank) {
        return !actors.get(rank).hub();
    }

    // ---- actors ----------------------------------------------------------------------------------------

    /** A capitalized made-up word, different for every n. */
    static String word(int n) {
        StringBuilder b = new StringBuilder();
        int x = n;
        do {
            b.append(SYLLABLES[x % SYLLABLES.length]);
            x /= SYLLABLES.length;
        } while (x > 0);
        if (b.length() < 4) {
            b.append("ra");
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    private void makeActors() {
        SplittableRandom random = new SplittableRandom(seed);
        int places = 0;
        for (int rank = 0; rank < actorCount; rank++) {
            double u = random.nextDouble();
            String w = word(rank + 31);
            List<String> aliases = new ArrayList<>();
            Actor a;
            if (u < 0.60) {
                String name = GIVEN[random.nextInt(GIVEN.length)] + " " + w;
                aliases.add(name);
                double v = random.nextDouble();
                if (v < 0.3) {
                    aliases.add(w);
                } else if (v < 0.5) {
                    aliases.add(HONORIFICS[random.nextInt(HONORIFICS.length)] + " " + w);
                }
                a = new Actor(Ids.of("per", name), name, "PERSON", "Person", aliases, w.toLowerCase(Locale.ROOT), false);
            } else if (u < 0.85) {
                String name = w + " " + ORG_KINDS[random.nextInt(ORG_KINDS.length)];
                aliases.add(name);
                if (random.nextDouble() < 0.3) {
                    aliases.add(w.substring(0, 2).toUpperCase(Locale.ROOT) + name.charAt(name.indexOf(' ') + 1));
                }
                a = new Actor(Ids.of("org", name), name, "ORGANIZATION", "Organization", aliases, null, false);
            } else if (u < 0.97) {
                aliases.add(w);
                a = new Actor(Ids.of("plc", w), w, "PLACE", "Place", aliases, null, places++ < HUB_PLACES);
            } else if (u < 0.99) {
                String name = w + " protesters";
                aliases.add(name);
                a = new Actor(Ids.of("grp", name), name, "GROUP", "Group", aliases, null, false);
            } else {
                String name = "the " + w + " plan";
                aliases.add(name);
                a = new Actor(Ids.of("prp", name), name, "PROPOSAL", "Proposal", aliases, null, false);
            }
            actors.add(a);
        }
    }

    private static String aliasKey(Actor a, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return switch (a.type()) {
            case "PERSON" -> name.indexOf(' ') < 0 ? "p|~" + lower
                    : name.startsWith(a.name()) ? "p|" + lower : "p|" + lower.substring(lower.indexOf(' ') + 1) + " honorific";
            // An acronym can stand for several organizations; its key here is its own (the writer's first claim wins).
            case "ORGANIZATION", "PLACE" -> name.equals(a.name()) ? "o|" + lower : "o|" + lower + "#" + a.id();
            case "GROUP" -> "g|" + lower;
            default -> "x|" + lower;
        };
    }

    // ---- writing -----------------------------------------------------------------------------------------

    private static final String OUTLETS_CYPHER = """
            UNWIND $rows AS name
            CREATE (:Outlet {name: name})
            """;

    private static final String ARTICLES_CYPHER = """
            UNWIND $rows AS row
            MATCH (o:Outlet {name: row.outlet})
            CREATE (a:Article {id: row.id, title: row.title, url: row.url, outlet: row.outlet, published: row.published,
                               source: row.source, contentHash: row.contentHash, language: 'en', authors: row.authors,
                               ingestedAt: datetime()})-[:PUBLISHED_BY]->(o)
            """;

    private static final String DUPLICATES_CYPHER = """
            UNWIND $rows AS row
            MATCH (a:Article {id: row.id}), (o:Article {id: row.original})
            CREATE (a)-[:DUPLICATE_OF {similarity: row.similarity}]->(o)
            """;

    private static final String ACTORS_CYPHER = """
            UNWIND $rows AS row
            CREATE (x:Actor {id: row.id, name: row.name, type: row.type, aliases: row.aliases, aliasText: row.aliasText,
                             surnameKey: row.surnameKey, hub: row.hub, rule: 'new'})
            SET x:$(row.label)
            """;

    private static final String ALIASES_CYPHER = """
            UNWIND $rows AS row
            MATCH (x:Actor {id: row.actor})
            CREATE (:Alias {key: row.key, name: row.name, rule: 'new'})-[:NAMES]->(x)
            """;

    private static final String SENTENCES_CYPHER = """
            UNWIND $rows AS row
            MATCH (a:Article {id: row.article})
            CREATE (:Sentence {id: row.id, index: row.index, text: row.text})-[:IN]->(a)
            """;

    private static final String MEETINGS_CYPHER = """
            UNWIND $rows AS row
            CREATE (m:Meeting {id: row.id, date: row.date, datePrecision: row.datePrecision, status: row.status,
                               disputed: row.disputed})
            WITH m, row
            CALL (m, row) {
              UNWIND row.participants AS pid
              MATCH (p:Actor {id: pid})
              CREATE (p)-[:ATTENDED]->(m)
            }
            CALL (m, row) {
              UNWIND row.places AS pid
              MATCH (p:Actor {id: pid})
              CREATE (m)-[:HELD_IN]->(p)
            }
            CALL (m, row) {
              UNWIND row.evidence AS ev
              MATCH (s:Sentence {id: ev.sentence})
              CREATE (m)-[:EVIDENCED_BY {confidence: ev.confidence, rule: ev.rule, date: ev.date, place: ev.place}]->(s)
            }
            """;

    private static final String STATEMENTS_CYPHER = """
            UNWIND $rows AS row
            MATCH (sp:Actor {id: row.speaker})
            CREATE (sp)-[:SAID]->(st:Statement {id: row.id, text: row.text, direct: row.direct, date: row.date})
            WITH st, row
            CALL (st, row) {
              UNWIND row.about AS aid
              MATCH (ab:Actor {id: aid})
              CREATE (st)-[:ABOUT]->(ab)
            }
            CALL (st, row) {
              UNWIND row.evidence AS ev
              MATCH (s:Sentence {id: ev.sentence})
              CREATE (st)-[:EVIDENCED_BY {confidence: ev.confidence, rule: ev.rule}]->(s)
            }
            """;

    private static final String CRITICISMS_CYPHER = """
            UNWIND $rows AS row
            MATCH (c:Actor {id: row.critic}), (t:Actor {id: row.target})
            CREATE (c)-[:CRITICIZED]->(x:Criticism {id: row.id, kind: row.kind, date: row.date, quote: row.quote})
                   -[:TARGETS]->(t)
            WITH x, row
            CALL (x, row) {
              UNWIND row.evidence AS ev
              MATCH (s:Sentence {id: ev.sentence})
              CREATE (x)-[:EVIDENCED_BY {confidence: ev.confidence, rule: ev.rule, kind: row.kind}]->(s)
            }
            """;

    private static final String ROLES_CYPHER = """
            UNWIND $rows AS row
            MATCH (p:Actor {id: row.person})
            CREATE (p)-[:HOLDS_ROLE]->(r:Role {id: row.id, title: row.title})
            WITH r, row
            CALL (r, row) {
              UNWIND row.organizations AS oid
              MATCH (o:Actor {id: oid})
              CREATE (r)-[:AT]->(o)
            }
            CALL (r, row) {
              UNWIND row.evidence AS ev
              MATCH (s:Sentence {id: ev.sentence})
              CREATE (r)-[:EVIDENCED_BY {confidence: ev.confidence, rule: ev.rule}]->(s)
            }
            """;

    private static final String MENTIONS_CYPHER = """
            UNWIND $rows AS row
            MATCH (x:Actor {id: row.actor}), (a:Article {id: row.article})
            CREATE (x)-[:MENTIONED_IN {count: row.count}]->(a)
            """;

    private static final String SAME_AS_CYPHER = """
            UNWIND $rows AS row
            MATCH (a:Actor {id: row.actor}), (b:Actor {id: row.other})
            CREATE (a)-[:POSSIBLY_SAME_AS {score: row.score, reason: 'given-name-similar'}]->(b)
            """;

    /** Writes the whole graph into an empty store that has the schema; {@code batch} rows per transaction. */
    public Counts write(Driver driver, int batch) {
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        try (Session session = driver.session()) {
            List<Object> outlets = new ArrayList<>();
            for (int i = 0; i < OUTLETS; i++) {
                outlets.add(word(5000 + i) + " " + (i % 2 == 0 ? "Times" : "Herald"));
            }
            session.executeWriteWithoutResult(tx -> run(tx, OUTLETS_CYPHER, outlets));
            count(nodeCounts, "Outlet", OUTLETS);
            writeArticles(session, random, outlets, batch);
            writeActors(session, batch);
            writeEvents(session, random, batch);
        }
        return new Counts(Map.copyOf(nodeCounts), Map.copyOf(relCounts));
    }

    private static String articleId(int i) {
        return "art-" + String.format(Locale.ROOT, "%016x", 0x5eed000000000000L + i);
    }

    private LocalDate published(int article) {
        return FIRST_DAY.plusDays((long) article * DAYS / articles);
    }

    private void writeArticles(Session session, SplittableRandom random, List<Object> outlets, int batch) {
        Zipf outletLaw = new Zipf(OUTLETS, 1.0);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> duplicates = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            Map<String, Object> row = new HashMap<>();
            String id = articleId(i);
            row.put("id", id);
            row.put("title", "Synthetic report " + i + " on " + TOPICS[i % TOPICS.length]);
            row.put("url", "https://news.invalid/" + i);
            row.put("outlet", outlets.get(outletLaw.next(random)));
            row.put("published", published(i).toString());
            row.put("source", "synthetic/" + i + ".txt");
            row.put("contentHash", Ids.of("h", id));
            row.put("authors", List.of(GIVEN[i % GIVEN.length] + " " + word(i % 997 + 7000)));
            rows.add(row);
            if (i > 0 && random.nextDouble() < 0.02) {
                duplicates.add(Map.of("id", id, "original", articleId(random.nextInt(i)), "similarity", 0.9));
            }
            if (rows.size() == batch) {
                flush(session, ARTICLES_CYPHER, rows);
            }
        }
        flush(session, ARTICLES_CYPHER, rows);
        count(nodeCounts, "Article", articles);
        count(relCounts, "PUBLISHED_BY", articles);
        count(relCounts, "DUPLICATE_OF", duplicates.size());
        for (int from = 0; from < duplicates.size(); from += batch) {
            List<Map<String, Object>> part = duplicates.subList(from, Math.min(duplicates.size(), from + batch));
            session.executeWriteWithoutResult(tx -> run(tx, DUPLICATES_CYPHER, part));
        }
    }

    private void writeActors(Session session, int batch) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> aliases = new ArrayList<>();
        long aliasCount = 0;
        for (Actor a : actors) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", a.id());
            row.put("name", a.name());
            row.put("type", a.type());
            row.put("label", a.label());
            row.put("aliases", a.aliases());
            row.put("aliasText", " " + String.join(" ", a.aliases()));
            row.put("surnameKey", a.surnameKey());
            row.put("hub", a.hub());
            rows.add(row);
            count(nodeCounts, a.label(), 1);
            for (String n : a.aliases()) {
                aliases.add(Map.of("actor", a.id(), "key", aliasKey(a, n), "name", n));
                aliasCount++;
            }
            if (rows.size() == batch) {
                flush(session, ACTORS_CYPHER, rows);
            }
            if (aliases.size() >= batch) {
                flush(session, ACTORS_CYPHER, rows); // aliases point to actors: those go first
                flush(session, ALIASES_CYPHER, aliases);
            }
        }
        flush(session, ACTORS_CYPHER, rows);
        flush(session, ALIASES_CYPHER, aliases);
        count(nodeCounts, "Actor", actors.size());
        count(nodeCounts, "Alias", aliasCount);
        count(relCounts, "NAMES", aliasCount);
    }

    /** The rows of one transaction's worth of events. */
    private static final class EventBatch {
        final List<Map<String, Object>> sentences = new ArrayList<>();
        final List<Map<String, Object>> meetings = new ArrayList<>();
        final List<Map<String, Object>> statements = new ArrayList<>();
        final List<Map<String, Object>> criticisms = new ArrayList<>();
        final List<Map<String, Object>> roles = new ArrayList<>();
        final List<Map<String, Object>> mentions = new ArrayList<>();
        int events;

        void write(Session session) {
            session.executeWriteWithoutResult(tx -> {
                run(tx, SENTENCES_CYPHER, sentences);
                run(tx, MEETINGS_CYPHER, meetings);
                run(tx, STATEMENTS_CYPHER, statements);
                run(tx, CRITICISMS_CYPHER, criticisms);
                run(tx, ROLES_CYPHER, roles);
                run(tx, MENTIONS_CYPHER, mentions);
            });
            sentences.clear();
            meetings.clear();
            statements.clear();
            criticisms.clear();
            roles.clear();
            mentions.clear();
            events = 0;
        }
    }

    private void writeEvents(Session session, SplittableRandom random, int batch) {
        int[] sentenceCounter = new int[articles];
        EventBatch b = new EventBatch();
        Map<Integer, Integer> mentioned = new LinkedHashMap<>();
        int currentArticle = 0;
        for (int e = 0; e < events; e++) {
            int article = (int) ((long) e * articles / events);
            if (article != currentArticle) {
                flushMentions(b, currentArticle, mentioned);
                currentArticle = article;
                if (b.events >= batch) {
                    b.write(session);
                }
            }
            int second = random.nextDouble() < 0.25 ? random.nextInt(articles) : -1;
            if (second == article) {
                second = -1;
            }
            LocalDate day = published(article).minusDays(random.nextInt(4));
            double p = random.nextDouble();
            String date = p < 0.7 ? day.toString() : p < 0.9 ? day.toString().substring(0, 7) : null;
            String precision = date == null ? null : date.length() == 10 ? "DAY" : "MONTH";
            double kind = (e % 10) / 10.0;
            if (kind < 0.3) {
                meeting(b, random, e, article, second, date, precision, mentioned, sentenceCounter);
            } else if (kind < 0.7) {
                statement(b, random, e, article, second, date, mentioned, sentenceCounter);
            } else if (kind < 0.9) {
                criticism(b, random, e, article, second, date, mentioned, sentenceCounter);
            } else {
                role(b, random, e, article, second, mentioned, sentenceCounter);
            }
            b.events++;
        }
        flushMentions(b, currentArticle, mentioned);
        b.write(session);
        writeSameAs(session, random, batch);
    }

    private void flushMentions(EventBatch b, int article, Map<Integer, Integer> mentioned) {
        for (Map.Entry<Integer, Integer> m : mentioned.entrySet()) {
            b.mentions.add(Map.of("actor", actors.get(m.getKey()).id(), "article", articleId(article),
                    "count", m.getValue()));
        }
        count(relCounts, "MENTIONED_IN", mentioned.size());
        mentioned.clear();
    }

    private Map<String, Object> sentence(EventBatch b, int article, int[] counter, String text) {
        int index = counter[article]++;
        String id = articleId(article) + ":" + index;
        b.sentences.add(Map.of("id", id, "index", index, "article", articleId(article), "text", text));
        count(nodeCounts, "Sentence", 1);
        count(relCounts, "IN", 1);
        Map<String, Object> ev = new HashMap<>();
        ev.put("sentence", id);
        ev.put("confidence", 0.9);
        return ev;
    }

    private List<Map<String, Object>> evidence(EventBatch b, SplittableRandom random, int article, int second,
                                               int[] counter, String text) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, Object> first = sentence(b, article, counter, text);
        first.put("rule", RULES[random.nextInt(RULES.length)]);
        out.add(first);
        if (second >= 0) {
            Map<String, Object> other = sentence(b, second, counter, text + " (as another outlet put it)");
            other.put("rule", RULES[random.nextInt(RULES.length)]);
            out.add(other);
        }
        count(relCounts, "EVIDENCED_BY", out.size());
        return out;
    }

    private int pick(SplittableRandom random, IntPredicate accept, List<Integer> exclude) {
        while (true) {
            int rank = zipf.next(random);
            if (accept.test(rank) && !exclude.contains(rank)) {
                return rank;
            }
        }
    }

    private static void mention(Map<Integer, Integer> mentioned, int rank) {
        mentioned.merge(rank, 1, Integer::sum);
    }

    private String names(List<Integer> ranks) {
        List<String> n = new ArrayList<>();
        ranks.forEach(r -> n.add(actors.get(r).name()));
        return String.join(" and ", n);
    }

    private void meeting(EventBatch b, SplittableRandom random, int e, int article, int second, String date,
                         String precision, Map<Integer, Integer> mentioned, int[] counter) {
        double k = random.nextDouble();
        int size = k < 0.7 ? 2 : k < 0.9 ? 3 : 4;
        List<Integer> participants = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            participants.add(pick(random, this::canAct, participants));
        }
        Integer place = random.nextDouble() < 0.5 ? pick(random, this::isPlace, List.of()) : null;
        String placeId = place == null ? null : actors.get(place).id();
        String text = names(participants) + " met" + (place == null ? "" : " in " + actors.get(place).name())
                + (date == null ? "" : " on " + date) + " to discuss " + TOPICS[e % TOPICS.length] + ".";
        List<Map<String, Object>> ev = evidence(b, random, article, second, counter, text);
        boolean disputed = false;
        for (int i = 0; i < ev.size(); i++) {
            String d = date;
            String pl = placeId;
            if (i == 1 && random.nextDouble() < 0.2) {
                disputed = true;
                if (random.nextBoolean() && date != null) {
                    d = LocalDate.parse(date.length() == 10 ? date : date + "-01").plusDays(3).toString();
                } else {
                    pl = actors.get(pick(random, this::isPlace, place == null ? List.of() : List.of(place))).id();
                }
            }
            ev.get(i).put("date", d);
            ev.get(i).put("place", pl);
        }
        Map<String, Object> row = new HashMap<>();
        row.put("id", Ids.of("mtg", Integer.toString(e)));
        row.put("date", date);
        row.put("datePrecision", precision);
        row.put("status", random.nextDouble() < 0.8 ? "HELD" : "PLANNED");
        row.put("disputed", disputed);
        row.put("participants", participants.stream().map(r -> actors.get(r).id()).toList());
        row.put("places", placeId == null ? List.of() : List.of(placeId));
        row.put("evidence", ev);
        b.meetings.add(row);
        participants.forEach(r -> mention(mentioned, r));
        if (place != null) {
            mention(mentioned, place);
        }
        count(nodeCounts, "Meeting", 1);
        count(relCounts, "ATTENDED", participants.size());
        count(relCounts, "HELD_IN", place == null ? 0 : 1);
    }

    private void statement(EventBatch b, SplittableRandom random, int e, int article, int second, String date,
                           Map<Integer, Integer> mentioned, int[] counter) {
        int speaker = pick(random, this::canAct, List.of());
        double k = random.nextDouble();
        int n = k < 0.4 ? 0 : k < 0.85 ? 1 : 2;
        List<Integer> about = new ArrayList<>();
        List<Integer> exclude = new ArrayList<>(List.of(speaker));
        for (int i = 0; i < n; i++) {
            int a = pick(random, r -> true, exclude);
            about.add(a);
            exclude.add(a);
        }
        boolean direct = random.nextDouble() < 0.6;
        String words = "We will not give ground on " + TOPICS[e % TOPICS.length]
                + (about.isEmpty() ? "" : " and " + names(about) + " knows it") + " (statement " + e + ")";
        String text = (direct ? "\"" + words + ",\" " : "") + actors.get(speaker).name() + " said"
                + (direct ? "." : " that " + words + ".");
        Map<String, Object> row = new HashMap<>();
        row.put("id", Ids.of("stm", Integer.toString(e)));
        row.put("speaker", actors.get(speaker).id());
        row.put("text", words);
        row.put("direct", direct);
        row.put("date", date);
        row.put("about", about.stream().map(r -> actors.get(r).id()).toList());
        row.put("evidence", evidence(b, random, article, second, counter, text));
        b.statements.add(row);
        mention(mentioned, speaker);
        about.forEach(r -> mention(mentioned, r));
        count(nodeCounts, "Statement", 1);
        count(relCounts, "SAID", 1);
        count(relCounts, "ABOUT", about.size());
    }

    private void criticism(EventBatch b, SplittableRandom random, int e, int article, int second, String date,
                           Map<Integer, Integer> mentioned, int[] counter) {
        int critic = pick(random, r -> canAct(r) || actors.get(r).type().equals("GROUP"), List.of());
        int target = pick(random, r -> !isPlace(r), List.of(critic));
        String kind = KINDS[random.nextInt(KINDS.length)];
        String quote = random.nextDouble() < 0.4 ? "a reckless gamble on " + TOPICS[e % TOPICS.length] : null;
        String text = actors.get(critic).name() + " " + kind.toLowerCase(Locale.ROOT) + "d "
                + actors.get(target).name() + (quote == null ? "." : ", calling it \"" + quote + "\".");
        Map<String, Object> row = new HashMap<>();
        row.put("id", Ids.of("crt", Integer.toString(e)));
        row.put("critic", actors.get(critic).id());
        row.put("target", actors.get(target).id());
        row.put("kind", kind);
        row.put("quote", quote);
        row.put("date", date);
        row.put("evidence", evidence(b, random, article, second, counter, text));
        b.criticisms.add(row);
        mention(mentioned, critic);
        mention(mentioned, target);
        count(nodeCounts, "Criticism", 1);
        count(relCounts, "CRITICIZED", 1);
        count(relCounts, "TARGETS", 1);
    }

    private void role(EventBatch b, SplittableRandom random, int e, int article, int second,
                      Map<Integer, Integer> mentioned, int[] counter) {
        int person = pick(random, this::isPerson, List.of());
        Integer org = random.nextDouble() < 0.8 ? pick(random, this::isOrganization, List.of()) : null;
        String title = TITLES[random.nextInt(TITLES.length)];
        String text = actors.get(person).name() + ", " + title
                + (org == null ? "" : " of " + actors.get(org).name()) + ", arrived on Monday.";
        Map<String, Object> row = new HashMap<>();
        row.put("id", Ids.of("rol", Integer.toString(e)));
        row.put("person", actors.get(person).id());
        row.put("title", title);
        row.put("organizations", org == null ? List.of() : List.of(actors.get(org).id()));
        row.put("evidence", evidence(b, random, article, second, counter, text));
        b.roles.add(row);
        mention(mentioned, person);
        if (org != null) {
            mention(mentioned, org);
        }
        count(nodeCounts, "Role", 1);
        count(relCounts, "HOLDS_ROLE", 1);
        count(relCounts, "AT", org == null ? 0 : 1);
    }

    /** Half a percent of people get an uncertain twin, as resolution leaves for a person to decide. */
    private void writeSameAs(Session session, SplittableRandom random, int batch) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int rank = 0; rank < actors.size(); rank++) {
            if (isPerson(rank) && random.nextDouble() < 0.005) {
                int other = pick(random, this::isPerson, List.of(rank));
                rows.add(Map.of("actor", actors.get(rank).id(), "other", actors.get(other).id(), "score", 0.85));
            }
        }
        count(relCounts, "POSSIBLY_SAME_AS", rows.size());
        for (int from = 0; from < rows.size(); from += batch) {
            List<Map<String, Object>> part = rows.subList(from, Math.min(rows.size(), from + batch));
            session.executeWriteWithoutResult(tx -> run(tx, SAME_AS_CYPHER, part));
        }
    }

    private static void flush(Session session, String cypher, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        session.executeWriteWithoutResult(tx -> run(tx, cypher, rows));
        rows.clear();
    }

    private static void run(TransactionContext tx, String cypher, List<?> rows) {
        if (!rows.isEmpty()) {
            tx.run(cypher, Map.of("rows", rows)).consume();
        }
    }

    private static void count(Map<String, Long> counts, String key, long n) {
        counts.merge(key, n, Long::sum);
    }
}
