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
        if (tx.run(WriteCypher.LOCK_AND_EXISTS, Map.of("id", input.id())).single().get("exists").asBoolean()) {
            return new WriteOutcome(WriteOutcome.Status.ALREADY_PRESENT, input.id(), null, 0, 0, 0, 0);
        }
        Optional<NearDuplicates.Original> original = NearDuplicates.find(tx, input.bands(), input.minhash());
        String duplicateOf = original.map(NearDuplicates.Original::id).orElse(null);
        ArticleFacts facts = input.facts();
        Resolved.Article resolved = BatchedGraphView.resolve(resolver, input.id(), facts, new TxGraphView(tx));

        Map<String, Object> p = new HashMap<>();
        article(p, input, facts.document());
        p.put("duplicateOf", duplicateOf);
        p.put("similarity", original.map(NearDuplicates.Original::similarity).orElse(null));
        sentences(p, input.id(), facts, resolved);
        actors(p, resolved);
        events(p, input.id(), resolved);
        derived(p, resolved);
        tx.run(WriteCypher.WRITE_ARTICLE, Map.of("data", p)).consume();
        return new WriteOutcome(duplicateOf == null ? WriteOutcome.Status.NEW : WriteOutcome.Status.DUPLICATE,
                input.id(), duplicateOf, resolved.meetings().size(), resolved.statements().size(),
                resolved.criticisms().size(), resolved.roles().size());
    }

    private static void article(Map<String, Object> p, ArticleInput input, Document d) {
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
    }

    private static String sentenceId(String articleId, int index) {
        return articleId + ":" + index;
    }

    /** Only sentences that are evidence are stored: they are what answers cite. */
    private static void sentences(Map<String, Object> p, String articleId, ArticleFacts facts, Resolved.Article r) {
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
        p.put("sentences", rows);
    }

    private static void actors(Map<String, Object> p, Resolved.Article r) {
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
        p.put("actors", actors);
        p.put("aliases", aliases);
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (Resolved.PossibleMatch m : r.possibleMatches()) {
            pairs.add(Map.of("actor", m.actor(), "other", m.other(), "score", m.score(), "reason", m.reason()));
        }
        p.put("possiblySameAs", pairs);
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

    private static void events(Map<String, Object> p, String articleId, Resolved.Article r) {
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
        p.put("meetings", meetings);

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
        p.put("statements", statements);

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
        p.put("criticisms", criticisms);

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
        p.put("roles", roles);

        p.put("meetingEvidence", meetingEvidence);
        p.put("statementEvidence", statementEvidence);
        p.put("criticismEvidence", criticismEvidence);
        p.put("roleEvidence", roleEvidence);

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
        p.put("claims", claims);
    }

    /** Degrees of the actors this article touched, conflict flags of its meetings and of its claims' subjects. */
    private static void derived(Map<String, Object> p, Resolved.Article r) {
        Set<String> actors = new LinkedHashSet<>();
        r.actors().forEach(a -> actors.add(a.id()));
        r.meetings().forEach(m -> actors.addAll(m.participants()));
        Set<Map<String, Object>> subjects = new LinkedHashSet<>();
        r.claims().forEach(c -> {
            if (c.subject() != null && c.attribute() != null) {
                subjects.add(Map.of("subject", c.subject(), "attribute", c.attribute()));
            }
        });
        p.put("actorIds", List.copyOf(actors));
        p.put("meetingIds", r.meetings().stream().map(Resolved.Meeting::id).toList());
        p.put("claimSubjects", List.copyOf(subjects));
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

}
