package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.CriticismKind;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.resolve.GraphView;
import org.newsgraph.resolve.Known;

/**
 * The graph as resolution sees it, read inside the transaction that will write the article. Each question is one
 * round trip; {@link #actors} and {@link #events} ask many at once with the same statements.
 */
final class TxGraphView implements GraphView {

    /** Actor ids by alias key (the keys that exist), and the people of each surname key asked for. */
    record Actors(Map<String, String> byAliasKey, Map<String, List<Known.Actor>> bySurname) {
    }

    /** Statements by speaker, criticisms by {@link #pair} (each asked-for speaker and pair present), meetings by id. */
    record Events(Map<String, List<Known.Statement>> statementsBy, Map<String, List<Known.Criticism>> criticisms,
                  List<Known.Meeting> meetings) {
    }

    private final TransactionContext tx;

    TxGraphView(TransactionContext tx) {
        this.tx = tx;
    }

    static String pair(String criticId, String targetId) {
        return criticId + "\u0000" + targetId;
    }

    Actors actors(Collection<String> aliasKeys, Collection<String> surnameKeys) {
        // A name without a surname key (there should be none) matches nobody by surname.
        List<String> surnames = surnameKeys.stream().filter(k -> k != null).distinct().toList();
        Record r = tx.run(WriteCypher.ACTOR_LOOKUP, Map.of("data", Map.of(
                "keys", List.copyOf(new LinkedHashSet<>(aliasKeys)), "surnameKeys", surnames))).single();
        Map<String, String> byKey = new HashMap<>();
        r.get("aliases").asList(v -> v).forEach(v -> byKey.put(v.get("key").asString(), v.get("id").asString()));
        Map<String, List<Known.Actor>> bySurname = new HashMap<>();
        surnameKeys.forEach(k -> bySurname.put(k, new ArrayList<>()));
        r.get("persons").asList(v -> v).forEach(v -> bySurname.get(v.get("key").asString()).add(new Known.Actor(
                v.get("id").asString(), v.get("name").asString(null), ActorType.valueOf(v.get("type").asString()),
                v.get("aliases").isNull() ? List.of() : v.get("aliases").asList(Value::asString))));
        return new Actors(byKey, bySurname);
    }

    /** {@code pairs}: critic and target ids. */
    Events events(Collection<String> speakers, Collection<List<String>> pairs, Collection<String> meetingActors) {
        List<Map<String, Object>> pairRows = pairs.stream()
                .map(p -> Map.<String, Object>of("critic", p.get(0), "target", p.get(1))).toList();
        Record r = tx.run(WriteCypher.EVENT_LOOKUP, Map.of("data", Map.of("speakers", List.copyOf(speakers),
                "pairs", pairRows, "meetingActors", List.copyOf(meetingActors)))).single();
        Map<String, List<Known.Statement>> statements = new HashMap<>();
        speakers.forEach(s -> statements.put(s, new ArrayList<>()));
        r.get("statements").asList(v -> v).forEach(v -> statements.get(v.get("speaker").asString())
                .add(new Known.Statement(v.get("id").asString(), v.get("text").asString())));
        Map<String, List<Known.Criticism>> criticisms = new HashMap<>();
        pairs.forEach(p -> criticisms.put(pair(p.get(0), p.get(1)), new ArrayList<>()));
        r.get("criticisms").asList(v -> v).forEach(v -> criticisms
                .get(pair(v.get("critic").asString(), v.get("target").asString()))
                .add(new Known.Criticism(v.get("id").asString(), CriticismKind.valueOf(v.get("kind").asString()),
                        PartialDate.parseOrNull(v.get("date").asString(null)))));
        List<Known.Meeting> meetings = r.get("meetings").asList(m -> new Known.Meeting(
                m.get("id").asString(),
                new LinkedHashSet<>(m.get("participants").asList(Value::asString)),
                MeetingStatus.valueOf(m.get("status").asString()),
                m.get("claims").asList(c -> new Known.Claim(
                        c.get("article").asString(null),
                        PartialDate.parseOrNull(c.get("date").asString(null)),
                        c.get("place").asString(null)))));
        return new Events(statements, criticisms, meetings);
    }

    @Override
    public Map<String, String> actorsByAliasKey(Collection<String> keys) {
        return keys.isEmpty() ? new HashMap<>() : new HashMap<>(actors(new LinkedHashSet<>(keys), List.of()).byAliasKey());
    }

    @Override
    public List<String> namesOf(String actorId) {
        return tx.run(WriteCypher.NAMES_OF, Map.of("id", actorId)).list(r -> r.get("name").asString());
    }

    @Override
    public List<Known.Actor> personsBySurname(String surnameKey) {
        return actors(List.of(), List.of(surnameKey)).bySurname().get(surnameKey);
    }

    @Override
    public List<Known.Meeting> meetingsOf(Collection<String> actorIds) {
        return events(List.of(), List.of(), new LinkedHashSet<>(actorIds)).meetings();
    }

    @Override
    public List<Known.Statement> statementsBy(String speakerId) {
        return events(List.of(speakerId), List.of(), List.of()).statementsBy().get(speakerId);
    }

    @Override
    public List<Known.Criticism> criticisms(String criticId, String targetId) {
        return events(List.of(), List.of(List.of(criticId, targetId)), List.of()).criticisms()
                .get(pair(criticId, targetId));
    }

}
