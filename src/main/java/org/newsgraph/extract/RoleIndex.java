package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * The roles an article has introduced, so that later descriptions ("the Elysee aide", "the French leader",
 * "the union's general secretary") can be read as the person who holds them.
 */
final class RoleIndex {

    private static final java.util.Set<String> RANKS = java.util.Set.of("shadow", "former", "ex", "deputy", "vice",
            "acting", "interim", "assistant", "junior", "outgoing", "incoming");

    private final List<Role> roles = new ArrayList<>();
    private final ActorTable table;
    private final Lexicon lexicon;

    RoleIndex(ActorTable table, Lexicon lexicon) {
        this.table = table;
        this.lexicon = lexicon;
    }

    void add(Role role) {
        roles.add(role);
    }

    List<Role> all() {
        return roles;
    }

    /**
     * The person a title phrase describes. The head word must be in the role's title (any leader word matches
     * any other: "the Russian leader" is Russia's president); every name or demonym in the phrase must match the
     * role's organization. Among several holders the one whose role was stated last before the phrase wins.
     */
    Optional<String> describedBy(Sentence s, IndexedWord head) {
        SemanticGraph g = s.graph;
        String headWord = head.word().toLowerCase(Locale.ROOT);
        List<String> qualifiers = new ArrayList<>();
        for (String rel : List.of("amod", "compound", "nmod:poss")) {
            for (IndexedWord c : Graphs.children(g, head, rel)) {
                qualifiers.add(c.word());
            }
        }
        // "the Home Secretary" is not the shadow home secretary: a rank the description leaves out rules a role out.
        List<Role> matching = roles.stream()
                .filter(r -> titleMatches(r.title(), headWord))
                .filter(r -> qualifiers.stream().allMatch(q -> qualifierMatches(r, q)))
                .filter(r -> List.of(r.title().split(" ")).stream().noneMatch(word -> RANKS.contains(word)
                        && qualifiers.stream().noneMatch(q -> q.equalsIgnoreCase(word))))
                .toList();
        if (matching.isEmpty() && Arguments.isLeaderWord(headWord)) {
            // "the Canadian leader" when the article only said "President X": the leader named most recently
            // among those whose country it did not state.
            return recentLeaderWithoutCountry(s, headWord);
        }
        if (matching.stream().map(Role::person).distinct().count() > 1 && qualifiers.isEmpty()) {
            // Two holders and nothing in the phrase to choose between them: no answer beats the nearest name.
            return Optional.empty();
        }
        Role stated = null;
        for (Role r : matching) {
            boolean before = r.evidence().sentenceIndex() <= s.index;
            if (stated == null
                    || before && (stated.evidence().sentenceIndex() > s.index || r.evidence().sentenceIndex() >= stated.evidence().sentenceIndex())
                    || !before && stated.evidence().sentenceIndex() > s.index && r.evidence().sentenceIndex() < stated.evidence().sentenceIndex()) {
                stated = r;
            }
        }
        return Optional.ofNullable(stated).map(Role::person);
    }

    private Optional<String> recentLeaderWithoutCountry(Sentence s, String headWord) {
        List<String> holders = roles.stream()
                .filter(r -> r.organization() == null && titleMatches(r.title(), headWord))
                .map(Role::person)
                .distinct()
                .toList();
        String best = null;
        int bestPosition = -1;
        for (ActorTable.Mention m : table.mentions()) {
            if (holders.contains(m.localId()) && m.sentence() < s.index && m.sentence() * 1000 + m.from() > bestPosition) {
                best = m.localId();
                bestPosition = m.sentence() * 1000 + m.from();
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean titleMatches(String title, String headWord) {
        List<String> words = List.of(title.split(" "));
        if (words.contains(headWord)) {
            return true;
        }
        return Arguments.isLeaderWord(headWord) && words.stream().anyMatch(Arguments::isLeaderWord)
                || headWord.equals("leader") && title.endsWith("minister");
    }

    private boolean qualifierMatches(Role r, String qualifier) {
        String q = qualifier.toLowerCase(Locale.ROOT);
        if (q.equals("the") || lexicon.isTitleModifier(q) || r.title().contains(q)) {
            return true;
        }
        if (r.organization() == null) {
            return false;
        }
        String org = table.name(r.organization()).toLowerCase(Locale.ROOT);
        if (org.contains(q)) {
            return true;
        }
        return lexicon.countryOfDemonym(qualifier)
                .map(c -> c.name().equalsIgnoreCase(org))
                .orElse(false);
    }
}
