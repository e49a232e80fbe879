package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * The plans, offers, bills and demands an article talks about, and which of its noun phrases refer to the same
 * one. A reader takes "the offer" or "the plan" to mean the one just introduced ("a 4.5% pay offer", "a plan to
 * close two plants"), so a bare definite description joins the most recent proposal with the same head noun, or
 * failing that with a head of the same kind (an offer is a bid is a proposal). A description with modifiers of
 * its own starts a new proposal unless its modifiers are among those of an earlier one ("the 4.5% offer").
 * Each proposal keeps the forms the article writes it in, from the fullest ("Acme's plan to sell the unit") to
 * the shortest with a modifier ("takeover offer"), as aliases.
 */
final class Proposals {

    /** Heads that can stand for each other in a definite description. */
    private static final List<List<String>> KINDS = List.of(
            List.of("offer", "bid", "approach", "proposal", "takeover", "deal", "acquisition", "merger", "sale", "purchase"),
            List.of("plan", "proposal", "scheme", "initiative", "framework", "blueprint", "roadmap", "draft", "programme",
                    "program", "strategy", "idea", "package", "reform"),
            List.of("bill", "legislation", "law", "measure", "act", "amendment", "package"),
            List.of("deal", "agreement", "accord", "arrangement", "pact", "treaty", "settlement"),
            List.of("demand", "claim", "ultimatum", "request"),
            List.of("tariff", "sanction", "levy", "duty"));
    /** Heads that, without modifiers, are things said ("the claims") rather than proposals ("a 5% pay claim"). */
    private static final Set<String> SAYINGS = Set.of("claim", "demand", "request", "call", "approach", "idea");
    /** Premodifiers that quantify rather than describe: left out of the short form. */
    private static final Set<String> NUMERIC_NER = Set.of("MONEY", "PERCENT", "NUMBER");
    private static final int MAX_FORM_TOKENS = 16;

    private static final class Proposal {
        final List<String> forms = new ArrayList<>();
        final Set<String> words = new LinkedHashSet<>();
        final String head;
        String owner;
        String localId;

        Proposal(String head, String owner) {
            this.head = head;
            this.owner = owner;
        }
    }

    private final Lexicon lexicon;
    private final ActorTable table;
    private final List<Proposal> proposals = new ArrayList<>();
    private final Map<Long, Proposal> byHead = new HashMap<>();

    Proposals(Lexicon lexicon, ActorTable table, List<Sentence> sentences) {
        this.lexicon = lexicon;
        this.table = table;
        for (Sentence s : sentences) {
            if (!s.parsed()) {
                continue;
            }
            for (IndexedWord w : s.graph.vertexListSorted()) {
                if (isProposalNoun(s, w)) {
                    read(s, w);
                }
            }
        }
    }

    private static long pos(int sentence, int token) {
        return ((long) sentence << 20) | token;
    }

    boolean isProposalNoun(Sentence s, IndexedWord w) {
        String tag = w.tag() == null ? "" : w.tag();
        return (tag.equals("NN") || tag.equals("NNS")) && lexicon.isProposalHead(lemma(w))
                && table.at(s.index, w.index()).isEmpty();
    }

    private static String lemma(IndexedWord w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    }

    /** The proposal the noun at this position refers to, created in the actor table on first use. */
    Optional<String> at(Sentence s, IndexedWord w) {
        Proposal p = byHead.get(pos(s.index, w.index()));
        if (p == null) {
            return Optional.empty();
        }
        if (p.localId == null) {
            p.localId = table.proposal(p.forms.get(0), p.forms);
        } else if (!p.forms.isEmpty()) {
            table.addAliases(p.localId, p.forms);
        }
        // A numbered plan is known by its number, which tells a revised plan from the original; others by who made them.
        if (p.owner != null && p.forms.stream().allMatch(f -> ProposalNames.numbered(f).isEmpty())) {
            table.proposedBy(p.localId, p.owner, kindOf(p.head));
        }
        return Optional.of(p.localId);
    }

    private void read(Sentence s, IndexedWord head) {
        SemanticGraph g = s.graph;
        String headLemma = lemma(head);
        int lo = head.index();
        int hi = head.index();
        int ownerLo = -1;
        String owner = null;
        List<int[]> numeric = new ArrayList<>();
        Set<String> modifiers = new LinkedHashSet<>();
        for (IndexedWord c : g.getChildren(head)) {
            String rel = Graphs.relationToParent(g, c);
            int[] ext = s.extent(c);
            if (c.index() < head.index() && (rel.startsWith("amod") || rel.startsWith("compound") || rel.startsWith("nummod")
                    || rel.equals("dep"))) {
                lo = Math.min(lo, ext[0]);
                if (rel.startsWith("nummod") || isNumeric(s, c.index())) {
                    numeric.add(ext);
                } else {
                    for (int t = ext[0]; t <= ext[1]; t++) {
                        modifiers.add(stem(s.word(t)));
                    }
                }
            } else if (c.index() < head.index() && rel.startsWith("nmod:poss")) {
                ownerLo = ext[0];
                owner = table.at(s.index, c.index()).map(ActorTable.Mention::localId).orElse(stem(c.word()));
            } else if (c.index() > head.index() && (rel.equals("nmod:from") || rel.equals("nmod:by")) && owner == null
                    && table.at(s.index, c.index()).isPresent()) {
                owner = table.at(s.index, c.index()).get().localId();  // "an offer from Acme"
            } else if (c.index() > head.index() && (rel.startsWith("nmod:of") || rel.startsWith("nmod:for")
                    || rel.startsWith("nmod:on") || rel.startsWith("nmod:to") || rel.startsWith("acl:to")
                    || rel.equals("acl") && "VBN".equals(c.tag()))) {
                if (ext[1] - head.index() <= MAX_FORM_TOKENS && !crossesComma(s, head.index(), ext[1])) {
                    hi = Math.max(hi, ext[1]);
                    for (int t = head.index() + 1; t <= ext[1]; t++) {
                        modifiers.add(stem(s.word(t)));
                    }
                }
            }
        }
        // "unveiled a plan to close two plants": the parser may hang the infinitive on the verb, with the noun
        // as its controller; right after the noun, it is still the noun's.
        for (IndexedWord v : controlledBy(g, head)) {
            int[] ext = s.extent(v);
            if (ext[0] == head.index() + 1 && s.word(ext[0]).equalsIgnoreCase("to") && hi == head.index()
                    && ext[1] - head.index() <= MAX_FORM_TOKENS && !crossesComma(s, head.index(), ext[1])) {
                hi = ext[1];
                for (int t = head.index() + 1; t <= ext[1]; t++) {
                    modifiers.add(stem(s.word(t)));
                }
            }
        }
        // A quote never belongs to the name: "branded the plan to sell the unit 'a fire sale'".
        for (int t = head.index() + 1; t <= hi; t++) {
            if (s.tag(t).equals("``") || s.tag(t).equals("''")) {
                hi = t - 1;
                break;
            }
        }
        // A date closing the phrase belongs to the clause: "a plan to close two plants on Monday".
        while (hi > head.index() && ("DATE".equals(s.ner(hi)) || s.tag(hi).equals(","))) {
            hi--;
            if (hi > head.index() && s.tag(hi).equals("IN")) {
                hi--;
            }
        }
        while (lo < head.index() && (s.tag(lo).equals("DT") || s.tag(lo).equals("PRP$") || s.tag(lo).equals("POS"))) {
            lo++;
        }
        modifiers.removeIf(m -> m.isEmpty() || !Character.isLetterOrDigit(m.charAt(0)) || m.equals("the") || m.equals("a")
                || m.equals("an"));

        List<String> forms = new ArrayList<>();
        String withoutOwner = s.span(lo, hi);
        if (ownerLo > 0 && ownerLo < lo) {
            int from = ownerLo;
            while (from < lo && s.tag(from).equals("DT")) {
                from++;
            }
            forms.add(clean(s.span(from, hi)));
        }
        forms.add(clean(withoutOwner));
        forms.add(clean(s.span(lo, head.index())));
        String plain = plainForm(s, lo, head.index(), numeric);
        if (plain != null) {
            forms.add(plain);
        }
        if (ownerLo > 0 && ownerLo < lo) {
            int from = ownerLo;
            while (from < lo && s.tag(from).equals("DT")) {
                from++;
            }
            int ownerEnd = lo - 1;
            forms.add(clean(s.span(from, ownerEnd) + " " + head.word()));
        }
        boolean bare = modifiers.isEmpty() && numeric.isEmpty();
        if (bare && SAYINGS.contains(headLemma)) {
            return;  // "dismissed the claims", "rejected X's demands": what someone said, not a proposal
        }
        Proposal p = bare ? antecedent(headLemma, owner) : similar(headLemma, owner, modifiers);
        if (p == null && bare) {
            // "the bill" after "the Border Security Bill", which the tagger took for an organization's name.
            Optional<String> named = table.nameEndingIn(s.index, head.index(), head.word());
            if (named.isPresent()) {
                p = new Proposal(headLemma, owner);
                p.localId = named.get();
                proposals.add(p);
            }
        }
        if (p == null) {
            p = new Proposal(headLemma, owner);
            proposals.add(p);
        } else if (p.owner == null) {
            p.owner = owner;  // "an unsolicited offer", then "Acme's bid"
        }
        String nearest = nearestModifierForm(s, head, lo);
        if (nearest != null) {
            forms.add(nearest);
        }
        for (String f : forms) {
            // A bare head ("plan", "sale") names nothing on its own; such forms are kept only while they are all
            // the article says.
            boolean single = !f.contains(" ");
            boolean onlySingles = p.forms.stream().noneMatch(x -> x.contains(" "));
            if (!f.isBlank() && !p.forms.contains(f) && (!single || onlySingles)) {
                p.forms.add(f);
            }
        }
        if (p.forms.stream().anyMatch(x -> x.contains(" "))) {
            p.forms.removeIf(x -> !x.contains(" "));
        }
        p.words.addAll(modifiers);
        p.words.add(stem(headLemma));
        // The most recent mention is the one a later "the plan" means.
        proposals.remove(p);
        proposals.add(p);
        byHead.put(pos(s.index, head.index()), p);
    }

    private static List<IndexedWord> controlledBy(SemanticGraph g, IndexedWord noun) {
        List<IndexedWord> out = new ArrayList<>();
        for (var e : g.incomingEdgeIterable(noun)) {
            String rel = e.getRelation().toString();
            // "plan to house …" parsed as a clause whose subject is the plan
            if (rel.equals("nsubj:xsubj") || rel.equals("nsubj") && e.getGovernor().index() > noun.index()) {
                out.add(e.getGovernor());
            }
        }
        return out;
    }

    /**
     * The head with only the modifier next to it, when it has several: "14-point plan" for "US-drafted 14-point
     * plan", "data-sharing arrangement" for "planned data-sharing arrangement".
     */
    private static String nearestModifierForm(Sentence s, IndexedWord head, int lo) {
        int h = head.index();
        if (h - lo < 2 || s.tag(h - 1).equals(",") || s.word(h - 1).equals(")") || s.word(h - 1).equals("-RRB-")) {
            return null;
        }
        return s.span(h - 1, h);
    }

    /** "takeover offer" for "A$2.9 billion ($1.9 billion) takeover offer": the premodifiers that are not amounts. */
    private static String plainForm(Sentence s, int lo, int head, List<int[]> numeric) {
        if (numeric.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int t = lo; t <= head; t++) {
            String w = s.word(t);
            if (w.equals("-LRB-") || w.equals("(")) {
                depth++;
                continue;
            }
            if (w.equals("-RRB-") || w.equals(")")) {
                depth--;
                continue;
            }
            int tt = t;
            if (depth > 0 || numeric.stream().anyMatch(e -> tt >= e[0] && tt <= e[1]) || isNumeric(s, t)) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w);
        }
        String f = out.toString();
        return f.contains(" ") ? f : null;
    }

    private static boolean isNumeric(Sentence s, int t) {
        return NUMERIC_NER.contains(s.ner(t)) || s.tag(t).equals("CD") || s.tag(t).equals("$");
    }

    private static boolean crossesComma(Sentence s, int from, int to) {
        for (int t = from + 1; t <= to; t++) {
            if (s.word(t).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The proposal a bare definite description means: same head first, then the same kind. */
    private Proposal antecedent(String head, String owner) {
        for (int i = proposals.size() - 1; i >= 0; i--) {
            Proposal p = proposals.get(i);
            if (stem(p.head).equals(stem(head)) && ownersAgree(p, owner)) {
                return p;
            }
        }
        for (int i = proposals.size() - 1; i >= 0; i--) {
            Proposal p = proposals.get(i);
            if (sameKind(p.head, head) && ownersAgree(p, owner)) {
                return p;
            }
        }
        return null;
    }

    /** An earlier proposal of the same kind whose words include all of this description's modifiers. */
    private Proposal similar(String head, String owner, Set<String> modifiers) {
        for (int i = proposals.size() - 1; i >= 0; i--) {
            Proposal p = proposals.get(i);
            if ((stem(p.head).equals(stem(head)) || sameKind(p.head, head)) && ownersAgree(p, owner)
                    && modifiers.stream().allMatch(m -> p.words.stream().anyMatch(w -> sameWord(w, m))) && !p.words.isEmpty()) {
                return p;
            }
        }
        return null;
    }

    /** "drilling" is "drill" and "sites" is "site": one word inflected; "Parisian" is not "Paris". */
    private static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        String rest = longer.substring(shorter.length());
        return shorter.length() >= 4 && longer.startsWith(shorter) && List.of("ing", "ed", "er", "s", "es").contains(rest);
    }

    private static boolean ownersAgree(Proposal p, String owner) {
        return p.owner == null || owner == null || p.owner.equals(owner);
    }

    /** The kind a head belongs to, named by its first word: bids and takeovers are offers. */
    private static String kindOf(String head) {
        String h = stem(head);
        return KINDS.stream().filter(k -> k.contains(h)).findFirst().map(k -> k.get(0)).orElse(h);
    }

    private static boolean sameKind(String a, String b) {
        String sa = stem(a);
        String sb = stem(b);
        for (List<String> kind : KINDS) {
            if (kind.contains(sa) && kind.contains(sb)) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") ? l.substring(0, l.length() - 1) : l;
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
