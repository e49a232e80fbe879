package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which system actor is which gold actor. A pair can align when any name or alias of one equals any name or
 * alias of the other after {@link Words#nameKey normalization}; each actor aligns at most once, pairs sharing
 * the most names first, then pairs whose main names are equal, then pairs of the same type. Types need not
 * agree (a mismatch is reported, not punished).
 * <p>
 * Facts are compared in gold ids: an aligned system actor takes its gold actor's id, an unaligned one keeps an
 * id no gold actor can have, so its facts never match.
 */
final class ActorAlignment {

    /** The types the gold annotates; system actors of other types are ignored altogether. */
    static final Set<String> SCORED_TYPES = Set.of("PERSON", "ORGANIZATION", "PLACE", "GROUP", "PROPOSAL");

    private final List<Facts.Actor> gold;
    private final List<Facts.Actor> system;
    private final List<Greedy.Pair> pairs;
    private final Map<String, String> goldIdOfSystem = new HashMap<>();

    private ActorAlignment(List<Facts.Actor> gold, List<Facts.Actor> system, List<Greedy.Pair> pairs) {
        this.gold = gold;
        this.system = system;
        this.pairs = pairs;
        for (Greedy.Pair p : pairs) {
            goldIdOfSystem.put(system.get(p.system()).id(), gold.get(p.gold()).id());
        }
    }

    static ActorAlignment align(List<Facts.Actor> goldActors, List<Facts.Actor> systemActors) {
        List<Facts.Actor> gold = scored(goldActors);
        List<Facts.Actor> system = scored(systemActors);
        List<Set<String>> goldKeys = gold.stream().map(ActorAlignment::keys).toList();
        List<Set<String>> systemKeys = system.stream().map(ActorAlignment::keys).toList();
        List<Greedy.Pair> pairs = Greedy.match(gold.size(), system.size(), (g, s) -> {
            Set<String> shared = new HashSet<>(goldKeys.get(g));
            shared.retainAll(systemKeys.get(s));
            if (shared.isEmpty()) {
                return 0;
            }
            // Tie-breakers stay below 1 so that the number of shared names always decides first.
            boolean sameName = Words.nameKey(gold.get(g).name()).equals(Words.nameKey(system.get(s).name()));
            boolean sameType = gold.get(g).type().equals(system.get(s).type());
            return shared.size() + (sameName ? 0.5 : 0) + (sameType ? 0.25 : 0);
        });
        return new ActorAlignment(gold, system, pairs);
    }

    /** The id under which a gold fact's actor is compared. */
    static String goldRef(String goldId) {
        return "g:" + goldId;
    }

    /** The id under which a system fact's actor is compared: its gold actor's, when it has one. */
    String systemRef(String systemId) {
        String goldId = goldIdOfSystem.get(systemId);
        return goldId != null ? goldRef(goldId) : "s:" + systemId;
    }

    CategoryResult result() {
        Set<Integer> goldAligned = new HashSet<>();
        Set<Integer> systemAligned = new HashSet<>();
        for (Greedy.Pair p : pairs) {
            goldAligned.add(p.gold());
            systemAligned.add(p.system());
        }
        List<Fact> misses = unaligned(gold, goldAligned);
        List<Fact> falseActors = unaligned(system, systemAligned);
        return new CategoryResult(Category.ACTORS, new Score(pairs.size(), falseActors.size(), misses.size()),
                misses, falseActors);
    }

    List<TypeMismatch> typeMismatches() {
        List<TypeMismatch> out = new ArrayList<>();
        for (Greedy.Pair p : pairs) {
            Facts.Actor g = gold.get(p.gold());
            Facts.Actor s = system.get(p.system());
            if (!g.type().equals(s.type())) {
                out.add(new TypeMismatch(g.name(), g.type(), s.name(), s.type()));
            }
        }
        return out;
    }

    private static List<Fact> unaligned(List<Facts.Actor> actors, Set<Integer> aligned) {
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            if (!aligned.contains(i)) {
                Facts.Actor a = actors.get(i);
                out.add(new Fact(a.name() + " (" + a.type() + ")", null, null));
            }
        }
        return out;
    }

    private static List<Facts.Actor> scored(List<Facts.Actor> actors) {
        return actors.stream().filter(a -> SCORED_TYPES.contains(a.type())).toList();
    }

    private static Set<String> keys(Facts.Actor actor) {
        Set<String> keys = new HashSet<>();
        for (String name : actor.names()) {
            String key = Words.nameKey(name);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }
}
