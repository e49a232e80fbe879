package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Turns the head word of a subject, object or prepositional phrase into the actors it denotes: names,
 * their conjuncts and appositions, pronouns, role descriptions ("the Elysee aide", "the French leader"),
 * unnamed groups ("Labour MPs") and proposals ("the 12-point plan").
 */
final class Arguments {

    /** What a rule will accept as an argument. */
    enum Accept {
        /** People, organizations, places, groups (speakers, critics, participants). */
        AGENTS,
        /** Agents plus proposals (targets of criticism). */
        TARGETS
    }

    private static final Set<String> GOVERNMENT_WORDS = Set.of("government", "administration", "authorities", "cabinet");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers");
    private static final Set<String> LEADER_WORDS = Set.of("leader", "president", "premier", "chancellor", "head");
    /** Titles of people who speak for an organization, so that the organization may stand in when unnamed. */
    private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson", "official",
            "officials", "representative", "source", "sources", "aide", "aides", "adviser", "advisor", "negotiator",
            "diplomat", "envoy", "statement", "ministry", "office");

    private final Lexicon lexicon;
    private final ActorTable table;
    private final List<Sentence> sentences;
    private final RoleIndex roles;
    private final Discourse discourse;
    private final Proposals proposals;

    Arguments(Lexicon lexicon, ActorTable table, List<Sentence> sentences, RoleIndex roles, Discourse discourse,
              Proposals proposals) {
        this.lexicon = lexicon;
        this.table = table;
        this.sentences = sentences;
        this.roles = roles;
        this.discourse = discourse;
        this.proposals = proposals;
    }

    /** All actors the phrase headed by {@code w} denotes, with conjuncts. */
    List<String> actors(Sentence s, IndexedWord w, Accept accept) {
        Set<String> out = new LinkedHashSet<>();
        for (IndexedWord x : Graphs.withConjuncts(s.graph, w)) {
            one(s, x, accept).ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }

    /** The single actor the word denotes, without following conjuncts. */
    Optional<String> one(Sentence s, IndexedWord w, Accept accept) {
        SemanticGraph g = s.graph;
        Optional<String> named = nameAt(s, w.index());
        if (named.isPresent()) {
            if (table.type(named.get()) != ActorType.PERSON) {
                Optional<String> holder = possessedTitleHolder(s, w.index());
                if (holder.isPresent()) {
                    return holder;
                }
            }
            return named.map(id -> asGovernment(s, w, id));
        }
        String word = w.word().toLowerCase(Locale.ROOT);
        String tag = w.tag() == null ? "" : w.tag();
        // A name after a title or noun it belongs to: "special envoy Dana Ortiz", "the aide, Yuri Belenko".
        // A name before it qualifies it instead: "a Novak aide" is Novak's aide, not Novak.
        for (IndexedWord c : g.getChildren(w)) {
            String rel = Graphs.relationToParent(g, c);
            if (c.index() > w.index() && (rel.startsWith("appos") || rel.equals("dep") || rel.startsWith("flat") || rel.startsWith("compound"))) {
                Optional<String> a = nameAt(s, c.index());
                if (a.isPresent() && table.type(a.get()) == ActorType.PERSON) {
                    return a;
                }
            }
        }
        if (PERSONAL_PRONOUNS.contains(word)) {
            return discourse.personBefore(s.index, w.index());
        }
        // "A delegation (of negotiators) led by X" is represented by X.
        List<IndexedWord> ledThings = new ArrayList<>(List.of(w));
        ledThings.addAll(Graphs.children(g, w, "nmod:of"));
        for (IndexedWord acl : ledThings.stream().flatMap(x -> Graphs.children(g, x, "acl").stream()).toList()) {
            if ("lead".equals(acl.lemma()) || "head".equals(acl.lemma())) {
                IndexedWord agent = Graphs.child(g, acl, "obl:agent");
                if (agent == null) {
                    agent = Graphs.child(g, acl, "obl:by");
                }
                if (agent != null) {
                    Optional<String> leader = one(s, agent, Accept.AGENTS);
                    if (leader.isPresent()) {
                        return leader;
                    }
                }
            }
        }
        if (isTitleWord(s, w)) {
            Optional<String> described = roles.describedBy(s, w);
            if (described.isPresent()) {
                return described;
            }
            // "a spokesman for the union", "an Elysee spokesman": the organization speaks. A leader is a person,
            // never the country: "the Canadian leader" unresolved is better than Canada.
            return SPOKES.contains(word) ? organizationOf(s, w) : Optional.empty();
        }
        if (GOVERNMENT_WORDS.contains(word)) {
            // "the Mexican government", "Germany's government": the country acts.
            Optional<String> country = countryModifier(s, w);
            if (country.isPresent()) {
                return country;
            }
        }
        if (tag.startsWith("NNPS") || tag.equals("NNS") && Character.isUpperCase(w.word().charAt(0))) {
            // "the Russians", "the Americans"
            Optional<Lexicon.Country> c = lexicon.countryOfDemonym(stripPlural(w.word()));
            if (c.isPresent()) {
                return Optional.of(table.named(c.get().name(), ActorType.PLACE));
            }
        }
        if (tag.startsWith("NNS") && lexicon.isGroupHead(word)) {
            return Optional.of(table.named(phrase(s, w), ActorType.GROUP));
        }
        if (accept == Accept.TARGETS && lexicon.isProposalHead(w.lemma() == null ? word : w.lemma())) {
            return proposals.at(s, w);
        }
        return Optional.empty();
    }

    /**
     * "Norway's climate minister, Kari Nordvik, …": when the parser heads the phrase with the possessor, the
     * person the title and apposition name is meant. Read from the tokens: possessive, title words, comma, a
     * person's name, then a comma or the end of the clause.
     */
    private Optional<String> possessedTitleHolder(Sentence s, int owner) {
        int end = table.at(s.index, owner).map(ActorTable.Mention::to).orElse(owner);
        int t = end + 1;
        if (t > s.tokens.size() || !s.tag(t).equals("POS")) {
            return Optional.empty();
        }
        boolean title = false;
        for (t = t + 1; t <= s.tokens.size(); t++) {
            String word = s.word(t);
            if (word.equals(",")) {
                break;
            }
            boolean part = lexicon.isTitle(word) || lexicon.isTitleModifier(word) || "TITLE".equals(s.ner(t));
            title |= part;
            if (!(part || word.equals("and") || word.equals("of") || Character.isLowerCase(word.charAt(0))
                    && (s.tag(t).startsWith("NN") || s.tag(t).startsWith("JJ")))) {
                return Optional.empty();
            }
        }
        if (!title || t + 1 > s.tokens.size()) {
            return Optional.empty();
        }
        int next = t + 1;
        Optional<ActorTable.Mention> person = table.at(s.index, next)
                .filter(m -> table.type(m.localId()) == ActorType.PERSON && m.from() == next);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        int after = person.get().to() + 1;
        return after > s.tokens.size() || s.word(after).equals(",") || s.tag(after).equals(".")
                ? Optional.of(person.get().localId()) : Optional.empty();
    }

    private Optional<String> countryModifier(Sentence s, IndexedWord w) {
        for (String rel : List.of("amod", "compound", "nmod:poss")) {
            for (IndexedWord c : Graphs.children(s.graph, w, rel)) {
                Optional<Lexicon.Country> country = lexicon.countryOfDemonym(c.word())
                        .or(() -> nameAt(s, c.index()).flatMap(id -> lexicon.country(table.name(id))
                                .or(() -> lexicon.countryOfSeat(table.name(id)))));
                if (country.isPresent()) {
                    return Optional.of(table.named(country.get().name(), ActorType.PLACE));
                }
            }
        }
        return Optional.empty();
    }

    private static String stripPlural(String w) {
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    private Optional<String> nameAt(Sentence s, int token) {
        return table.at(s.index, token).map(ActorTable.Mention::localId);
    }

    /**
     * A seat of government acting ("Paris rejected the plan", "Washington argues") stands for its country.
     * As the place of a meeting it stays a city, which callers get by not asking for agents.
     */
    private String asGovernment(Sentence s, IndexedWord w, String id) {
        if (table.type(id) != ActorType.PLACE) {
            return id;
        }
        String rel = Graphs.relationToParent(s.graph, w);
        // "Ottawa's intervention" acts for the country; "Ottawa's mayor" is the city's.
        IndexedWord possessed = rel.startsWith("nmod:poss") ? Graphs.governor(s.graph, w) : null;
        boolean actsThroughPossession = possessed != null && !isTitleWord(s, possessed)
                && !"NNP".equals(possessed.tag()) && !lexicon.isOrganizationHead(possessed.word());
        if (rel.startsWith("nsubj") || rel.equals("obl:agent") || rel.startsWith("nmod:from") || rel.startsWith("obl:from")
                || actsThroughPossession) {
            Optional<Lexicon.Country> c = lexicon.countryOfSeat(table.name(id));
            if (c.isPresent()) {
                return table.named(c.get().name(), ActorType.PLACE);
            }
        }
        return id;
    }

    /** A seat of government named as an employer ("an Elysee spokesman" stays the Elysee; "an Ottawa official" is Canada). */
    private String asCountry(String id) {
        if (table.type(id) != ActorType.PLACE) {
            return id;
        }
        return lexicon.countryOfSeat(table.name(id)).map(c -> table.named(c.name(), ActorType.PLACE)).orElse(id);
    }

    boolean isTitleWord(Sentence s, IndexedWord w) {
        return "TITLE".equals(s.ner(w.index())) || lexicon.isTitle(w.word());
    }

    /** The organization or country a role description names: "an Elysee spokesman", "a spokesman for X". */
    Optional<String> organizationOf(Sentence s, IndexedWord title) {
        SemanticGraph g = s.graph;
        for (String rel : List.of("nmod:for", "nmod:of", "nmod:at", "nmod:poss", "compound", "amod")) {
            for (IndexedWord c : Graphs.children(g, title, rel)) {
                Optional<String> named = nameAt(s, c.index());
                if (named.isPresent() && table.type(named.get()) != ActorType.PERSON) {
                    return named.map(id -> asCountry(id));
                }
                Optional<Lexicon.Country> country = lexicon.countryOfDemonym(c.word());
                if (country.isPresent() && (rel.equals("amod") || rel.equals("compound"))) {
                    return Optional.of(table.named(country.get().name(), ActorType.PLACE));
                }
            }
        }
        return Optional.empty();
    }

    /** Does the title phrase describe a leader of a country ("the French leader", "the Canadian president")? */
    static boolean isLeaderWord(String word) {
        return LEADER_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The noun phrase without determiners and possessors: "human rights groups", "28-point plan". */
    String phrase(Sentence s, IndexedWord head) {
        SemanticGraph g = s.graph;
        int lo = head.index();
        for (IndexedWord c : g.getChildren(head)) {
            String rel = Graphs.relationToParent(g, c);
            if (c.index() < head.index() && (rel.startsWith("amod") || rel.startsWith("compound") || rel.startsWith("nummod"))) {
                int[] ext = s.extent(c);
                lo = Math.min(lo, ext[0]);
            }
        }
        while (lo < head.index() && (s.tag(lo).equals("DT") || s.tag(lo).equals("PRP$") || s.tag(lo).equals("POS")
                || s.word(lo).equals(",") || table.at(s.index, lo).isPresent() && table.type(table.at(s.index, lo).get().localId()) == ActorType.PERSON)) {
            lo++;
        }
        return s.span(lo, head.index()).replaceAll("\\s+", " ");
    }

    List<Sentence> sentences() {
        return sentences;
    }
}
