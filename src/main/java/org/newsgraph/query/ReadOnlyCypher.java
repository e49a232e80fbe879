package org.newsgraph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * Runs Cypher that a user typed, only if it cannot change anything or reach outside the graph. Three locks,
 * because each alone has holes: a scan for writing clauses and procedure calls outside a short list of
 * read-only ones (LOAD CSV reads files and counts as "read" to Neo4j), the planner's own verdict from EXPLAIN,
 * and a read-mode transaction with a time limit, in which the server itself refuses writes.
 */
public final class ReadOnlyCypher {

    /** Rows as plain values: nodes and relationships become maps, so any JSON library can write them. */
    public record Result(List<String> columns, List<Map<String, Object>> rows, boolean truncated) {
    }

    /** The query was refused before it ran; the message says why. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    private static final int MAX_LENGTH = 10_000;

    private static final Set<String> WRITING_WORDS = Set.of("CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE",
            "DROP", "LOAD", "FOREACH", "GRANT", "REVOKE", "DENY", "ALTER", "RENAME", "START", "STOP", "TERMINATE",
            "SHOW", "USE", "ENABLE", "DEALLOCATE", "REALLOCATE", "FINISH");

    /** Procedures that only read the schema or the full-text indexes. */
    private static final Set<String> READ_PROCEDURES = Set.of("db.labels", "db.relationshiptypes", "db.propertykeys",
            "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
            "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships");

    private static final Pattern STRINGS_AND_COMMENTS = Pattern.compile(
            "'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`|//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern CALL = Pattern.compile("(?i)\\bCALL\\s*(\\{|\\(|[A-Za-z_][A-Za-z0-9_.]*)");
    private static final Pattern IN_TRANSACTIONS = Pattern.compile("(?i)\\bIN\\s+(?:\\d+\\s+)?(?:CONCURRENT\\s+)?TRANSACTIONS\\b");

    private final Driver driver;
    private final Duration timeout;
    private final int maxRows;

    public ReadOnlyCypher(Driver driver, Duration timeout, int maxRows) {
        this.driver = driver;
        this.timeout = timeout;
        this.maxRows = maxRows;
    }

    public Result run(String query, Map<String, Object> parameters) {
        check(query);
        Map<String, Object> params = parameters == null ? Map.of() : parameters;
        SessionConfig read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
        TransactionConfig limits = TransactionConfig.builder().withTimeout(timeout).build();
        try (Session session = driver.session(read)) {
            QueryType type = session.executeRead(tx -> tx.run("EXPLAIN " + query, params).consume().queryType(), limits);
            if (type != QueryType.READ_ONLY) {
                throw new Refused("only reading queries are allowed here (the planner says this one is " + type + ")");
            }
            return session.executeRead(tx -> {
                var result = tx.run(query, params);
                List<Map<String, Object>> rows = new ArrayList<>();
                boolean truncated = false;
                while (result.hasNext()) {
                    if (rows.size() == maxRows) {
                        truncated = true;
                        break;
                    }
                    var record = result.next();
                    Map<String, Object> row = new LinkedHashMap<>();
                    record.keys().forEach(k -> row.put(k, plain(record.get(k))));
                    rows.add(row);
                }
                return new Result(result.keys(), rows, truncated);
            }, limits);
        }
    }

    /** The lexical lock: refuses writing clauses and procedures outside the read-only list. */
    static void check(String query) {
        if (query == null || query.isBlank()) {
            throw new Refused("the query is empty");
        }
        if (query.length() > MAX_LENGTH) {
            throw new Refused("the query is longer than " + MAX_LENGTH + " characters");
        }
        String code = STRINGS_AND_COMMENTS.matcher(query).replaceAll(" ");
        Matcher calls = CALL.matcher(code);
        while (calls.find()) {
            String target = calls.group(1);
            boolean subquery = "{".equals(target) || "(".equals(target);
            if (!subquery && !READ_PROCEDURES.contains(target.toLowerCase(Locale.ROOT))) {
                throw new Refused("procedure " + target + " is not allowed here; allowed: " + READ_PROCEDURES);
            }
        }
        Matcher words = WORD.matcher(code);
        while (words.find()) {
            String w = words.group().toUpperCase(Locale.ROOT);
            if (WRITING_WORDS.contains(w) && !nameInContext(code, words.start(), words.end())) {
                throw new Refused(w + " is not allowed here: this endpoint only reads");
            }
        }
        if (IN_TRANSACTIONS.matcher(code).find()) {
            throw new Refused("IN TRANSACTIONS is not allowed here: this endpoint only reads");
        }
    }

    /** A property, parameter, label or map key that happens to spell a keyword: {@code r.start}, {@code {set: 1}}. */
    private static boolean nameInContext(String code, int start, int end) {
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(code.charAt(before))) {
            before--;
        }
        int after = end;
        while (after < code.length() && Character.isWhitespace(code.charAt(after))) {
            after++;
        }
        boolean prefixed = before >= 0 && ".$:".indexOf(code.charAt(before)) >= 0;
        boolean key = after < code.length() && code.charAt(after) == ':';
        return prefixed || key;
    }

    private static Object plain(Value v) {
        return switch (v.type().name()) {
            case "NODE" -> node(v.asNode());
            case "RELATIONSHIP" -> relationship(v.asRelationship());
            case "PATH" -> path(v.asPath());
            case "LIST" -> v.asList(ReadOnlyCypher::plain);
            case "MAP" -> v.asMap(ReadOnlyCypher::plain);
            case "DATE", "DATE_TIME", "LOCAL_DATE_TIME", "TIME", "LOCAL_TIME", "DURATION" -> v.asObject().toString();
            default -> v.asObject();
        };
    }

    private static Map<String, Object> node(Node n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("elementId", n.elementId());
        m.put("labels", n.labels());
        m.put("properties", n.asMap(ReadOnlyCypher::plain));
        return m;
    }

    private static Map<String, Object> relationship(Relationship r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("elementId", r.elementId());
        m.put("type", r.type());
        m.put("start", r.startNodeElementId());
        m.put("end", r.endNodeElementId());
        m.put("properties", r.asMap(ReadOnlyCypher::plain));
        return m;
    }

    private static List<Object> path(Path p) {
        List<Object> out = new ArrayList<>();
        out.add(node(p.start()));
        for (Path.Segment s : p) {
            out.add(relationship(s.relationship()));
            out.add(node(s.end()));
        }
        return out;
    }
}
