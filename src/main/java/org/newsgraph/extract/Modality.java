package org.newsgraph.extract;

import java.util.Locale;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Whether the event a predicate names happened, is announced, or is only negated, wished for or
 * conditional. Reads auxiliaries, negation, "if" clauses and the verb that governs an infinitive
 * ("declined to criticize", "is expected to meet", "ready to meet").
 */
enum Modality {
    /** It happened (past, perfect, progressive, or plain present). */
    ACTUAL,
    /** It is announced for the future ("will meet", "is due to hold talks"). */
    PLANNED,
    /** It did not or may not happen: negated, conditional, hypothetical, wished for. */
    IRREALIS;

    static Modality of(Lexicon lexicon, Sentence s, IndexedWord predicate) {
        return of(lexicon, s, predicate, true);
    }

    /**
     * The modality of a verb that attributes a quote. Parsers often hang "…," she wrote" under the quote's own
     * verb; the quote's "would" or "if" must not make her writing hypothetical, so clausal governors are not read.
     */
    static Modality ofAttribution(Lexicon lexicon, Sentence s, IndexedWord verb) {
        return of(lexicon, s, verb, false);
    }

    private static Modality of(Lexicon lexicon, Sentence s, IndexedWord predicate, boolean throughClauses) {
        SemanticGraph g = s.graph;
        Modality result = ownModality(g, predicate);
        if (result == IRREALIS && futureInThePast(lexicon, g, predicate)) {
            // "she said she would meet X on Thursday": reported "will", not a hypothetical.
            result = PLANNED;
        }
        if (result == IRREALIS) {
            return result;
        }
        IndexedWord planner = plannerBefore(lexicon, s, predicate);
        if (planner != null) {
            return ownModality(g, planner) == IRREALIS ? IRREALIS : PLANNED;
        }
        // Climb through infinitive and clausal complements: "expected to meet", "declined to criticize".
        IndexedWord w = predicate;
        for (int depth = 0; depth < 3; depth++) {
            String rel = Graphs.relationToParent(g, w);
            IndexedWord gov = Graphs.governor(g, w);
            if (gov == null) {
                break;
            }
            if (rel.startsWith("advcl") && isConditional(g, w)) {
                return IRREALIS;
            }
            // A finite clause with a subject of its own that the parser took for a clausal subject is not one.
            boolean ownSubject = !Graphs.children(g, w, "nsubj").isEmpty();
            boolean clausal = rel.startsWith("ccomp") || rel.equals("csubj") && !ownSubject || rel.startsWith("acl");
            if (!(rel.startsWith("xcomp") || throughClauses && clausal)) {
                break;
            }
            String lemma = gov.lemma() == null ? gov.word() : gov.lemma();
            if (lexicon.isNegatingGovernor(lemma) || lexicon.isWishGovernor(lemma) && rel.startsWith("xcomp")) {
                return IRREALIS;
            }
            if (lexicon.isPlanningGovernor(lemma) && (rel.startsWith("xcomp") || rel.startsWith("acl"))) {
                Modality gm = ownModality(g, gov);
                return gm == IRREALIS ? IRREALIS : PLANNED;
            }
            Modality gm = ownModality(g, gov);
            if (gm != ACTUAL) {
                return gm;
            }
            if (rel.startsWith("ccomp")) {
                break;
            }
            w = gov;
        }
        return result;
    }

    /**
     * The word right before an infinitive's "to" when it announces it ("is due to meet", "expected to"), or null.
     * Read by position because parsers often hang such an infinitive elsewhere ("X is due to meet Y, a
     * spokesman said" with "meet" under "said").
     */
    static IndexedWord plannerBefore(Lexicon lexicon, Sentence s, IndexedWord infinitive) {
        for (IndexedWord to : Graphs.children(s.graph, infinitive, "mark")) {
            IndexedWord before = to.word().equalsIgnoreCase("to") ? s.graph.getNodeByIndexSafe(to.index() - 1) : null;
            if (before != null && before.lemma() != null && lexicon.isPlanningGovernor(before.lemma())
                    && !Graphs.children(s.graph, before, "nsubj").isEmpty()) {
                return before;
            }
        }
        return null;
    }

    /** "would" in a clause reported by a speech verb, without negation or condition. */
    private static boolean futureInThePast(Lexicon lexicon, SemanticGraph g, IndexedWord w) {
        if (!Graphs.hasChild(g, w, "aux", "would") || isNegated(g, w) || isConditional(g, w)) {
            return false;
        }
        for (IndexedWord aux : Graphs.children(g, w, "aux")) {
            String a = aux.word().toLowerCase(Locale.ROOT);
            if (!a.equals("would") && !a.equals("be") && !a.equals("have")) {
                return false;
            }
        }
        for (IndexedWord c : g.getChildren(w)) {
            if (Graphs.relationToParent(g, c).startsWith("advcl") && isConditional(g, c)) {
                return false;  // "would meet him if …"
            }
        }
        IndexedWord gov = Graphs.governor(g, w);
        String rel = Graphs.relationToParent(g, w);
        return gov != null && rel.startsWith("ccomp") && lexicon.isSpeechVerb(gov.lemma());
    }

    private static Modality ownModality(SemanticGraph g, IndexedWord w) {
        if (isNegated(g, w)) {
            return IRREALIS;
        }
        // "did not delve into X, reach Y or agree to Z": a conjunct without its own auxiliary shares the
        // first conjunct's negation.
        IndexedWord first = Graphs.parent(g, w, "conj");
        if (first != null && Graphs.children(g, w, "aux").isEmpty() && isNegated(g, first)
                && !Graphs.children(g, first, "aux").isEmpty()) {
            return IRREALIS;
        }
        if (isConditional(g, w)) {
            return IRREALIS;
        }
        boolean future = false;
        for (IndexedWord aux : Graphs.children(g, w, "aux")) {
            String a = aux.word().toLowerCase(Locale.ROOT);
            switch (a) {
                case "would", "could", "might", "may", "should", "must", "can", "'d" -> {
                    return IRREALIS;
                }
                case "will", "shall", "'ll", "wo" -> future = true;
                default -> { }
            }
        }
        return future ? PLANNED : ACTUAL;
    }

    private static boolean isNegated(SemanticGraph g, IndexedWord w) {
        for (IndexedWord adv : Graphs.children(g, w, "advmod")) {
            String a = adv.word().toLowerCase(Locale.ROOT);
            if (a.equals("not") || a.equals("n't") || a.equals("never")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConditional(SemanticGraph g, IndexedWord w) {
        for (IndexedWord mark : Graphs.children(g, w, "mark")) {
            String m = mark.word().toLowerCase(Locale.ROOT);
            if (m.equals("if") || m.equals("unless") || m.equals("whether")) {
                return true;
            }
        }
        return false;
    }
}
