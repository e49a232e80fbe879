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

    /** Documents that speak for whoever issued them. */
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "statements", "readout", "communique",
            "communiqué", "release", "announcement", "filing", "submission");
    private static final Set<String> QUANTIFIERS = Set.of("other", "some", "several", "many", "few", "various",
            "numerous", "more", "most", "all", "both", "around", "about", "nearly", "almost", "over", "roughly",
            "dozens", "hundreds", "thousands", "scores", "of", "at", "least", "up", "to", "those", "these");
    /** Institutions a country has, named by the country: "China's foreign ministry", "the Kenyan police". */
    private static final Set<String> INSTITUTIONS = Set.of("ministry", "embassy", "consulate", "military", "army",
            "navy", "parliament", "police", "mission");
    private static final Set<String> GOVERNMENT_WORDS = Set.of("government", "administration", "authorities", "cabinet");
    /** Words in the names of trade unions that are not called unions. */
    private static final Set<String> LABOUR_WORDS = Set.of("association", "federation", "confederation", "congress",
            "guild", "syndicate", "workers", "employees", "drivers", "teachers", "nurses", "doctors", "pilots", "miners");
    /** Who runs a company, which "the board" or "the directors" can stand for. */
    private static final Set<String> BOARD_WORDS = Set.of("board", "directors", "management");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers");
    private static final Set<String> LEADER_WORDS = Set.of("leader", "president", "premier", "chancellor", "head");
    /** Titles of people who speak for an organization, so that the organization may stand in when unnamed. */
    private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson", "official",
            "officials", "representative", "source", "sources", "aide", "aides", "adviser", "advisor", "negotiator",
            "diplomat", "envoy", "statement", "ministry", "office", "diplomats", "negotiators", "representatives",
            "spokesmen", "spokespeople", "officers", "executives", "supervisors", "management", "leadership",
            "analyst", "analysts", "economist", "economists", "strategist", "strategists", "prosecutors", "board");

    /** The organization a plural like "prosecutors" was first said to work for, and where. */
    private record SpokenFor(int sentence, String organization) {
    }

    private final Map<String, SpokenFor> spokenFor = new HashMap<>();
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
            List<String> leaders = leaders(s, x);
            if (leaders.size() > 1) {
                out.addAll(leaders);  // "a delegation led by A and B"
            } else {
                one(s, x, accept).ifPresent(out::add);
            }
        }
        return new ArrayList<>(out);
    }

    /** The leaders a "delegation led by A and B" names, with their conjuncts. */
    private List<String> leaders(Sentence s, IndexedWord w) {
        SemanticGraph g = s.graph;
        List<String> out = new ArrayList<>();
        for (IndexedWord acl : Graphs.children(g, w, "acl")) {
            if ("lead".equals(acl.lemma()) || "head".equals(acl.lemma())) {
                for (String by : List.of("obl:agent", "obl:by")) {
                    for (IndexedWord agent : Graphs.children(g, acl, by)) {
                        for (IndexedWord x : Graphs.withConjuncts(g, agent)) {
                            one(s, x, Accept.AGENTS).ifPresent(out::add);
                        }
                    }
                }
            }
        }
        return out;
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
            Set<String> conjoined = new java.util.HashSet<>();
            for (IndexedWord x : Graphs.children(g, w, "conj")) {
                nameAt(s, x.index()).ifPresent(conjoined::add);
            }
            IndexedWord first = Graphs.parent(g, w, "conj");
            if (first != null) {
                nameAt(s, first.index()).ifPresent(conjoined::add);
                for (IndexedWord x : Graphs.children(g, first, "conj")) {
                    nameAt(s, x.index()).ifPresent(conjoined::add);
                }
            }
            return discourse.personBefore(s.index, w.index(), conjoined);
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
        if (INSTITUTIONS.contains(word) && tag.equals("NN")) {
            // "China's foreign ministry", "the Chinese foreign ministry": an institution of a country, named so.
            Optional<String> institution = countryInstitution(s, w);
            if (institution.isPresent()) {
                return institution;
            }
        }
        if (BOARD_WORDS.contains(w.word()) && Graphs.hasChild(g, w, "det", "the") && Graphs.children(g, w, "nmod:poss").isEmpty()
                && Graphs.children(g, w, "compound").isEmpty() && Graphs.children(g, w, "nmod:of").isEmpty()) {
            // "the directors", "the board": the company whose board the article has named ("Acme's board")
            Optional<String> company = boardOwnerBefore(s.index, w.index());
            if (company.isPresent()) {
                return company;
            }
        }
        String refersBack = lexicon.organizationNoun(word);
        if (refersBack != null && tag.equals("NN") && Character.isLowerCase(w.word().charAt(0))
                && (Graphs.hasChild(g, w, "det", "the") || possessivePronoun(g, w))
                && Graphs.children(g, w, "compound").isEmpty()) {
            // "the union", "the company", "the regulator": the organization of that kind named last.
            Optional<String> org = organizationReferredTo(s, w, word, refersBack);
            if (org.isPresent()) {
                return org;
            }
        }
        if (STATEMENT_NOUNS.contains(word)) {
            // "according to a statement from X", "the X statement said", "X's readout"
            for (String rel : List.of("nmod:from", "nmod:by", "nmod:of", "nmod:poss", "compound")) {
                for (IndexedWord c : Graphs.children(g, w, rel)) {
                    Optional<String> source = one(s, c, Accept.AGENTS);
                    if (source.isPresent()) {
                        return source;
                    }
                }
            }
            return organizationOf(s, w);
        }
        if ((tag.startsWith("NNS") || word.equals("management") || word.equals("leadership") || word.equals("board"))
                && SPOKES.contains(word)) {
            // "German officials said", "officials from the ministry": who they speak for.
            Optional<String> behalf = organizationOf(s, w);
            if (behalf.isPresent()) {
                spokenFor.putIfAbsent(word, new SpokenFor(s.index, behalf.get()));
                return behalf;
            }
            // "Prosecutors from the Attorney's Office …" then "berated prosecutors": the same office.
            SpokenFor earlier = spokenFor.get(word);
            if (earlier != null && earlier.sentence() < s.index && g.getChildren(w).stream()
                    .allMatch(c -> Graphs.relationToParent(g, c).equals("det") || Graphs.relationToParent(g, c).equals("case")
                            || Graphs.relationToParent(g, c).equals("punct"))) {
                return Optional.of(earlier.organization());
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
            // A bare "the government" is the government of the place the sentence or the story is set in.
            if (Graphs.hasChild(g, w, "det", "the") && Graphs.children(g, w, "amod").isEmpty()
                    && Graphs.children(g, w, "compound").isEmpty()) {
                Optional<Lexicon.Country> local = countryOfSentence(s).or(() -> table.datelinePlace().flatMap(this::countryOfPlace));
                if (local.isPresent()) {
                    return Optional.of(table.named(local.get().name(), ActorType.PLACE));
                }
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
            // "Ms Kyle and other union leaders": the others are the rest of a set, not an actor of their own.
            IndexedWord first = Graphs.parent(g, w, "conj");
            if (Graphs.hasChild(g, w, "amod", "other") && first != null && nameAt(s, first.index()).isPresent()) {
                return Optional.empty();
            }
            String name = phrase(s, w);
            return Optional.of(table.named(name, ActorType.GROUP, groupForms(s, w, name)));
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

    /** Words that make an organization's name a public body's or another non-business's. */
    private static final Set<String> NOT_FIRM_WORDS = Set.of("ministry", "department", "commission", "authority",
            "office", "agency", "council", "committee", "court", "parliament", "senate", "government", "union",
            "party", "association", "federation", "police", "service", "bureau", "assembly", "congress", "house",
            "regulator", "tribunal", "inquiry", "administration", "cabinet",
            // bodies that are not businesses either: "the company" never refers back to them
            "forum", "chamber", "confederation", "society", "institute", "foundation", "alliance", "coalition",
            "campaign", "network", "movement", "league", "charity", "ombudsman");

    /** The organization last written as the owner of a board: "Acme's board", "the Acme board", "the board of Acme". */
    private Optional<String> boardOwnerBefore(int sentence, int token) {
        Optional<String> last = Optional.empty();
        for (Sentence s : sentences.subList(0, sentence + 1)) {
            if (!s.parsed()) {
                continue;
            }
            for (IndexedWord w : s.graph.vertexListSorted()) {
                // common nouns only: "Fynbos Asset Management" is a name, not a company's management
                if (s.index == sentence && w.index() >= token || !BOARD_WORDS.contains(w.word())) {
                    continue;
                }
                for (String rel : List.of("nmod:poss", "compound", "nmod:of")) {
                    for (IndexedWord owner : Graphs.children(s.graph, w, rel)) {
                        Optional<String> org = nameAt(s, owner.index()).filter(id -> table.type(id) == ActorType.ORGANIZATION);
                        if (org.isPresent()) {
                            last = org;
                        }
                    }
                }
            }
        }
        return last;
    }

    private Optional<String> organizationReferredTo(Sentence s, IndexedWord w, String noun, String kind) {
        java.util.function.Predicate<String> namesIt = name -> List.of(name.toLowerCase(Locale.ROOT).split("[\\s-]+"))
                .stream().anyMatch(x -> x.startsWith(noun) || noun.startsWith(x) && x.length() >= 5);
        Optional<String> named = table.organizationBefore(s.index, w.index(), namesIt);
        if (named.isPresent() || kind.equals("NAMED")) {
            return named;
        }
        if (kind.equals("LABOUR")) {
            // "the union" for a union not called one: "the National Association of Tanker Drivers"
            return table.organizationBefore(s.index, w.index(), name -> List.of(name.toLowerCase(Locale.ROOT).split("\\s+"))
                    .stream().anyMatch(LABOUR_WORDS::contains));
        }
        if (kind.equals("PUBLIC")) {
            return table.organizationBefore(s.index, w.index(), name -> List.of(name.toLowerCase(Locale.ROOT).split("\\s+"))
                    .stream().anyMatch(x -> x.startsWith("regulat") || x.equals("authority") || x.equals("commission")
                            || x.equals("office") || x.equals("agency")));
        }
        return table.organizationBefore(s.index, w.index(), name -> List.of(name.toLowerCase(Locale.ROOT).split("\\s+"))
                .stream().noneMatch(NOT_FIRM_WORDS::contains) && !name.equals(name.toUpperCase(Locale.ROOT)));
    }

    private Optional<String> countryInstitution(Sentence s, IndexedWord w) {
        SemanticGraph g = s.graph;
        int lo = w.index();
        boolean country = false;
        for (IndexedWord c : g.getChildren(w)) {
            String rel = Graphs.relationToParent(g, c);
            if (c.index() > w.index()) {
                continue;
            }
            if (rel.startsWith("nmod:poss")) {
                Optional<String> owner = nameAt(s, c.index());
                if (owner.isPresent() && lexicon.country(table.name(owner.get())).isPresent()) {
                    country = true;
                    lo = Math.min(lo, s.extent(c)[0]);
                }
            } else if (rel.startsWith("amod") || rel.startsWith("compound")) {
                country |= lexicon.countryOfDemonym(c.word()).isPresent();
                lo = Math.min(lo, s.extent(c)[0]);
            }
        }
        while (lo < w.index() && s.tag(lo).equals("DT")) {
            lo++;
        }
        if (!country) {
            return Optional.empty();
        }
        String name = s.span(lo, w.index()).replaceAll("\\s+", " ").replace(" 's", "'s");
        // "Brazil's foreign ministry, Itamaraty": the institution's own name, with this description as an alias.
        for (IndexedWord c : Graphs.children(g, w, "appos")) {
            Optional<String> own = nameAt(s, c.index()).filter(id -> table.type(id) == ActorType.ORGANIZATION);
            if (own.isPresent()) {
                table.addAliases(own.get(), List.of(name));
                return own;
            }
        }
        return Optional.of(table.named(name, ActorType.ORGANIZATION));
    }

    /** "their union", "its board". */
    private static boolean possessivePronoun(SemanticGraph g, IndexedWord w) {
        for (IndexedWord c : Graphs.children(g, w, "nmod:poss")) {
            if ("PRP$".equals(c.tag())) {
                return true;
            }
        }
        return false;
    }

    /** The one country the sentence's places belong to, if they name exactly one. */
    private Optional<Lexicon.Country> countryOfSentence(Sentence s) {
        Set<Lexicon.Country> found = new java.util.HashSet<>();
        for (ActorTable.Mention m : table.mentions()) {
            if (m.sentence() == s.index && table.type(m.localId()) == ActorType.PLACE) {
                countryOfPlace(table.name(m.localId())).ifPresent(found::add);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** A country, its seat of government, or a place the gazetteer puts inside it. */
    Optional<Lexicon.Country> countryOfPlace(String name) {
        Optional<Lexicon.Country> c = lexicon.country(name).or(() -> lexicon.countryOfSeat(name));
        if (c.isPresent()) {
            return c;
        }
        Gazetteer gazetteer = Gazetteer.get();
        Optional<Gazetteer.Place> p = gazetteer.find(name);
        for (int depth = 0; depth < 6 && p.isPresent(); depth++) {
            Optional<Lexicon.Country> country = lexicon.country(p.get().name());
            if (country.isPresent()) {
                return country;
            }
            p = p.get().parent() == null ? Optional.empty() : gazetteer.find(p.get().parent());
        }
        return Optional.empty();
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
        for (String rel : List.of("nmod:for", "nmod:of", "nmod:from", "nmod:at", "nmod:poss", "compound", "amod")) {
            for (IndexedWord c : Graphs.children(g, title, rel)) {
                Optional<String> named = nameAt(s, c.index());
                if (named.isPresent() && table.type(named.get()) != ActorType.PERSON) {
                    return named.map(id -> asCountry(id));
                }
                if (named.isEmpty() && (rel.startsWith("nmod:for") || rel.startsWith("nmod:of") || rel.startsWith("nmod:from"))) {
                    // "a spokesman for the Chinese foreign ministry", "officials of the union"
                    Optional<String> body = one(s, c, Accept.AGENTS)
                            .filter(id -> table.type(id) == ActorType.ORGANIZATION || table.type(id) == ActorType.PLACE);
                    if (body.isPresent()) {
                        return body;
                    }
                }
                Optional<Lexicon.Country> country = lexicon.countryOfDemonym(c.word());
                if (country.isPresent() && (rel.equals("amod") || rel.equals("compound"))) {
                    return Optional.of(table.named(country.get().name(), ActorType.PLACE));
                }
                String kind = rel.equals("compound") && c.tag().equals("NN") ? lexicon.organizationNoun(c.word()) : null;
                if (kind != null) {
                    // "a company spokeswoman", "a union official": the organization of that kind named before.
                    Optional<String> org = organizationReferredTo(s, c, c.word().toLowerCase(Locale.ROOT), kind);
                    if (org.isPresent()) {
                        return org;
                    }
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
            if (c.index() < head.index() && (rel.startsWith("amod") || rel.startsWith("compound"))) {
                int[] ext = s.extent(c);
                lo = Math.min(lo, ext[0]);
            }
        }
        // "around 40 Labour MPs", "some shareholders", "other union leaders": the group, not how much of it.
        while (lo < head.index() && (s.tag(lo).equals("DT") || s.tag(lo).equals("PRP$") || s.tag(lo).equals("POS")
                || s.tag(lo).equals("CD") || QUANTIFIERS.contains(s.word(lo).toLowerCase(Locale.ROOT))
                || s.word(lo).equals(",") || table.at(s.index, lo).isPresent() && table.type(table.at(s.index, lo).get().localId()) == ActorType.PERSON)) {
            lo++;
        }
        return s.span(lo, head.index()).replaceAll("\\s+", " ");
    }

    /** "diplomats in Kyiv", "conservatives in the House": the group with where it is, when the text says. */
    private List<String> groupForms(Sentence s, IndexedWord head, String phrase) {
        List<String> forms = new ArrayList<>();
        for (String rel : List.of("nmod:in", "nmod:from", "nmod:at")) {
            for (IndexedWord c : Graphs.children(s.graph, head, rel)) {
                int[] ext = s.extent(c);
                if (ext[1] - head.index() <= 6 && nameAt(s, c.index()).isPresent()) {
                    forms.add(phrase + " " + s.span(head.index() + 1, ext[1]).replaceAll("\\s+", " "));
                }
            }
        }
        return forms;
    }

    List<Sentence> sentences() {
        return sentences;
    }
}
