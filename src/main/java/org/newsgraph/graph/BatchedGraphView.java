package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.resolve.GraphView;
import org.newsgraph.resolve.Known;
import org.newsgraph.resolve.Resolved;
import org.newsgraph.resolve.Resolver;

/**
 * Resolution's reads for one article in two round trips instead of one per name, statement, criticism and meeting.
 * Resolution asks one question at a time, and which questions it asks depends on earlier answers, so it runs three
 * times over the article, which costs microseconds against a round trip's milliseconds:
 * <ol>
 *   <li>against a view that knows nothing, remembering every alias and surname key asked for (every key the real
 *       run can ask for: it asks for the same alias keys, and for surnames only where no alias matched);</li>
 *   <li>with those keys read in one query, remembering the speakers, critic and target pairs and meeting
 *       participants asked about (which follow from the actors alone);</li>
 *   <li>for real, with those read in one query.</li>
 * </ol>
 * The answers are the graph's within the writing transaction, which has written nothing yet, so the result is the
 * one per-question reads would give; a question not asked before is read from the graph then.
 */
final class BatchedGraphView implements GraphView {

    private final TxGraphView graph;
    private final Map<String, String> aliases = new HashMap<>();
    private final Set<String> aliasKeysRead = new HashSet<>();
    private final Map<String, List<Known.Actor>> surnames = new HashMap<>();
    private final Map<String, List<Known.Statement>> statements = new HashMap<>();
    private final Map<String, List<Known.Criticism>> criticisms = new HashMap<>();
    private final Set<String> meetingActorsRead = new HashSet<>();
    private final List<Known.Meeting> meetings = new ArrayList<>();
    private final Map<String, List<String>> names = new HashMap<>();

    private BatchedGraphView(TxGraphView graph) {
        this.graph = graph;
    }

    static Resolved.Article resolve(Resolver resolver, String articleId, ArticleFacts facts, TxGraphView graph) {
        Probe keys = new Probe(null);
        resolver.resolve(articleId, facts, keys);
        BatchedGraphView view = new BatchedGraphView(graph);
        if (!keys.aliasKeys.isEmpty() || !keys.surnameKeys.isEmpty()) {
            view.add(graph.actors(keys.aliasKeys, keys.surnameKeys), keys.aliasKeys);
        }
        Probe events = new Probe(view);
        resolver.resolve(articleId, facts, events);
        if (!events.speakers.isEmpty() || !events.pairs.isEmpty() || !events.meetingActors.isEmpty()) {
            view.add(graph.events(events.speakers, events.pairs, events.meetingActors), events.meetingActors);
        }
        return resolver.resolve(articleId, facts, view);
    }

    private void add(TxGraphView.Actors read, Collection<String> keysAsked) {
        aliasKeysRead.addAll(keysAsked);
        aliases.putAll(read.byAliasKey());
        surnames.putAll(read.bySurname());
    }

    private void add(TxGraphView.Events read, Collection<String> meetingActorsAsked) {
        statements.putAll(read.statementsBy());
        criticisms.putAll(read.criticisms());
        meetingActorsRead.addAll(meetingActorsAsked);
        meetings.addAll(read.meetings());
    }

    @Override
    public Map<String, String> actorsByAliasKey(Collection<String> keys) {
        List<String> missing = keys.stream().filter(k -> !aliasKeysRead.contains(k)).distinct().toList();
        if (!missing.isEmpty()) {
            add(graph.actors(missing, List.of()), missing);
        }
        Map<String, String> out = new HashMap<>();
        for (String k : keys) {
            String id = aliases.get(k);
            if (id != null) {
                out.put(k, id);
            }
        }
        return out;
    }

    @Override
    public List<String> namesOf(String actorId) {
        return names.computeIfAbsent(actorId, graph::namesOf);
    }

    @Override
    public List<Known.Actor> personsBySurname(String surnameKey) {
        return surnames.computeIfAbsent(surnameKey, graph::personsBySurname);
    }

    @Override
    public List<Known.Meeting> meetingsOf(Collection<String> actorIds) {
        if (!meetingActorsRead.containsAll(actorIds)) {
            return graph.meetingsOf(actorIds);
        }
        return meetings.stream().filter(m -> actorIds.stream().anyMatch(m.participants()::contains)).toList();
    }

    @Override
    public List<Known.Statement> statementsBy(String speakerId) {
        return statements.computeIfAbsent(speakerId, graph::statementsBy);
    }

    @Override
    public List<Known.Criticism> criticisms(String criticId, String targetId) {
        return criticisms.computeIfAbsent(TxGraphView.pair(criticId, targetId), k -> graph.criticisms(criticId, targetId));
    }

    /** Answers actor questions from {@code actors} (or with nothing), remembers every question asked. */
    private static final class Probe implements GraphView {
        private final GraphView actors;
        final Set<String> aliasKeys = new LinkedHashSet<>();
        final Set<String> surnameKeys = new LinkedHashSet<>();
        final Set<String> speakers = new LinkedHashSet<>();
        final Set<List<String>> pairs = new LinkedHashSet<>();
        final Set<String> meetingActors = new LinkedHashSet<>();

        Probe(GraphView actors) {
            this.actors = actors;
        }

        @Override
        public Map<String, String> actorsByAliasKey(Collection<String> keys) {
            aliasKeys.addAll(keys);
            return actors == null ? new HashMap<>() : actors.actorsByAliasKey(keys);
        }

        @Override
        public List<String> namesOf(String actorId) {
            return actors == null ? List.of() : actors.namesOf(actorId);
        }

        @Override
        public List<Known.Actor> personsBySurname(String surnameKey) {
            surnameKeys.add(surnameKey);
            return actors == null ? List.of() : actors.personsBySurname(surnameKey);
        }

        @Override
        public List<Known.Meeting> meetingsOf(Collection<String> actorIds) {
            meetingActors.addAll(actorIds);
            return List.of();
        }

        @Override
        public List<Known.Statement> statementsBy(String speakerId) {
            speakers.add(speakerId);
            return List.of();
        }

        @Override
        public List<Known.Criticism> criticisms(String criticId, String targetId) {
            pairs.add(List.of(criticId, targetId));
            return List.of();
        }
    }
}
