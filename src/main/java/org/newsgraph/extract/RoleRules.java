package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Titles people hold, from three constructions news copy uses:
 * a title before the name ("Elysee foreign policy aide Yury Belenko", "Novak special envoy …"),
 * an apposition ("Anna Vogt, the head of …"; "the president's national security adviser, Tom Reyes"),
 * and a copula ("Vogt is the head of …").
 */
final class RoleRules {

    /** Abbreviated forms of address that are also offices. */
    private static final Map<String, String> OFFICE_ABBREVIATIONS = Map.of(
            "rep.", "representative", "rep", "representative",
            "sen.", "senator", "sen", "senator",
            "gov.", "governor", "gov", "governor",
            "gen.", "general", "gen", "general");

    private static final int MAX_TITLE_WORDS = 6;

    private final Lexicon lexicon;
    private final ActorTable table;
    private final Arguments args;
    private final Discourse discourse;

    RoleRules(Lexicon lexicon, ActorTable table, Arguments args, Discourse discourse) {
        this.lexicon = lexicon;
        this.table = table;
        this.args = args;
        this.discourse = discourse;
    }

    List<Role> find(Sentence s) {
        List<Role> out = new ArrayList<>();
        String previousPossessor = null;
        for (ActorTable.Mention m : table.mentions()) {
            if (m.sentence() != s.index || table.type(m.localId()) != ActorType.PERSON) {
                continue;
            }
            Optional<Role> pre = premodifier(s, m, previousPossessor);
            if (pre.isPresent()) {
                out.add(pre.get());
                if (pre.get().organization() != null && table.type(pre.get().organization()) == ActorType.PERSON) {
                    previousPossessor = pre.get().organization();
                }
            }
            if (s.parsed()) {
                apposition(s, m).ifPresent(out::add);
                copula(s, m).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Scans left from the name over title words, stopping at the organization or possessor, if any. */
    private Optional<Role> premodifier(Sentence s, ActorTable.Mention m, String previousPossessor) {
        int nameStart = m.from();
        List<String> words = new ArrayList<>();
        // Honorifics inside the name span that are offices ("Rep. Jane Doe") give the title.
        while (nameStart <= m.to() && lexicon.isHonorific(s.word(nameStart))) {
            nameStart++;
        }
        for (int t = m.from(); t < nameStart; t++) {
            words.add(s.word(t));
        }
        int j = m.from() - 1;
        String organization = null;
        while (j >= 1 && words.size() < MAX_TITLE_WORDS) {
            String w = s.word(j);
            Optional<ActorTable.Mention> name = table.at(s.index, j);
            if (name.isPresent()) {
                organization = words.isEmpty() ? null : name.get().localId();
                break;
            }
            if (s.tag(j).equals("POS")) {
                organization = possessor(s, j - 1);
                break;
            }
            if (s.tag(j).equals("PRP$")) {
                organization = previousPossessor != null ? previousPossessor
                        : discourse.personBefore(s.index, j).orElse(null);
                break;
            }
            Optional<Lexicon.Country> demonym = lexicon.countryOfDemonym(w);
            if (demonym.isPresent() && Character.isUpperCase(w.charAt(0)) && !words.isEmpty()) {
                organization = table.named(demonym.get().name(), ActorType.PLACE);
                break;
            }
            if (!isTitlePart(s, j, !words.isEmpty())) {
                break;
            }
            words.add(0, w);
            j--;
        }
        if (organization == null && !words.isEmpty()) {
            organization = ofPlaceAfter(s, m.to());
        }
        String org = organization;
        return title(words).map(title -> new Role(m.localId(), title, org, s.evidence(0.8, "role-premodifier")));
    }

    /** "President Jana M. Novak of Slovakia": the place named right after the name. */
    private String ofPlaceAfter(Sentence s, int nameEnd) {
        if (nameEnd + 2 > s.tokens.size() || !s.word(nameEnd + 1).equalsIgnoreCase("of")) {
            return null;
        }
        return table.at(s.index, nameEnd + 2)
                .map(ActorTable.Mention::localId)
                .filter(id -> table.type(id) != ActorType.PERSON)
                .orElse(null);
    }

    private String possessor(Sentence s, int token) {
        if (token < 1) {
            return null;
        }
        Optional<ActorTable.Mention> name = table.at(s.index, token);
        if (name.isPresent()) {
            return name.get().localId();
        }
        return s.parsed() && s.node(token) != null
                ? args.one(s, s.node(token), Arguments.Accept.AGENTS).orElse(null)
                : null;
    }

    /** Words a title is made of; inner words ("of", compound nouns) only once the title has begun. */
    private boolean isTitlePart(Sentence s, int j, boolean begun) {
        String w = s.word(j);
        String lower = w.toLowerCase(Locale.ROOT);
        if ("TITLE".equals(s.ner(j)) || lexicon.isTitle(w) || lexicon.isTitleModifier(w) || OFFICE_ABBREVIATIONS.containsKey(lower)) {
            return true;
        }
        if (!begun) {
            return false;
        }
        // "secretary of state", but not "a meeting of regulator chief X"
        return lower.equals("of") && j > 1 && ("TITLE".equals(s.ner(j - 1)) || lexicon.isTitle(s.word(j - 1)))
                || s.tag(j).startsWith("NN") && Character.isLowerCase(w.charAt(0)) && !lexicon.isOrganizationHead(w);
    }

    /** "X, the head of Y" and "Y's adviser, X". */
    private Optional<Role> apposition(Sentence s, ActorTable.Mention m) {
        SemanticGraph g = s.graph;
        IndexedWord head = s.node(m.to());
        if (head == null) {
            return Optional.empty();
        }
        for (IndexedWord app : Graphs.children(g, head, "appos")) {
            if (args.isTitleWord(s, app) && adjacent(s, m.to(), s.extent(app)[0])) {
                return describedRole(s, m, app, "role-apposition");
            }
        }
        IndexedWord gov = Graphs.parent(g, head, "appos");
        if (gov != null && args.isTitleWord(s, gov) && gov.index() < m.from() && titleLeadsTo(s, gov.index(), m)) {
            return describedRole(s, m, gov, "role-apposition");
        }
        return Optional.empty();
    }

    /** "the Elysee's top aide, Yuri Belenko": a comma before the name and no other person in between. */
    private boolean titleLeadsTo(Sentence s, int title, ActorTable.Mention m) {
        String before = s.word(m.from() - 1);
        if (!(before.equals(",") || before.equals("-LRB-") || before.equals("(") || before.equals("--"))) {
            return false;
        }
        for (int t = title + 1; t < m.from(); t++) {
            Optional<ActorTable.Mention> other = table.at(s.index, t);
            if (other.isPresent() && table.type(other.get().localId()) == ActorType.PERSON) {
                return false;
            }
        }
        return true;
    }

    /**
     * An apposition stands right next to its name, with a comma or dash between: in a list ("A, B, the CEO of C,
     * and D") the parser's appositions can pair a title with the wrong name.
     */
    private static boolean adjacent(Sentence s, int leftEnd, int rightStart) {
        int gap = 0;
        for (int t = leftEnd + 1; t < rightStart; t++) {
            String w = s.word(t);
            if (!(w.equals(",") || w.equals("--") || w.equals("—") || w.equals("-") || w.equals("-LRB-") || w.equals("("))) {
                return false;
            }
            gap++;
        }
        return gap <= 2 && rightStart > leftEnd;
    }

    /** "X is the head of Y", "X, who was the finance minister". */
    private Optional<Role> copula(Sentence s, ActorTable.Mention m) {
        SemanticGraph g = s.graph;
        IndexedWord head = s.node(m.to());
        if (head == null) {
            return Optional.empty();
        }
        IndexedWord pred = Graphs.parent(g, head, "nsubj");
        if (pred != null && args.isTitleWord(s, pred) && !Graphs.children(g, pred, "cop").isEmpty()
                && Modality.of(lexicon, s, pred) != Modality.IRREALIS) {
            return describedRole(s, m, pred, "role-copula");
        }
        return Optional.empty();
    }

    private Optional<Role> describedRole(Sentence s, ActorTable.Mention m, IndexedWord titleHead, String rule) {
        SemanticGraph g = s.graph;
        List<String> words = new ArrayList<>();
        int from = titleHead.index();
        // Modifiers directly before the head that belong to the title ("top foreign policy aide").
        for (int t = titleHead.index() - 1; t >= 1 && words.size() < MAX_TITLE_WORDS; t--) {
            String w = s.word(t);
            if (table.at(s.index, t).isPresent() || s.tag(t).equals("POS") || s.tag(t).equals("DT") || s.tag(t).equals("PRP$")
                    || s.word(t).equals(",")) {
                break;
            }
            if (!(lexicon.isTitleModifier(w) || lexicon.isTitle(w) || "TITLE".equals(s.ner(t))
                    || s.tag(t).startsWith("NN") && Character.isLowerCase(w.charAt(0)) && !lexicon.isOrganizationHead(w)
                    || s.tag(t).equals("JJ") && Character.isLowerCase(w.charAt(0)))) {
                break;
            }
            from = t;
        }
        for (int t = from; t <= titleHead.index(); t++) {
            words.add(s.word(t));
        }
        String organization = null;
        for (String rel : List.of("nmod:of", "nmod:at", "nmod:for", "nmod:to", "nmod:poss", "compound")) {
            for (IndexedWord c : Graphs.children(g, titleHead, rel)) {
                if (c.index() >= m.from() && c.index() <= m.to()) {
                    continue;
                }
                Optional<String> org = args.one(s, c, Arguments.Accept.AGENTS);
                if (org.isPresent() && !org.get().equals(m.localId())) {
                    organization = org.get();
                    break;
                }
            }
            if (organization != null) {
                break;
            }
        }
        if (organization == null) {
            organization = args.organizationOf(s, titleHead).orElse(null);
        }
        String org = organization;
        return title(words).map(title -> new Role(m.localId(), title, org, s.evidence(0.8, rule)));
    }

    /** A title needs an office word; abbreviations are spelled out; lower-case, qualifiers kept. */
    private Optional<String> title(List<String> words) {
        List<String> out = new ArrayList<>();
        boolean office = false;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            String spelled = OFFICE_ABBREVIATIONS.getOrDefault(lower, lower);
            if (lexicon.isTitle(spelled)) {
                office = true;
            } else if (!lexicon.isTitleModifier(spelled) && lexicon.isHonorific(lower)) {
                // "Mr", "Dr": forms of address, not offices.
                continue;
            }
            out.add(spelled);
        }
        while (!out.isEmpty() && out.get(0).equals("of")) {
            out.remove(0);
        }
        if (!office || out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", out));
    }
}
