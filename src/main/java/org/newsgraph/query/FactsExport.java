package org.newsgraph.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * Everything the graph knows as one JSON document, in the shape of the facts export
 * ({@code shared/docs/facts-export.md}): a public interface that reporters archive, other tools import and the
 * benchmarks score. Fields may be added, never renamed or removed. Every list is ordered by id, so the same graph
 * gives the same bytes.
 */
public final class FactsExport {

    private final Driver driver;
    private final TransactionConfig limits;

    public FactsExport(Driver driver) {
        this(driver, null);
    }

    /** An export that the server stops after {@code timeout}; null for no limit. */
    public FactsExport(Driver driver, Duration timeout) {
        this.driver = Objects.requireNonNull(driver);
        this.limits = timeout == null ? TransactionConfig.empty() : TransactionConfig.builder().withTimeout(timeout).build();
    }

    /** Writes the document, pretty-printed; leaves the stream open. */
    public void write(OutputStream out) {
        Json.write(read(), out);
    }

    /** One read transaction: every section sees the same graph, even while an ingestion is writing. */
    private Facts read() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> new Facts(
                    run(tx, "articles", FactsExport::article),
                    run(tx, "actors", FactsExport::actor),
                    run(tx, "meetings", FactsExport::meeting),
                    run(tx, "criticisms", FactsExport::criticism),
                    run(tx, "statements", FactsExport::statement),
                    run(tx, "roles", FactsExport::role),
                    run(tx, "claims", FactsExport::claim)), limits);
        }
    }

    private static <T> List<T> run(TransactionContext tx, String section, Function<MapAccessor, T> row) {
        return tx.run(CypherFile.load("cypher/export/" + section + ".cypher")).list(row::apply);
    }

    // The document. Required fields come first, in the order facts-export.md lists them; extra fields follow.

    record Facts(List<Article> articles, List<Actor> actors, List<Meeting> meetings, List<Criticism> criticisms,
                 List<Statement> statements, List<Role> roles, List<Claim> claims) {
    }

    record Article(String id, String title, String outlet, String published, String source, String duplicateOf,
                   String url, String language) {
    }

    record Actor(String id, String name, String type, List<String> aliases, boolean hub) {
    }

    record Meeting(String id, List<String> participants, String date, String place, String status,
                   List<MeetingSource> sources, String datePrecision, boolean disputed, int corroboration) {
    }

    /** A meeting's source keeps the date and place that it states. */
    record MeetingSource(String article, String sentence, String outlet, String date, String place) {
    }

    record Criticism(String id, String critic, String target, String kind, String quote, String date,
                     List<SourceRef> sources, int corroboration) {
    }

    record Statement(String id, String speaker, String text, String date, List<String> about,
                     List<SourceRef> sources, boolean direct, int corroboration) {
    }

    record Role(String person, String title, String organization, List<SourceRef> sources, String id,
                int corroboration) {
    }

    record SourceRef(String article, String sentence, String outlet) {
    }

    /** An extra section: numbers sources state, one per source, e.g. a plan's size after a revision. */
    record Claim(String id, String subject, String attribute, double value, boolean approximate, String text,
                 List<SourceRef> sources) {
    }

    private static Article article(MapAccessor v) {
        return new Article(v.get("id").asString(), str(v, "title"), str(v, "outlet"), str(v, "published"),
                str(v, "source"), str(v, "duplicateOf"), str(v, "url"), str(v, "language"));
    }

    private static Actor actor(MapAccessor v) {
        return new Actor(v.get("id").asString(), str(v, "name"), str(v, "type"), strings(v.get("aliases")),
                v.get("hub").asBoolean());
    }

    private static Meeting meeting(MapAccessor v) {
        return new Meeting(v.get("id").asString(), strings(v.get("participants")), str(v, "date"), str(v, "place"),
                str(v, "status"),
                v.get("sources").asList(s -> new MeetingSource(str(s, "article"), str(s, "sentence"),
                        str(s, "outlet"), str(s, "date"), str(s, "place"))),
                str(v, "datePrecision"), v.get("disputed").asBoolean(), v.get("corroboration").asInt());
    }

    private static Criticism criticism(MapAccessor v) {
        return new Criticism(v.get("id").asString(), str(v, "critic"), str(v, "target"), str(v, "kind"),
                str(v, "quote"), str(v, "date"), sources(v), v.get("corroboration").asInt());
    }

    private static Statement statement(MapAccessor v) {
        return new Statement(v.get("id").asString(), str(v, "speaker"), str(v, "text"), str(v, "date"),
                strings(v.get("about")), sources(v), v.get("direct").asBoolean(), v.get("corroboration").asInt());
    }

    private static Role role(MapAccessor v) {
        return new Role(str(v, "person"), str(v, "title"), str(v, "organization"), sources(v), v.get("id").asString(),
                v.get("corroboration").asInt());
    }

    private static Claim claim(MapAccessor v) {
        return new Claim(v.get("id").asString(), str(v, "subject"), str(v, "attribute"), v.get("value").asDouble(),
                v.get("approximate").asBoolean(), str(v, "text"), sources(v));
    }

    private static List<SourceRef> sources(MapAccessor v) {
        return v.get("sources").asList(s -> new SourceRef(str(s, "article"), str(s, "sentence"), str(s, "outlet")));
    }

    private static String str(MapAccessor v, String key) {
        return v.get(key).asString(null);
    }

    private static List<String> strings(Value v) {
        return v.asList(Value::asString);
    }
}
