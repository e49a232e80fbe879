package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extract.ActorRef;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Criticism;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.Meeting;
import org.newsgraph.extract.Nicknames;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Statement;

/**
 * Where facts are merged: maps an article's actors and events onto the graph. Actors go through
 * {@link ActorResolver}; meetings through {@link EventResolver}; the same statement (the same words from the
 * same speaker, in two spellings or at two lengths) and the same criticism (same critic, target and
 * compatible date) from several articles become one node with several sources.
 */
public final class Resolver {

    private final ActorResolver actors;
    private final EventResolver events;

    public Resolver() {
        this.actors = new ActorResolver(Lexicon.get(), Nicknames.get());
        this.events = new EventResolver(new PlaceContainment(Gazetteer.get()));
    }

    public Resolved.Article resolve(String articleId, ArticleFacts facts, GraphView view) {
        List<Resolved.PossibleMatch> possible = new ArrayList<>();
        Map<String, String> global = new HashMap<>();
        Map<String, Resolved.Actor> byId = new LinkedHashMap<>();
        // Proposals last: one made by an actor of this article is found through that actor's graph-wide id.
        List<ActorRef> ordered = new ArrayList<>(facts.actors());
        ordered.sort(java.util.Comparator.comparing(r -> r.type() == ActorType.PROPOSAL));
        for (ActorRef ref : ordered) {
            ActorRef.ProposedBy by = ref.proposedBy();
            String proposerKey = by != null && global.containsKey(by.actor())
                    ? NameKeys.proposerKey(global.get(by.actor()), by.kind()) : null;
            Resolved.Actor a = actors.resolve(ref, proposerKey, view, possible);
            global.put(ref.localId(), a.id());
            byId.merge(a.id(), a, Resolver::combine);
        }

        List<EventResolver.Report> reports = new ArrayList<>();
        for (Meeting m : facts.meetings()) {
            Set<String> participants = new LinkedHashSet<>();
            m.participants().forEach(p -> participants.add(global.get(p)));
            if (participants.size() < 2) {
                continue;
            }
            for (Evidence e : m.evidence()) {
                reports.add(new EventResolver.Report(participants, m.date(), global(global, m.place()), m.status(), e));
            }
        }
        Map<String, Collection<String>> placeNames = new HashMap<>();
        byId.values().forEach(a -> placeNames.put(a.id(), a.aliases()));
        List<Resolved.Meeting> meetings = events.meetings(articleId, reports, view,
                id -> placeNames.computeIfAbsent(id, view::namesOf));

        return new Resolved.Article(articleId, new ArrayList<>(byId.values()), possible, meetings,
                statements(articleId, facts.statements(), global, view),
                criticisms(articleId, facts.criticisms(), global, view),
                roles(facts.roles(), global),
                claims(articleId, facts.claims(), global));
    }

    private static List<Resolved.Claim> claims(String articleId, List<Claim> in, Map<String, String> global) {
        List<Resolved.Claim> out = new ArrayList<>();
        for (Claim c : in) {
            String subject = global.get(c.subject());
            out.add(new Resolved.Claim(Ids.of("clm", articleId, Integer.toString(c.evidence().sentenceIndex()), subject,
                    c.attribute()), subject, c.attribute(), c.value(), c.approximate(), c.text(), c.evidence()));
        }
        return out;
    }

    private static String global(Map<String, String> global, String local) {
        return local == null ? null : global.get(local);
    }

    /** Two local names for one global actor ("Ottawa" acting as Canada, and "Canada"): one actor, all names. */
    private static Resolved.Actor combine(Resolved.Actor a, Resolved.Actor b) {
        List<String> aliases = new ArrayList<>(new LinkedHashSet<>(a.aliases()));
        b.aliases().stream().filter(x -> !aliases.contains(x)).forEach(aliases::add);
        List<Resolved.AliasKey> keys = new ArrayList<>(a.keys());
        b.keys().stream().filter(k -> keys.stream().noneMatch(x -> x.key().equals(k.key()))).forEach(keys::add);
        Resolved.Actor fuller = b.name().length() > a.name().length() ? b : a;
        return new Resolved.Actor(a.id(), fuller.name(), a.type(), aliases, keys, a.surnameKey() != null ? a.surnameKey() : b.surnameKey(),
                a.mentions() + b.mentions(), a.hub() || b.hub(), a.rule());
    }

