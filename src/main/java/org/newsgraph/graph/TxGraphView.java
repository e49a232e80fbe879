package org.newsgraph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.CriticismKind;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.resolve.GraphView;
import org.newsgraph.resolve.Known;

/** The graph as resolution sees it, read inside the transaction that will write the article. */
final class TxGraphView implements GraphView {

    private final TransactionContext tx;

    TxGraphView(TransactionContext tx) {
        this.tx = tx;
    }

    @Override
    public Map<String, String> actorsByAliasKey(Collection<String> keys) {
        Map<String, String> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        tx.run(WriteCypher.ACTORS_BY_ALIAS, Map.of("keys", List.copyOf(keys)))
                .forEachRemaining(r -> out.put(r.get("key").asString(), r.get("id").asString()));
        return out;
    }

    @Override
    public List<String> namesOf(String actorId) {
        return tx.run(WriteCypher.NAMES_OF, Map.of("id", actorId)).list(r -> r.get("name").asString());
    }

    @Override
    public List<Known.Actor> personsBySurname(String surnameKey) {
        return tx.run(WriteCypher.PERSONS_BY_SURNAME, Map.of("key", surnameKey)).list(r -> new Known.Actor(
                r.get("id").asString(), r.get("name").asString(), ActorType.valueOf(r.get("type").asString()),
                r.get("aliases").asList(Value::asString)));
    }

    @Override
    public List<Known.Meeting> meetingsOf(Collection<String> actorIds) {
        return tx.run(WriteCypher.MEETINGS_OF, Map.of("ids", List.copyOf(actorIds))).list(r -> new Known.Meeting(
                r.get("id").asString(),
                new LinkedHashSet<>(r.get("participants").asList(Value::asString)),
                MeetingStatus.valueOf(r.get("status").asString()),
                r.get("claims").asList(c -> new Known.Claim(
                        c.get("article").asString(null),
                        PartialDate.parseOrNull(c.get("date").asString(null)),
                        c.get("place").asString(null)))));
    }

    @Override
    public List<Known.Statement> statementsBy(String speakerId) {
        return tx.run(WriteCypher.STATEMENTS_BY, Map.of("id", speakerId))
                .list(r -> new Known.Statement(r.get("id").asString(), r.get("text").asString()));
    }

    @Override
    public List<Known.Criticism> criticisms(String criticId, String targetId) {
        return tx.run(WriteCypher.CRITICISMS_BETWEEN, Map.of("critic", criticId, "target", targetId))
                .list(r -> new Known.Criticism(r.get("id").asString(), CriticismKind.valueOf(r.get("kind").asString()),
                        PartialDate.parseOrNull(r.get("date").asString(null))));
    }
}
