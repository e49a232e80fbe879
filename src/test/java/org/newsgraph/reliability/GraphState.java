package org.newsgraph.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/** What the reliability tests look at in a store: counts, whole-graph snapshots and integrity rules. */
final class GraphState {

    private GraphState() {
    }

    /** Node counts by kind, as the reports quote them. */
    static Map<String, Long> counts(Driver driver) {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Session s = driver.session()) {
            for (String label : List.of("Article", "Sentence", "Actor", "Alias", "Meeting", "Statement", "Criticism",
                    "Role", "Outlet", "Band")) {
                out.put(label, s.run("MATCH (n:" + label + ") RETURN count(n) AS c").single().get("c").asLong());
            }
            out.put("relationships", s.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong());
        }
        return out;
    }

    /**
     * Every node and relationship, each written as one line with its labels (or type) and properties, keyed by the
     * node's id property (or the relationship's end keys): comparing two snapshots shows what was added, removed or
     * changed. The write lock's timestamp and articles' ingestion times are left out: they change by design.
     */
    static Map<String, String> snapshot(Driver driver) {
        Map<String, String> out = new TreeMap<>();
        try (Session s = driver.session()) {
            for (Record r : s.run("""
                    MATCH (n) WHERE NOT n:WriteLock
                    RETURN labels(n) AS labels, properties(n) AS props""").list()) {
                Map<String, Object> props = new TreeMap<>(r.get("props").asMap());
                props.remove("ingestedAt");
                out.put("node " + r.get("labels").asList() + " " + key(props), props.toString());
            }
            for (Record r : s.run("""
                    MATCH (a)-[rel]->(b)
                    RETURN labels(a) AS la, properties(a) AS pa, type(rel) AS type, properties(rel) AS props,
                           labels(b) AS lb, properties(b) AS pb""").list()) {
                String k = "rel " + r.get("la").asList() + key(r.get("pa").asMap()) + " -" + r.get("type").asString()
                        + "-> " + r.get("lb").asList() + key(r.get("pb").asMap());
                out.put(k, new TreeMap<>(r.get("props").asMap()).toString());
            }
        }
        return out;
    }

    private static String key(Map<String, Object> props) {
        for (String k : List.of("id", "key", "name")) {
            if (props.get(k) != null) {
                return k + "=" + props.get(k);
            }
        }
        return props.toString();
    }

    /**
     * Rules every committed article keeps: a non-empty list means a partial or damaged write. With
     * {@code everyArticleHasFacts}, also that each article has its evidence sentences and actors (true of the own
     * test articles, each written to give a meeting and a statement).
     */
    static List<String> integrityProblems(Driver driver, boolean everyArticleHasFacts) {
        Map<String, String> rules = new LinkedHashMap<>();
        if (everyArticleHasFacts) {
            rules.put("an article without sentences", "MATCH (a:Article) WHERE NOT (a)<-[:IN]-(:Sentence) RETURN a.source AS x");
            rules.put("an article without mentioned actors",
                    "MATCH (a:Article) WHERE NOT (a)<-[:MENTIONED_IN]-(:Actor) RETURN a.source AS x");
        }
        rules.put("a sentence in no article", "MATCH (s:Sentence) WHERE NOT (s)-[:IN]->(:Article) RETURN s.id AS x");
        rules.put("a sentence in more than one article",
                "MATCH (s:Sentence)-[:IN]->(a:Article) WITH s, count(a) AS n WHERE n > 1 RETURN s.id AS x");
        rules.put("a sentence that is no fact's evidence",
                "MATCH (s:Sentence) WHERE NOT (s)<-[:EVIDENCED_BY]-() RETURN s.id AS x");
        for (String fact : List.of("Meeting", "Statement", "Criticism", "Role")) {
            rules.put("a " + fact + " without evidence",
                    "MATCH (f:" + fact + ") WHERE NOT (f)-[:EVIDENCED_BY]->(:Sentence) RETURN f.id AS x");
        }
        rules.put("a meeting without participants", "MATCH (m:Meeting) WHERE NOT (m)<-[:ATTENDED]-(:Actor) RETURN m.id AS x");
        rules.put("a statement without a speaker", "MATCH (s:Statement) WHERE NOT (s)<-[:SAID]-(:Actor) RETURN s.id AS x");
        rules.put("an alias naming more than one actor",
                "MATCH (al:Alias)-[:NAMES]->(x:Actor) WITH al, count(x) AS n WHERE n > 1 RETURN al.key AS x");
        rules.put("two actors of one name and type",
                "MATCH (x:Actor) WITH x.name AS name, x.type AS type, count(*) AS n WHERE n > 1 RETURN name + ' (' + type + ')' AS x");
        rules.put("two meetings of the same participants on the same date", """
                MATCH (p:Actor)-[:ATTENDED]->(m:Meeting)
                WITH m, p ORDER BY p.id
                WITH m, collect(p.id) AS who
                WITH who, m.date AS date, count(m) AS n WHERE n > 1
                RETURN reduce(s = '', w IN who | s + w + ' ') + 'on ' + coalesce(date, '?') AS x""");
        rules.put("two statements by one speaker with the same text", """
                MATCH (sp:Actor)-[:SAID]->(s:Statement)
                WITH sp, s.text AS text, count(s) AS n WHERE n > 1
                RETURN sp.name + ': ' + text AS x""");
        List<String> problems = new ArrayList<>();
        try (Session s = driver.session()) {
            rules.forEach((what, query) -> {
                for (Record r : s.run(query).list()) {
                    Value x = r.get("x");
                    problems.add(what + ": " + (x.isNull() ? "?" : x.asObject()));
                }
            });
        }
        return problems;
    }

    /** Copies own test articles from the classpath ({@code reliability/articles/NAME}) into a folder. */
    static List<Path> copyArticles(Path folder, List<String> names) {
        List<Path> out = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (String name : names) {
                try (InputStream in = GraphState.class.getResourceAsStream("/reliability/articles/" + name)) {
                    if (in == null) {
                        throw new IllegalArgumentException("no test article " + name);
                    }
                    Path target = folder.resolve(name);
                    Files.copy(in, target);
                    out.add(target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static final List<String> OVERLAP = List.of("a01-rail-link.txt", "a02-grain-corridor.txt", "a03-water-rights.txt",
            "a04-fishing-fleet.md", "a05-energy-grid.txt", "a06-vaccine-plant.html", "a07-border-crossing.txt",
            "a08-airline-slots.txt");
    static final List<String> UNIQUE = List.of("u1-library-fund.txt", "u2-ferry-strike.txt", "u3-coffee-prices.txt",
            "u4-space-agency.txt");
}
