package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Criticism, after CAMEO's 11x/12x classes: verbs ("criticized", "accused X of", "rejected the plan",
 * "hit back at"), passives turned around ("was criticised by Y", "came under fire from Y",
 * "drew criticism from Y"), name-calling ("called X naive", "branded X a liar"), and quotes whose words
 * accuse a named actor ("X fully favours the other side"). Negated, hedged and conditional forms are not
 * criticism, and neither is praise.
 */
final class CriticismRules {

    /** Nouns for what someone said or asked for: "dismissed X's claims" targets X. */
    private static final Set<String> SAYINGS = Set.of("claim", "claims", "remark", "remarks", "comment", "comments",
            "allegation", "allegations", "accusation", "accusations", "statement", "statements", "argument",
            "arguments", "assertion", "assertions", "demand", "demands", "criticism", "warning", "warnings",
            "position", "stance", "conduct", "behaviour", "behavior", "handling", "suggestion", "call", "calls",
            "request", "idea", "ideas", "approach", "record", "decision", "words");
    private static final Set<String> NAME_CALLING = Set.of("call", "brand", "label", "describe", "dub", "deem");
    private static final Set<String> RECEIVING = Set.of("draw", "face", "receive", "attract", "provoke", "spark",
            "trigger", "earn", "meet", "prompt", "incur", "suffer", "come");

    private final Lexicon lexicon;
    private final ActorTable table;
    private final Arguments args;
    private final Discourse discourse;
    private final LocalDate published;

    CriticismRules(Lexicon lexicon, ActorTable table, Arguments args, Discourse discourse, LocalDate published) {
        this.lexicon = lexicon;
        this.table = table;
        this.args = args;
        this.discourse = discourse;
        this.published = published;
    }

