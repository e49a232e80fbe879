package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/** Small queries over CoreNLP's enhanced++ dependency graphs, named for what the rules ask. */
final class Graphs {

    private Graphs() {
    }

    /** Children whose relation is {@code rel} exactly or {@code rel:…} ("nmod" matches "nmod:with"). */
    static List<IndexedWord> children(SemanticGraph g, IndexedWord w, String rel) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (matches(e, rel)) {
                out.add(e.getDependent());
            }
        }
        out.sort(Comparator.comparingInt(IndexedWord::index));
        return out;
    }

    static IndexedWord child(SemanticGraph g, IndexedWord w, String rel) {
        List<IndexedWord> c = children(g, w, rel);
        return c.isEmpty() ? null : c.get(0);
    }

    static boolean hasChild(SemanticGraph g, IndexedWord w, String rel, String lemmaOrWord) {
        for (IndexedWord c : children(g, w, rel)) {
            if (c.word().equalsIgnoreCase(lemmaOrWord) || lemmaOrWord.equalsIgnoreCase(c.lemma())) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(SemanticGraphEdge e, String rel) {
        String r = e.getRelation().toString();
        return r.equals(rel) || r.startsWith(rel + ":") || rel.endsWith(":") && r.startsWith(rel);
    }

    /** The governor through the first incoming edge whose relation matches, or null. */
    static IndexedWord parent(SemanticGraph g, IndexedWord w, String rel) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
            if (matches(e, rel)) {
                return e.getGovernor();
            }
        }
        return null;
    }

    /** The relation to the word's basic governor (the first incoming edge), or "root". */
    static String relationToParent(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
            return e.getRelation().toString();
        }
        return "root";
    }

    static IndexedWord governor(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
            return e.getGovernor();
        }
        return null;
    }

    /** The word and its conjuncts ("Ortiz and Lenz" from "Ortiz"). */
    static List<IndexedWord> withConjuncts(SemanticGraph g, IndexedWord w) {
        Set<IndexedWord> out = new LinkedHashSet<>();
        out.add(w);
        out.addAll(children(g, w, "conj"));
        return new ArrayList<>(out);
    }

    /** Lowest and highest token index in the word's subtree; give it the basic tree (see {@link Sentence#extent}). */
    static int[] extent(SemanticGraph g, IndexedWord w) {
        int lo = w.index();
        int hi = w.index();
        for (IndexedWord d : g.descendants(w)) {
            lo = Math.min(lo, d.index());
            hi = Math.max(hi, d.index());
        }
        return new int[] {lo, hi};
    }
}
