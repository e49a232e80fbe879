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
    /** Nouns for charges someone made, which "the …" can take up again. */
    private static final Set<String> CHARGES = Set.of("claims", "claim", "allegations", "allegation", "accusations",
            "accusation", "charges", "criticism", "criticisms", "suggestions", "suggestion", "remarks", "comments");
    private static final Set<String> NAME_CALLING = Set.of("call", "brand", "label", "describe", "dub", "deem");
    /** Verbs that make a demand of their object when a clause says what: "urged X to …". */
    private static final Set<String> DEMANDING = Set.of("urge", "press", "demand", "call", "ask", "insist");
    private static final Set<String> RECEIVING = Set.of("draw", "face", "receive", "attract", "provoke", "spark",
            "trigger", "earn", "meet", "prompt", "incur", "suffer", "come");

    private final Lexicon lexicon;
    private final ActorTable table;
    private final Arguments args;
    private final Discourse discourse;
    private final LocalDate published;
    /** Criticism found so far in the article, in text order. */
    private final List<Criticism> history = new ArrayList<>();

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
                demand(s, w, lemma, out);
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
            targets = objects(g, v);
            IndexedWord head = Graphs.governor(g, v);
            if (targets.isEmpty() && head != null && Graphs.relationToParent(g, v).equals("amod")
                    && head.index() == v.index() + 1 && opening(s, v).isPresent()) {
                targets = List.of(head);  // "A, which …, accused B of …" misread as an adjective: "accused B"
            }
        }
        if (targets.isEmpty() && (lemma.equals("question") || lemma.equals("challenge"))) {
            return;
        }
        add(s, v, critics, targets, kind.get(), "criticism-verb", out);
    }

    /** The object; parsers often label it iobj when the verb is followed by "of …" or "for …". */
    private static List<IndexedWord> objects(SemanticGraph g, IndexedWord v) {
        List<IndexedWord> out = new ArrayList<>(Graphs.children(g, v, "obj"));
        out.addAll(Graphs.children(g, v, "iobj"));
        return out;
    }

    /**
     * "X urged Y to …", "X called on Y to …", "X demanded that Y …", "X asked Y to …": a demand made of Y. The
     * verb must have the clause that says what is demanded; "called on the minister" alone is a visit.
     */
    private void demand(Sentence s, IndexedWord v, String lemma, List<Criticism> out) {
        if (!DEMANDING.contains(lemma) || !acts(s, v)) {
            return;
        }
        SemanticGraph g = s.graph;
        List<IndexedWord> targets = new ArrayList<>();
        boolean clause = !Graphs.children(g, v, "xcomp").isEmpty();
        if (lemma.equals("call")) {
            targets.addAll(Graphs.children(g, v, "obl:on"));
        } else {
            targets.addAll(objects(g, v));
        }
        if (targets.isEmpty() && (lemma.equals("demand") || lemma.equals("insist"))) {
            for (IndexedWord c : Graphs.children(g, v, "ccomp")) {
                if (Graphs.hasChild(g, c, "mark", "that") || c.index() > v.index()) {
                    targets.addAll(Graphs.children(g, c, "nsubj"));
                    clause = true;
                }
            }
        }
        if (!clause || targets.isEmpty()) {
            return;
        }
        List<IndexedWord> agents = targets.stream()
                .filter(t -> args.one(s, t, Arguments.Accept.AGENTS).filter(id -> table.type(id) != ActorType.GROUP).isPresent())
                .toList();
        add(s, v, subjects(s, v), agents, CriticismKind.DEMAND, "criticism-demand", out);
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
            // "turned down the offer", "ruled out a deal": the particle verb takes a direct object.
            List<IndexedWord> targets = p.preposition().equals("obj") ? objects(g, v) : Graphs.children(g, v, "obl:" + p.preposition());
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
        List<IndexedWord> objects = Graphs.children(g, v, "obj");
        if (objects.size() == 2 && Graphs.children(g, v, "xcomp").isEmpty()) {
            // "branded it 'a cost-cutting exercise'" parsed as two objects: the first is the one named
            IndexedWord named = objects.get(0).index() < objects.get(1).index() ? objects.get(0) : objects.get(1);
            IndexedWord name = named == objects.get(0) ? objects.get(1) : objects.get(0);
            boolean pejorative = lemma.equals("brand") || lexicon.isPejorative(name.word())
                    || Graphs.children(g, name, "amod").stream().anyMatch(m -> lexicon.isPejorative(m.word()));
            if (pejorative) {
                add(s, v, subjects(s, v), List.of(named),
                        lemma.equals("brand") ? CriticismKind.ACCUSE : CriticismKind.CRITICIZE, "criticism-name-calling", out);
            }
            return;
        }
        for (IndexedWord x : Graphs.children(g, v, "xcomp")) {
            // "branded it …" is name-calling whatever the name; "called it …" only with a pejorative word.
            boolean pejorative = lemma.equals("brand") || lexicon.isPejorative(x.word());
            for (IndexedWord m : Graphs.children(g, x, "amod")) {
                pejorative |= lexicon.isPejorative(m.word());
            }
            if (pejorative) {
                // "called X naive": X is the object, or the subject of the small clause.
                List<IndexedWord> targets = objects(g, v);
                if (targets.isEmpty()) {
                    targets = Graphs.children(g, x, "nsubj");
                }
                if (targets.isEmpty()) {
                    // "called the fund's campaign 'reckless'": the parser may leave the object hanging as dep
                    targets = Graphs.children(g, x, "dep").stream()
                            .filter(d -> d.index() > v.index() && d.index() < x.index()).toList();
                }
                add(s, v, subjects(s, v), targets,
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
                    // "said the plan was 'unworkable'": a named actor or a proposal the article has introduced.
                    Optional<String> target = table.at(s.index, subject.index()).map(ActorTable.Mention::localId)
                            .or(() -> args.one(s, subject, Arguments.Accept.TARGETS)
                                    .filter(id -> table.type(id) == ActorType.PROPOSAL || table.type(id) == ActorType.ORGANIZATION));
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
        Optional<ActorTable.Mention> opening = opening(s, v);
        SemanticGraph g = s.graph;
        IndexedWord w = v;
        for (int depth = 0; depth < 3 && w != null; depth++) {
            List<String> found = new ArrayList<>();
            List<IndexedWord> own = Graphs.children(g, w, "nsubj");
            boolean inInsert = false;
            for (IndexedWord x : own) {
                inInsert |= opening.isPresent() && x.index() > opening.get().to() && x.index() < v.index();
                found.addAll(args.actors(s, x, Arguments.Accept.AGENTS));
            }
            if (inInsert || !own.isEmpty() && found.isEmpty() && opening.isPresent()) {
                return List.of(opening.get().localId());
            }
            if (!own.isEmpty()) {
                return found;  // a clause with a subject of its own never borrows the main clause's
            }
            String rel = Graphs.relationToParent(g, w);
            if (!(rel.startsWith("xcomp") || rel.startsWith("conj") || rel.startsWith("advcl"))) {
                break;
            }
            w = Graphs.governor(g, w);
        }
        return opening.map(o -> List.of(o.localId())).orElse(List.of());
    }

    /**
     * The name a sentence opens with, set off by commas, when the verb comes right after the closing comma.
     * "A, which represents …, accused B", "A, a portfolio manager at C, criticised B": the verb after an insert
     * that follows the opening name has that name for its subject, whatever the parser hung it on (it often
     * takes the verb into the insert and a word in it for the subject). The insert may hold a relative clause
     * and an apposition, but no verb of its own outside a relative clause.
     */
    private Optional<ActorTable.Mention> opening(Sentence s, IndexedWord v) {
        int close = v.index() - 1;
        if (close < 4 || !s.word(close).equals(",")) {
            return Optional.empty();
        }
        int t = 1;
        while (t < close && s.tag(t).equals("DT")) {
            t++;
        }
        Optional<ActorTable.Mention> m = table.at(s.index, t);
        if (m.isEmpty() || m.get().from() != t || table.type(m.get().localId()) == ActorType.PROPOSAL
                || table.type(m.get().localId()) == ActorType.PLACE) {
            return Optional.empty();
        }
        int open = m.get().to() + 1;
        if (open < close && s.tag(open).equals("-LRB-")) {  // "the Union (MAWU), which …"
            while (open < close && !s.tag(open).equals("-RRB-")) {
                open++;
            }
            open++;
        }
        if (open >= close || !s.word(open).equals(",")) {
            return Optional.empty();
        }
        boolean relative = false;
        for (int i = open + 1; i < close; i++) {
            String tag = s.tag(i);
            if (tag.equals(",")) {
                relative = false;
            } else if (tag.startsWith("W")) {
                relative = true;
            } else if ((tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) && !relative
                    && !s.word(i).contains("-")) {  // "Town-based" tagged as a verb is an adjective
                return Optional.empty();
            }
        }
        return m;
    }

    private void add(Sentence s, IndexedWord predicate, List<String> critics, List<IndexedWord> targetWords,
                     CriticismKind kind, String rule, List<Criticism> out) {
        if (critics.isEmpty()) {
            return;
        }
        List<String> targets = new ArrayList<>();
        for (IndexedWord t : targetWords) {
            if (isAnaphoricCharge(s, t)) {
                targets.addAll(accusersOf(critics));
            } else {
                targets.addAll(targetsOf(s, t));
            }
        }
        PartialDate date = Dates.attached(s, predicate, Modality.ACTUAL, published);
        for (String critic : critics) {
            for (String target : targets) {
                if (!critic.equals(target)) {
                    Criticism c = new Criticism(critic, target, kind, null, date, s.evidence(0.8, rule));
                    out.add(c);
                    history.add(c);
                }
            }
        }
    }

    /** "the claims", "the allegations": charges the article has already reported, with no owner named here. */
    private boolean isAnaphoricCharge(Sentence s, IndexedWord t) {
        String word = t.word().toLowerCase(Locale.ROOT);
        SemanticGraph g = s.graph;
        return CHARGES.contains(word) && Graphs.child(g, t, "nmod:poss") == null && Graphs.child(g, t, "nmod:by") == null
                && Graphs.children(g, t, "amod").isEmpty() && Graphs.children(g, t, "compound").isEmpty()
                && (Graphs.hasChild(g, t, "det", "the") || Graphs.hasChild(g, t, "det", "these")
                        || Graphs.hasChild(g, t, "det", "such") || !Graphs.children(g, t, "acl").isEmpty()
                        || !Graphs.children(g, t, "ccomp").isEmpty());
    }

    /** Who last criticized or accused one of these actors, earlier in the article. */
    private List<String> accusersOf(List<String> accused) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Criticism c = history.get(i);
            if (accused.contains(c.target())) {
                return List.of(c.critic());
            }
        }
        return List.of();
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
            // "dismissed the union's claims" is the union; "rejected the union's 5% claim" is the claim itself.
            boolean described = !Graphs.children(g, x, "amod").isEmpty() || !Graphs.children(g, x, "compound").isEmpty()
                    || !Graphs.children(g, x, "nummod").isEmpty() || !Graphs.children(g, x, "nmod:for").isEmpty()
                    || !Graphs.children(g, x, "acl:to").isEmpty();
            if (owner != null && (SAYINGS.contains(word) && !(described && lexicon.isProposalHead(word))
                    || !lexicon.isProposalHead(word) && table.at(s.index, x.index()).isEmpty())) {
                args.one(s, owner, Arguments.Accept.AGENTS).ifPresent(out::add);
                continue;
            }
            if (x.tag().equals("PRP") && word.equals("it")) {
                // "X's bid drew criticism from Y, whose leader branded it …": the plan the sentence is about
                Optional<String> plan = proposalBefore(s, x);
                if (plan.isPresent()) {
                    out.add(plan.get());
                    continue;
                }
            }
            // "accused Tokyo of …": a capital criticized stands for its government.
            args.one(s, x, Arguments.Accept.TARGETS).map(this::asCountry).ifPresent(out::add);
        }
        return out;
    }

    /** The last plan, offer or bill named earlier in the same sentence. */
    private Optional<String> proposalBefore(Sentence s, IndexedWord pronoun) {
        for (IndexedWord w : s.graph.vertexListSorted().reversed()) {
            if (w.index() < pronoun.index() && w.tag() != null && w.tag().startsWith("NN")
                    && lexicon.isProposalHead(w.lemma() == null ? w.word() : w.lemma())) {
                Optional<String> id = args.one(s, w, Arguments.Accept.TARGETS).filter(x -> table.type(x) == ActorType.PROPOSAL);
                if (id.isPresent()) {
                    return id;
                }
            }
        }
        return Optional.empty();
    }

    private String asCountry(String id) {
        if (table.type(id) != ActorType.PLACE) {
            return id;
        }
        return lexicon.countryOfSeat(table.name(id)).map(c -> table.named(c.name(), ActorType.PLACE)).orElse(id);
    }
}