    List<Criticism> find(Sentence s) {
        List<Criticism> out = new ArrayList<>();
        if (!s.parsed()) {
            return out;
        }
        for (IndexedWord w : s.graph.vertexListSorted()) {
            if (discourse.inQuote(s.index, w.index())) {
                continue;
            }
            String tag = w.tag() == null ? "" : w.tag();
            String lemma = (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
            if (tag.startsWith("VB")) {
                verb(s, w, lemma, out);
                phrasal(s, w, lemma, out);
                nameCalling(s, w, lemma, out);
                received(s, w, lemma, out);
            } else if (tag.startsWith("NN")) {
                nounWithCritic(s, w, out);
            }
        }
        return out;
    }

    /** "Y criticized X", "X was criticised by Y", "Y accused X of …", "Y rejected the plan". */
    private void verb(Sentence s, IndexedWord v, String lemma, List<Criticism> out) {
        Optional<CriticismKind> kind = lexicon.criticismVerb(lemma);
        if (kind.isEmpty() || !acts(s, v)) {
            return;
        }
        SemanticGraph g = s.graph;
        List<String> critics;
        List<IndexedWord> targets;
        if (!Graphs.children(g, v, "nsubj:pass").isEmpty()) {
            critics = new ArrayList<>();
            Graphs.children(g, v, "obl:agent").forEach(x -> critics.addAll(args.actors(s, x, Arguments.Accept.AGENTS)));
            targets = Graphs.children(g, v, "nsubj:pass");
        } else {
            critics = subjects(s, v);
            targets = Graphs.children(g, v, "obj");
        }
        if (targets.isEmpty() && (lemma.equals("question") || lemma.equals("challenge"))) {
            return;
        }
        add(s, v, critics, targets, kind.get(), "criticism-verb", out);
    }

    /** "hit back at X", "took aim at X", "poured scorn on X". */
    private void phrasal(Sentence s, IndexedWord v, String lemma, List<Criticism> out) {
        SemanticGraph g = s.graph;
        for (Lexicon.Phrasal p : lexicon.criticismPhrasals()) {
            if (!p.verb().equals(lemma)) {
                continue;
            }
            boolean second = p.particleOrObject().equals("-")
                    || Graphs.hasChild(g, v, "compound:prt", p.particleOrObject())
                    || Graphs.hasChild(g, v, "obj", p.particleOrObject())
                    || Graphs.hasChild(g, v, "advmod", p.particleOrObject());
            List<IndexedWord> targets = Graphs.children(g, v, "obl:" + p.preposition());
            if (second && !targets.isEmpty() && acts(s, v)) {
                add(s, v, subjects(s, v), targets, p.kind(), "criticism-phrasal", out);
                return;
            }
        }
    }

    /** "called X naive", "branded X a liar". */
    private void nameCalling(Sentence s, IndexedWord v, String lemma, List<Criticism> out) {
        if (!NAME_CALLING.contains(lemma) || !acts(s, v)) {
            return;
        }
        SemanticGraph g = s.graph;
        for (IndexedWord x : Graphs.children(g, v, "xcomp")) {
            boolean pejorative = lexicon.isPejorative(x.word());
            for (IndexedWord m : Graphs.children(g, x, "amod")) {
                pejorative |= lexicon.isPejorative(m.word());
            }
            if (pejorative) {
                add(s, v, subjects(s, v), Graphs.children(g, v, "obj"),
                        lemma.equals("brand") ? CriticismKind.ACCUSE : CriticismKind.CRITICIZE, "criticism-name-calling", out);
                return;
            }
        }
    }

    /** "X drew criticism from Y", "X came under fire from Y", "X faced a backlash from Y". */
    private void received(Sentence s, IndexedWord v, String lemma, List<Criticism> out) {
        if (!RECEIVING.contains(lemma) || !acts(s, v)) {
            return;
        }
        SemanticGraph g = s.graph;
        for (IndexedWord c : g.getChildren(v)) {
            Optional<CriticismKind> kind = lexicon.criticismNoun(c.lemma() == null ? c.word() : c.lemma());
            if (kind.isEmpty()) {
                continue;
            }
            List<IndexedWord> from = new ArrayList<>(Graphs.children(g, c, "nmod:from"));
            from.addAll(Graphs.children(g, v, "obl:from"));
            if (from.isEmpty()) {
                continue;
            }
            List<String> critics = new ArrayList<>();
            from.forEach(x -> critics.addAll(args.actors(s, x, Arguments.Accept.AGENTS)));
            List<IndexedWord> targets = Graphs.children(g, v, "nsubj");
            add(s, v, critics, targets, kind.get(), "criticism-received", out);
            return;
        }
    }

    /** "criticism of X by Y", "Y's condemnation of X". */
    private void nounWithCritic(Sentence s, IndexedWord n, List<Criticism> out) {
        Optional<CriticismKind> kind = lexicon.criticismNoun(n.word());
        if (kind.isEmpty()) {
            return;
        }
        SemanticGraph g = s.graph;
        IndexedWord gov = Graphs.governor(g, n);
        if (gov != null && gov.lemma() != null && RECEIVING.contains(gov.lemma())) {
            return;  // read by received()
        }
        List<IndexedWord> targets = Graphs.children(g, n, "nmod:of");
        targets.addAll(Graphs.children(g, n, "nmod:against"));
        List<String> critics = new ArrayList<>();
        Graphs.children(g, n, "nmod:by").forEach(x -> critics.addAll(args.actors(s, x, Arguments.Accept.AGENTS)));
        Graphs.children(g, n, "nmod:poss").forEach(x -> critics.addAll(args.actors(s, x, Arguments.Accept.AGENTS)));
        if (!critics.isEmpty() && !targets.isEmpty()) {
            add(s, n, critics, targets, kind.get(), "criticism-noun", out);
        }
    }

    /** Accusations inside a statement's words: "it is clear that X fully favours the Russians". */
    List<Criticism> fromStatements(List<Sentence> sentences, List<Statement> statements) {
        List<Criticism> out = new ArrayList<>();
        for (Statement st : statements) {
            Sentence s = sentences.get(st.evidence().sentenceIndex());
            if (!s.parsed()) {
                continue;
            }
            SemanticGraph g = s.graph;
            for (IndexedWord w : g.vertexListSorted()) {
                String lemma = (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
                boolean accusing = lexicon.isAccusationPredicate(lemma) && w.tag().startsWith("VB")
                        || lexicon.isPejorative(w.word()) && !Graphs.children(g, w, "cop").isEmpty();
                if (!accusing || !st.text().contains(w.word()) || Modality.of(lexicon, s, w) == Modality.IRREALIS) {
                    continue;
                }
                for (IndexedWord subject : Graphs.children(g, w, "nsubj")) {
                    Optional<String> target = table.at(s.index, subject.index()).map(ActorTable.Mention::localId);
                    if (target.isPresent() && !target.get().equals(st.speaker()) && st.text().contains(subject.word())) {
                        out.add(new Criticism(st.speaker(), target.get(), CriticismKind.CRITICIZE,
                                st.direct() ? st.text() : null, st.date(), s.evidence(0.6, "criticism-in-quote")));
                    }
                }
            }
        }
        return out;
    }

    /** The criticism really happened: not negated, hedged, conditional or merely wished for. */
    private boolean acts(Sentence s, IndexedWord v) {
        return Modality.of(lexicon, s, v) == Modality.ACTUAL;
    }

    private List<String> subjects(Sentence s, IndexedWord v) {
        SemanticGraph g = s.graph;
        IndexedWord w = v;
        for (int depth = 0; depth < 3 && w != null; depth++) {
            List<String> found = new ArrayList<>();
            for (IndexedWord x : Graphs.children(g, w, "nsubj")) {
                found.addAll(args.actors(s, x, Arguments.Accept.AGENTS));
            }
            if (!found.isEmpty()) {
                return found;
            }
            String rel = Graphs.relationToParent(g, w);
            if (!(rel.startsWith("xcomp") || rel.startsWith("conj") || rel.startsWith("advcl"))) {
                break;
            }
            w = Graphs.governor(g, w);
        }
        return List.of();
    }

    private void add(Sentence s, IndexedWord predicate, List<String> critics, List<IndexedWord> targetWords,
                     CriticismKind kind, String rule, List<Criticism> out) {
        if (critics.isEmpty()) {
            return;
        }
        List<String> targets = new ArrayList<>();
        for (IndexedWord t : targetWords) {
            targets.addAll(targetsOf(s, t));
        }
        PartialDate date = Dates.attached(s, predicate, Modality.ACTUAL, published);
        for (String critic : critics) {
            for (String target : targets) {
                if (!critic.equals(target)) {
                    out.add(new Criticism(critic, target, kind, null, date, s.evidence(0.8, rule)));
                }
            }
        }
    }

    /**
     * What was criticized: "X's claims" and "the coaching by X" are X; a plan or offer is a proposal;
     * otherwise the actors the phrase names.
     */
    private List<String> targetsOf(Sentence s, IndexedWord t) {
        SemanticGraph g = s.graph;
        List<String> out = new ArrayList<>();
        for (IndexedWord x : Graphs.withConjuncts(g, t)) {
            String word = x.word().toLowerCase(Locale.ROOT);
            IndexedWord owner = Graphs.child(g, x, "nmod:poss");
            if (owner == null && !x.tag().startsWith("NNP")) {
                owner = Graphs.child(g, x, "nmod:by");
            }
            if (owner != null && (SAYINGS.contains(word) || !lexicon.isProposalHead(word) && table.at(s.index, x.index()).isEmpty())) {
                args.one(s, owner, Arguments.Accept.AGENTS).ifPresent(out::add);
                continue;
            }
            args.one(s, x, Arguments.Accept.TARGETS).ifPresent(out::add);
        }
        return out;
    }
}
