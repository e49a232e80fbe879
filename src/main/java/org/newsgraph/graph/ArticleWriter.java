package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.resolve.Resolved;
import org.newsgraph.resolve.Resolver;
import org.newsgraph.source.Document;

/**
 * Where facts are stored. Each article is resolved and written in one managed write transaction, so it is
 * either fully in the graph or not at all, and transient errors (deadlocks, leader changes) are retried by the
 * driver. Writers take a lock node first: resolution then sees every article written before, in this process
 * or another one, and unique constraints catch anything that slips past.
 */
public final class ArticleWriter {

    private final Driver driver;
    private final Resolver resolver;

    public ArticleWriter(Driver driver, Resolver resolver) {
        this.driver = driver;
        this.resolver = resolver;
    }

    public WriteOutcome write(ArticleInput input) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> write(tx, input));
        }
    }

    private WriteOutcome write(TransactionContext tx, ArticleInput input) {
        tx.run(WriteCypher.LOCK).consume();
        if (tx.run(WriteCypher.ARTICLE_EXISTS, Map.of("id", input.id())).hasNext()) {
            return new WriteOutcome(WriteOutcome.Status.ALREADY_PRESENT, input.id(), null, 0, 0, 0, 0);
        }
        Optional<NearDuplicates.Original> original = NearDuplicates.find(tx, input.bands(), input.minhash());
        String duplicateOf = original.map(NearDuplicates.Original::id).orElse(null);
        ArticleFacts facts = input.facts();
        Resolved.Article resolved = resolver.resolve(input.id(), facts, new TxGraphView(tx));

        writeArticle(tx, input, facts.document());
        if (duplicateOf != null) {
            tx.run(WriteCypher.DUPLICATE_OF, Map.of("id", input.id(), "original", duplicateOf,
                    "similarity", original.get().similarity())).consume();
        }
        writeSentences(tx, input.id(), facts, resolved);
        writeActors(tx, input.id(), resolved);
        writeEvents(tx, input.id(), resolved);
        refreshDerived(tx, resolved);
        return new WriteOutcome(duplicateOf == null ? WriteOutcome.Status.NEW : WriteOutcome.Status.DUPLICATE,
                input.id(), duplicateOf, resolved.meetings().size(), resolved.statements().size(),
                resolved.criticisms().size(), resolved.roles().size());
    }

    private static void writeArticle(TransactionContext tx, ArticleInput input, Document d) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", input.id());
        p.put("title", d.title());
        p.put("url", d.url());
        p.put("outlet", d.outlet());
        p.put("published", d.published() == null ? null : d.published().toString());
        p.put("source", d.source());
        p.put("contentHash", input.contentHash());
        p.put("language", d.language());
        p.put("authors", d.authors());
        p.put("minhash", input.minhash());
        p.put("bands", input.bands());
        tx.run(WriteCypher.ARTICLE, p).consume();
    }

    private static String sentenceId(String articleId, int index) {
        return articleId + ":" + index;
    }

    /** Only sentences that are evidence are stored: they are what answers cite. */
    private static void writeSentences(TransactionContext tx, String articleId, ArticleFacts facts, Resolved.Article r) {
        TreeSet<Integer> used = new TreeSet<>();
        r.meetings().forEach(m -> m.sources().forEach(s -> used.add(s.evidence().sentenceIndex())));
        r.statements().forEach(s -> s.evidence().forEach(e -> used.add(e.sentenceIndex())));
        r.criticisms().forEach(c -> c.evidence().forEach(e -> used.add(e.sentenceIndex())));
        r.roles().forEach(x -> x.evidence().forEach(e -> used.add(e.sentenceIndex())));
        r.claims().forEach(c -> used.add(c.evidence().sentenceIndex()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i : used) {
            rows.add(Map.of("id", sentenceId(articleId, i), "index", i, "text", facts.sentences().get(i)));
        }
        run(tx, WriteCypher.SENTENCES, articleId, rows);
    }

    private static void writeActors(TransactionContext tx, String articleId, Resolved.Article r) {
        List<Map<String, Object>> actors = new ArrayList<>();
        List<Map<String, Object>> aliases = new ArrayList<>();
        for (Resolved.Actor a : r.actors()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", a.id());
            row.put("name", a.name());
            row.put("type", a.type().name());
            row.put("label", label(a.type()));
            row.put("aliases", a.aliases());
            row.put("surnameKey", a.surnameKey());
            row.put("mentions", a.mentions());
            row.put("hub", a.hub());
            row.put("rule", a.rule());
            actors.add(row);
            for (Resolved.AliasKey k : a.keys()) {
                aliases.add(Map.of("actor", a.id(), "key", k.key(), "name", k.name(), "rule", k.rule()));
            }
        }
        run(tx, WriteCypher.ACTORS, articleId, actors);
        run(tx, WriteCypher.ALIASES, articleId, aliases);
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (Resolved.PossibleMatch p : r.possibleMatches()) {
            pairs.add(Map.of("actor", p.actor(), "other", p.other(), "score", p.score(), "reason", p.reason()));
        }
        run(tx, WriteCypher.POSSIBLY_SAME_AS, articleId, pairs);
    }

    static String label(ActorType type) {
        return switch (type) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case PLACE -> "Place";
            case GROUP -> "Group";
            case PROPOSAL -> "Proposal";
        };
    }

    private static void writeEvents(TransactionContext tx, String articleId, Resolved.Article r) {
        List<Map<String, Object>> meetings = new ArrayList<>();
        List<Map<String, Object>> meetingEvidence = new ArrayList<>();
        for (Resolved.Meeting m : r.meetings()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", m.id());
            row.put("participants", m.participants());
            row.put("date", iso(m.date()));
            row.put("datePrecision", m.date() == null ? null : m.date().precision().name());
            row.put("status", m.status().name());
            row.put("disputed", m.disputed());
            row.put("place", m.place());
            meetings.add(row);
            for (Resolved.Source s : m.sources()) {
                Map<String, Object> e = evidenceRow(articleId, m.id(), s.evidence());
                e.put("date", iso(s.date()));
                e.put("place", s.place());
                meetingEvidence.add(e);
            }
        }
        run(tx, WriteCypher.MEETINGS, articleId, meetings);
        run(tx, WriteCypher.MEETING_PLACES, articleId, meetings);

        List<Map<String, Object>> statements = new ArrayList<>();
        List<Map<String, Object>> statementEvidence = new ArrayList<>();
        for (Resolved.Statement s : r.statements()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", s.id());
            row.put("speaker", s.speaker());
            row.put("text", s.text());
            row.put("direct", s.direct());
            row.put("date", iso(s.date()));
            row.put("about", s.about());
            statements.add(row);
            s.evidence().forEach(e -> statementEvidence.add(evidenceRow(articleId, s.id(), e)));
        }
        run(tx, WriteCypher.STATEMENTS, articleId, statements);

        List<Map<String, Object>> criticisms = new ArrayList<>();
        List<Map<String, Object>> criticismEvidence = new ArrayList<>();
        for (Resolved.Criticism c : r.criticisms()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", c.id());
            row.put("critic", c.critic());
            row.put("target", c.target());
            row.put("kind", c.kind().name());
            row.put("quote", c.quote());
            row.put("date", iso(c.date()));
            criticisms.add(row);
            c.evidence().forEach(e -> {
                Map<String, Object> ev = evidenceRow(articleId, c.id(), e);
                ev.put("kind", c.kind().name());
                criticismEvidence.add(ev);
            });
        }
        run(tx, WriteCypher.CRITICISMS, articleId, criticisms);

        List<Map<String, Object>> roles = new ArrayList<>();
        List<Map<String, Object>> roleEvidence = new ArrayList<>();
        for (Resolved.Role x : r.roles()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", x.id());
            row.put("person", x.person());
            row.put("title", x.title());
            row.put("organization", x.organization());
            roles.add(row);
            x.evidence().forEach(e -> roleEvidence.add(evidenceRow(articleId, x.id(), e)));
        }
        run(tx, WriteCypher.ROLES, articleId, roles);

        run(tx, WriteCypher.MEETING_EVIDENCE, articleId, meetingEvidence);
        run(tx, WriteCypher.STATEMENT_EVIDENCE, articleId, statementEvidence);
        run(tx, WriteCypher.CRITICISM_EVIDENCE, articleId, criticismEvidence);
        run(tx, WriteCypher.ROLE_EVIDENCE, articleId, roleEvidence);

        List<Map<String, Object>> claims = new ArrayList<>();
        for (Resolved.Claim c : r.claims()) {
            Map<String, Object> row = evidenceRow(articleId, c.id(), c.evidence());
            row.put("subject", c.subject());
            row.put("attribute", c.attribute());
            row.put("value", c.value());
            row.put("approximate", c.approximate());
            row.put("text", c.text());
            claims.add(row);
        }
        run(tx, WriteCypher.CLAIMS, articleId, claims);
    }

    /** Degrees of the actors this article touched, conflict flags of its meetings and of its claims' subjects. */
    private static void refreshDerived(TransactionContext tx, Resolved.Article r) {
        Set<String> actors = new LinkedHashSet<>();
        r.actors().forEach(a -> actors.add(a.id()));
        r.meetings().forEach(m -> actors.addAll(m.participants()));
        List<String> meetings = r.meetings().stream().map(Resolved.Meeting::id).toList();
        Set<Map<String, Object>> subjects = new LinkedHashSet<>();
        r.claims().forEach(c -> {
            if (c.subject() != null && c.attribute() != null) {
                subjects.add(Map.of("subject", c.subject(), "attribute", c.attribute()));
            }
        });
        Derived.refresh(tx, List.copyOf(actors), meetings, List.copyOf(subjects));
    }

    private static Map<String, Object> evidenceRow(String articleId, String factId, Evidence e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("fact", factId);
        row.put("sentence", sentenceId(articleId, e.sentenceIndex()));
        row.put("confidence", e.confidence());
        row.put("rule", e.rule());
        return row;
    }

    private static String iso(PartialDate d) {
        return d == null ? null : d.iso();
    }

    private static void run(TransactionContext tx, String query, String articleId, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("article", articleId);
        params.put("rows", rows);
        tx.run(query, params).consume();
    }
}
