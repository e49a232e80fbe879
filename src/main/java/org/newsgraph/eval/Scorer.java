package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores a system's facts against a gold set, category by category (see the package documentation for the rules).
 * Pure computation: no store, no NLP.
 */
public final class Scorer {

    /** Statement texts match from this word overlap on. */
    public static final double STATEMENT_OVERLAP = 0.6;

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "to", "at", "in", "on");
    /** Words that make another role of a title ("vice president" is not "president"), so never tolerated as extras. */
    private static final Set<String> RANK_QUALIFIERS = Set.of("former", "ex", "shadow", "interim", "acting", "deputy",
            "vice", "assistant", "co", "outgoing", "incoming", "designate", "elect");

    /** A fact to compare: what decides the match, and how to show it. */
    private record Item<K>(K key, Fact fact) {
    }

    private record Pair(String first, String second, String status) {
    }

    private record Directed(String critic, String target) {
    }

    private record Said(String speaker, List<String> words) {
    }

    private record Titled(String person, List<String> title) {
    }

    @FunctionalInterface
    private interface KeySimilarity<K> {
        double of(K gold, K system);
    }

    private Scorer() {
    }

    public static SetResult score(String setId, Facts gold, Facts system) {
        ActorAlignment alignment = ActorAlignment.align(gold.actors(), system.actors());
        Side g = new Side(gold, ActorAlignment::goldRef);
        Side s = new Side(system, alignment::systemRef);
        List<CategoryResult> results = List.of(
                alignment.result(),
                compare(Category.MEETINGS, distinct(g.meetings()), distinct(s.meetings()), Scorer::same),
                compare(Category.CRITICISMS, distinct(g.criticisms()), distinct(s.criticisms()), Scorer::same),
                compare(Category.STATEMENTS, g.statements(), s.statements(), Scorer::said),
                compare(Category.ROLES, distinct(g.roles()), distinct(s.roles()), Scorer::titled));
        return new SetResult(setId, results, alignment.typeMismatches());
    }

    /**
     * How much of a statement the system got: the better of token F1 and the share of gold words in the system's
     * text (the latter so that a system text that keeps the framing, "he said that …", still matches). Words
     * are counted with repetition.
     */
    static double overlap(List<String> gold, List<String> system) {
        if (gold.isEmpty() || system.isEmpty()) {
            return 0;
        }
        Map<String, Integer> left = new HashMap<>();
        gold.forEach(w -> left.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : system) {
            if (left.merge(w, -1, Integer::sum) >= 0) {
                common++;
            }
        }
        double f1 = 2.0 * common / (gold.size() + system.size());
        double containment = (double) common / gold.size();
        return Math.max(f1, containment);
    }

    /** Lower-case words of a title without a leading article: "The Special Envoy" is "special envoy". */
    static List<String> title(String title) {
        List<String> words = Words.of(title);
        int start = 0;
        while (start < words.size() && ARTICLES.contains(words.get(start))) {
            start++;
        }
        return words.subList(start, words.size());
    }

    /**
     * 2 for the same title, 1 when the system's title has the gold's head noun and every gold word plus extra
     * words that are not rank qualifiers ("US special envoy" for "special envoy", but not "envoy" for "special
     * envoy" nor "vice president" for "president"), 0 otherwise.
     */
    static int titleMatch(List<String> gold, List<String> system) {
        if (gold.isEmpty() || system.isEmpty()) {
            return 0;
        }
        if (gold.equals(system)) {
            return 2;
        }
        Set<String> extra = new HashSet<>(system);
        gold.forEach(extra::remove);
        boolean head = head(gold).equals(head(system));
        boolean qualifiersKept = new HashSet<>(system).containsAll(gold);
        return head && qualifiersKept && extra.stream().noneMatch(RANK_QUALIFIERS::contains) ? 1 : 0;
    }

    /** The noun a title is about: the word before its first preposition ("secretary of state"), else the last. */
    private static String head(List<String> title) {
        for (int i = 1; i < title.size(); i++) {
            if (PREPOSITIONS.contains(title.get(i))) {
                return title.get(i - 1);
            }
        }
        return title.getLast();
    }

    private static double same(Object gold, Object system) {
        return gold.equals(system) ? 1 : 0;
    }

    private static double said(Said gold, Said system) {
        if (!gold.speaker().equals(system.speaker())) {
            return 0;
        }
        double overlap = overlap(gold.words(), system.words());
        return overlap >= STATEMENT_OVERLAP ? overlap : 0;
    }

    private static double titled(Titled gold, Titled system) {
        return gold.person().equals(system.person()) ? titleMatch(gold.title(), system.title()) : 0;
    }

    private static <K> CategoryResult compare(Category category, List<Item<K>> gold, List<Item<K>> system,
                                              KeySimilarity<K> similarity) {
        List<Greedy.Pair> matched = Greedy.match(gold.size(), system.size(),
                (g, s) -> similarity.of(gold.get(g).key(), system.get(s).key()));
        Set<Integer> goldFound = new HashSet<>();
        Set<Integer> systemRight = new HashSet<>();
        for (Greedy.Pair p : matched) {
            goldFound.add(p.gold());
            systemRight.add(p.system());
        }
        List<Fact> misses = facts(gold, goldFound);
        List<Fact> falseFacts = facts(system, systemRight);
        return new CategoryResult(category, new Score(matched.size(), falseFacts.size(), misses.size()), misses, falseFacts);
    }

    private static <K> List<Fact> facts(List<Item<K>> items, Set<Integer> except) {
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!except.contains(i)) {
                out.add(items.get(i).fact());
            }
        }
        return out;
    }

    /** One item per key, shown as the first fact that gave it: the gold and exports list each fact once, pairs may repeat. */
    private static <K> List<Item<K>> distinct(List<Item<K>> items) {
        Map<K, Item<K>> first = new LinkedHashMap<>();
        items.forEach(i -> first.putIfAbsent(i.key(), i));
        return List.copyOf(first.values());
    }

    /** One side's facts as comparable items: keys in gold ids, texts in this side's own names. */
    private static final class Side {
        private final Facts facts;
        private final Function<String, String> ref;
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, String> articles = new HashMap<>();

        Side(Facts facts, Function<String, String> ref) {
            this.facts = facts;
            this.ref = ref;
            facts.actors().forEach(a -> names.put(a.id(), a.name()));
            facts.articles().forEach(a -> articles.put(a.id(), a.source() == null ? a.id() : fileName(a.source())));
        }

        /** Every pair of participants of a meeting, unordered, with its status. */
        List<Item<Pair>> meetings() {
            List<Item<Pair>> out = new ArrayList<>();
            for (Facts.Meeting m : facts.meetings()) {
                List<String> people = m.participants().stream().distinct().toList();
                for (int i = 0; i < people.size(); i++) {
                    for (int j = i + 1; j < people.size(); j++) {
                        String a = ref.apply(people.get(i));
                        String b = ref.apply(people.get(j));
                        boolean inOrder = a.compareTo(b) <= 0;
                        Pair key = inOrder ? new Pair(a, b, m.status()) : new Pair(b, a, m.status());
                        String text = name(people.get(i)) + " — " + name(people.get(j)) + " (" + m.status() + ")";
                        out.add(new Item<>(key, fact(text, m.sources())));
                    }
                }
            }
            return out;
        }

        List<Item<Directed>> criticisms() {
            return facts.criticisms().stream().map(c -> new Item<>(
                    new Directed(ref.apply(c.critic()), ref.apply(c.target())),
                    fact(name(c.critic()) + " → " + name(c.target())
                            + (c.kind() == null ? "" : " (" + c.kind() + ")"), c.sources()))).toList();
        }

        List<Item<Said>> statements() {
            return facts.statements().stream().map(s -> new Item<>(
                    new Said(ref.apply(s.speaker()), Words.of(s.text())),
                    fact(name(s.speaker()) + ": \"" + s.text() + "\"", s.sources()))).toList();
        }

        List<Item<Titled>> roles() {
            return facts.roles().stream().map(r -> new Item<>(
                    new Titled(ref.apply(r.person()), title(r.title())),
                    fact(name(r.person()) + ": " + r.title(), r.sources()))).toList();
        }

        /** An actor's name; its id when the export refers to an actor it does not list. */
        private String name(String id) {
            return names.getOrDefault(id, id);
        }

        private Fact fact(String text, List<Facts.Source> sources) {
            if (sources.isEmpty()) {
                return new Fact(text, null, null);
            }
            Facts.Source first = sources.getFirst();
            String article = first.article() == null ? null : articles.getOrDefault(first.article(), first.article());
            return new Fact(text, article, first.sentence());
        }

        private static String fileName(String source) {
            if (source.contains("://")) {
                return source;
            }
            int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
            return source.substring(slash + 1);
        }
    }
}