    private List<Resolved.Statement> statements(String articleId, List<Statement> in, Map<String, String> global, GraphView view) {
        List<Resolved.Statement> out = new ArrayList<>();
        for (Statement s : in) {
            String speaker = global.get(s.speaker());
            List<String> about = s.about().stream().map(global::get).filter(x -> !x.equals(speaker)).distinct().toList();
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).speaker().equals(speaker) && EventResolver.sameWords(out.get(i).text(), s.text())) {
                    same = i;
                }
            }
            if (same >= 0) {
                Resolved.Statement prior = out.get(same);
                List<Evidence> evidence = new ArrayList<>(prior.evidence());
                evidence.add(s.evidence());
                String longer = s.text().length() > prior.text().length() ? s.text() : prior.text();
                out.set(same, new Resolved.Statement(prior.id(), speaker, longer, prior.direct() || s.direct(),
                        prior.date() != null ? prior.date() : s.date(), union(prior.about(), about), evidence));
                continue;
            }
            String id = view.statementsBy(speaker).stream()
                    .filter(k -> EventResolver.sameWords(k.text(), s.text()))
                    .map(Known.Statement::id)
                    .findFirst()
                    .orElse(Ids.of("stm", speaker, EventResolver.normalize(s.text())));
            out.add(new Resolved.Statement(id, speaker, s.text(), s.direct(), s.date(), about, List.of(s.evidence())));
        }
        return out;
    }

    private List<Resolved.Criticism> criticisms(String articleId, List<Criticism> in, Map<String, String> global, GraphView view) {
        Map<String, Resolved.Criticism> out = new LinkedHashMap<>();
        for (Criticism c : in) {
            String critic = global.get(c.critic());
            String target = global.get(c.target());
            if (critic.equals(target)) {
                continue;
            }
            String local = critic + ">" + target;
            Resolved.Criticism prior = out.get(local);
            if (prior != null) {
                List<Evidence> evidence = new ArrayList<>(prior.evidence());
                evidence.add(c.evidence());
                out.put(local, new Resolved.Criticism(prior.id(), critic, target, prior.kind(),
                        prior.quote() != null ? prior.quote() : c.quote(), prior.date() != null ? prior.date() : c.date(), evidence));
                continue;
            }
            String id = view.criticisms(critic, target).stream()
                    .filter(k -> k.date() == null || c.date() == null || k.date().compatibleWith(c.date()))
                    .map(Known.Criticism::id)
                    .findFirst()
                    .orElse(Ids.of("crt", critic, target, c.date() == null ? articleId : c.date().iso()));
            out.put(local, new Resolved.Criticism(id, critic, target, c.kind(), c.quote(), c.date(), List.of(c.evidence())));
        }
        return new ArrayList<>(out.values());
    }

    private static List<Resolved.Role> roles(List<Role> in, Map<String, String> global) {
        Map<String, Resolved.Role> out = new LinkedHashMap<>();
        for (Role r : in) {
            String person = global.get(r.person());
            String org = global(global, r.organization());
            if (person.equals(org)) {
                continue;
            }
            String title = r.title().toLowerCase(Locale.ROOT);
            String id = Ids.of("rol", person, title, String.valueOf(org));
            Resolved.Role prior = out.get(id);
            List<Evidence> evidence = new ArrayList<>(prior == null ? List.of() : prior.evidence());
            evidence.add(r.evidence());
            out.put(id, new Resolved.Role(id, person, title, org, evidence));
        }
        return new ArrayList<>(out.values());
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return new ArrayList<>(out);
    }
}
