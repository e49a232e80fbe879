package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Meetings in person, from meeting verbs ("met", "met with", "hosted", "was received by", "sat down with",
 * "joined X at the talks") and from meeting nouns with their participants ("held talks with",
 * "talks between A and B", "a meeting of A with B", "arrived for talks with"). Calls, letters and
 * interviews are contacts, not meetings. Negated, conditional and wished-for meetings are dropped;
 * announced ones are PLANNED.
 */
final class MeetingRules {

    private static final Set<String> NOT_YET = Set.of(
            "possible", "potential", "hypothetical", "eventual", "proposed", "prospective", "mooted");
    /** Verbs that hold or attend a meeting named by their object: "held talks with", "arrived for talks with". */
    private static final Set<String> HOLDING = Set.of("hold", "have", "conduct", "begin", "start", "open", "resume",
            "launch", "attend", "arrive", "come", "travel", "fly", "go", "head", "convene", "wrap", "conclude",
            "finish", "end", "take", "sit");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "we");
    /** Verbs of going to or attending a meeting, which say who met only with a with-phrase. */
    private static final Set<String> ATTENDING = Set.of("attend", "arrive", "come", "travel", "fly", "go", "head");
    /** Nouns that measure a meeting: "five hours of talks", "a round of talks". */
    private static final Set<String> MEASURES = Set.of("hour", "day", "round", "series", "week", "minute", "night",
            "session", "month");
    /** Phrases that place something at or after a meeting, which therefore took place ("at", "after", "during"). */
    private static final java.util.regex.Pattern IN_PASSING_HELD =
            java.util.regex.Pattern.compile("(obl|nmod):(at|in|during|after|following|since|from)");
    /** Meeting verbs whose object must be an agent, not a place or a thing ("visited Paris", "received a letter"). */
    private static final Set<String> AGENT_OBJECT_ONLY = Set.of("host", "receive", "welcome", "visit");

    private final Lexicon lexicon;
    private final ActorTable table;
    private final Arguments args;
    private final LocalDate published;
    /** Meetings found so far in the article, in text order. */
    private final List<Meeting> found = new ArrayList<>();

    MeetingRules(Lexicon lexicon, ActorTable table, Arguments args, LocalDate published) {
        this.lexicon = lexicon;
        this.table = table;
        this.args = args;
        this.published = published;
    }

    List<Meeting> find(Sentence s) {
        List<Meeting> out = new ArrayList<>();
        if (!s.parsed()) {
            return out;
        }
        for (IndexedWord w : s.graph.vertexListSorted()) {
            String tag = w.tag() == null ? "" : w.tag();
            String lemma = w.lemma() == null ? w.word() : w.lemma().toLowerCase(Locale.ROOT);
            Optional<Meeting> m = Optional.empty();
            if (tag.startsWith("VB") && lemma.equals("meet") && Graphs.relationToParent(s.graph, w).equals("amod")) {
                m = fromLedByThenMet(s, w);
            } else if (tag.startsWith("VB") && (lexicon.isMeetingVerb(lemma) || lemma.equals("sit") && hasParticle(s, w, "down"))) {
                m = fromVerb(s, w, lemma);
            } else if (tag.startsWith("VB") && lemma.equals("call") && !Graphs.children(s.graph, w, "obl:on").isEmpty()
                    && Graphs.children(s.graph, w, "xcomp").isEmpty() && Graphs.children(s.graph, w, "obj").isEmpty()) {
                // "called on the prime minister at his residence" is a visit; "called on him to resign" is not.
                m = fromCallOn(s, w);
            } else if (tag.startsWith("VB") && lemma.equals("join")) {
                m = fromJoin(s, w);
            } else if (tag.startsWith("NN") && lexicon.isMeetingNoun(w.word())) {
                m = fromNoun(s, w);
            }
            m.ifPresent(out::add);
        }
        found.addAll(out);
        return out;
    }

    private Optional<Meeting> fromCallOn(Sentence s, IndexedWord v) {
        Set<String> people = new LinkedHashSet<>(subjects(s, v));
        Graphs.children(s.graph, v, "obl:on").forEach(x -> people.addAll(members(s, x)));
        return meeting(s, v, v, people, "meeting-call-on");
    }

    private static boolean hasParticle(Sentence s, IndexedWord w, String particle) {
        return Graphs.hasChild(s.graph, w, "compound:prt", particle);
    }

    /** "A met (with) B", "A and B met", "A hosted B", "B was received by A", "A sat down with B". */
    private Optional<Meeting> fromVerb(Sentence s, IndexedWord v, String lemma) {
        SemanticGraph g = s.graph;
        Set<String> people = new LinkedHashSet<>();
        boolean passive = !Graphs.children(g, v, "nsubj:pass").isEmpty() || !Graphs.children(g, v, "aux:pass").isEmpty();
        if (passive) {
            // Passive "is joined by"/"was received by": both sides are participants.
            Graphs.children(g, v, "nsubj:pass").forEach(x -> people.addAll(members(s, x)));
            Graphs.children(g, v, "obl:agent").forEach(x -> people.addAll(members(s, x)));
        } else {
            List<String> leaders = leadersAround(s, v);
            people.addAll(leaders.isEmpty() ? subjects(s, v) : leaders);
            // "met with a delegation, led by X": parsers often hang the led-by phrase on the verb.
            for (IndexedWord c : s.graph.getChildren(v)) {
                if ("lead".equals(c.lemma()) && Graphs.relationToParent(g, c).matches("dep|advcl|acl")) {
                    people.addAll(leaders(s, c));
                }
            }
            // "hosted ministers from eight countries, including A and B": the parser hangs the list on the verb.
            List<String> included = new ArrayList<>();
            for (String rel : List.of("obl:including", "obl:such_as", "advcl:including")) {
                Graphs.children(g, v, rel).forEach(x -> included.addAll(args.actors(s, x, Arguments.Accept.AGENTS)));
            }
            // "sat down with": the other side is only ever the with-phrase.
            List<String> sides = lemma.equals("sit") ? List.of("obl:with", "nmod:with") : List.of("obj", "obl:with", "nmod:with");
            List<IndexedWord> objects = new ArrayList<>();
            for (String rel : sides) {
                objects.addAll(Graphs.children(g, v, rel));
            }
            // "received a letter": a verb that needs an agent object has none. A stray second object the parser
            // adds ("received X, …, the first visit …") is ignored when an agent is there.
            boolean agentObject = objects.stream().anyMatch(x -> isAgent(s, x));
            if (AGENT_OBJECT_ONLY.contains(lemma) && !agentObject && included.isEmpty() && !objects.isEmpty()) {
                return Optional.empty();
            }
            for (IndexedWord x : objects) {
                if (AGENT_OBJECT_ONLY.contains(lemma) && !isAgent(s, x)) {
                    continue;
                }
                List<String> m = members(s, x);
                if (!included.isEmpty() && m.stream().allMatch(id -> table.type(id) == ActorType.GROUP)) {
                    m = included;
                } else if (!m.isEmpty() && m.stream().allMatch(id -> table.type(id) == ActorType.GROUP)) {
                    // "met officials from the regulator": the parser may hang the from-phrase on the verb.
                    List<String> behalf = new ArrayList<>();
                    for (String rel : List.of("obl:from", "obl:of")) {
                        Graphs.children(g, v, rel).forEach(o -> args.one(s, o, Arguments.Accept.AGENTS)
                                .filter(id -> table.type(id) == ActorType.ORGANIZATION).ifPresent(behalf::add));
                    }
                    if (!behalf.isEmpty()) {
                        m = behalf;
                    }
                }
                people.addAll(m);
            }
        }
        return meeting(s, v, v, people, "meeting-verb");
    }

    /**
     * "A delegation led by X, secretary of the Security Council, met Y", where the parser took the council in X's
     * apposition for the subject of "met": the leaders, when every subject lies between "led by" and the verb.
     */
    private List<String> leadersAround(Sentence s, IndexedWord v) {
        SemanticGraph g = s.graph;
        List<IndexedWord> subjects = Graphs.children(g, v, "nsubj");
        for (IndexedWord led : g.vertexListSorted()) {
            if (led.index() >= v.index() || !isLeading(led) || !"VBN".equals(led.tag()) || subjects.isEmpty()
                    || !subjects.stream().allMatch(x -> x.index() > led.index() && x.index() < v.index())) {
                continue;
            }
            List<String> leaders = leaders(s, led);
            leaders.removeIf(id -> table.type(id) != ActorType.PERSON);
            if (!leaders.isEmpty()) {
                return leaders;
            }
        }
        return List.of();
    }

    private static boolean isLeading(IndexedWord w) {
        return "lead".equals(w.lemma()) || "head".equals(w.lemma());
    }

    /** Who "led by" or "headed by" names. */
    private List<String> leaders(Sentence s, IndexedWord led) {
        List<String> out = new ArrayList<>();
        for (String by : List.of("obl:agent", "obl:by")) {
            Graphs.children(s.graph, led, by).forEach(x -> out.addAll(members(s, x)));
        }
        return out;
    }

    /**
     * "A delegation led by X, the minister, met Y": parsers read "led" as the main verb and "met" as an adjective
     * of Y. The leaders and Y met.
     */
    private Optional<Meeting> fromLedByThenMet(Sentence s, IndexedWord met) {
        SemanticGraph g = s.graph;
        IndexedWord other = Graphs.governor(g, met);
        while (other != null && Graphs.relationToParent(g, other).equals("compound")) {
            other = Graphs.governor(g, other);  // "met U.S. envoy Y": "met" modifies "envoy"
        }
        IndexedWord led = other == null ? null : Graphs.parent(g, other, "obj");
        if (led == null || !isLeading(led)) {
            return Optional.empty();
        }
        Set<String> people = new LinkedHashSet<>(leaders(s, led));
        if (people.isEmpty()) {
            return Optional.empty();
        }
        people.addAll(members(s, other));
        return meeting(s, led, other, people, "meeting-verb");
    }

    /** "X joined Y during the talks", "X joined the talks with Y", "… joining the president at the talks". */
    private Optional<Meeting> fromJoin(Sentence s, IndexedWord v) {
        SemanticGraph g = s.graph;
        boolean aboutTalks = false;
        for (IndexedWord c : g.getChildren(v)) {
            if (lexicon.isMeetingNoun(c.word())) {
                aboutTalks = true;
            }
        }
        if (!aboutTalks) {
            return joinedAtLastMeeting(s, v);
        }
        Set<String> people = new LinkedHashSet<>(subjects(s, v));
        Graphs.children(g, v, "obl:agent").forEach(x -> people.addAll(members(s, x)));
        Graphs.children(g, v, "nsubj:pass").forEach(x -> people.addAll(members(s, x)));
        for (IndexedWord o : Graphs.children(g, v, "obj")) {
            if (lexicon.isMeetingNoun(o.word())) {
                for (String rel : List.of("nmod:with", "nmod:between")) {
                    Graphs.children(g, o, rel).forEach(x -> people.addAll(members(s, x)));
                }
            } else {
                people.addAll(members(s, o));
            }
        }
        if (people.size() == 1) {
            // "X joined the talks in the afternoon": the talks the article has just reported.
            for (IndexedWord o : Graphs.children(g, v, "obj")) {
                Meeting last = found.isEmpty() ? null : found.get(found.size() - 1);
                if (lexicon.isMeetingNoun(o.word()) && Graphs.hasChild(g, o, "det", "the") && last != null
                        && s.index - last.evidence().get(0).sentenceIndex() <= 3 && acts(s, v)) {
                    Set<String> all = new LinkedHashSet<>(last.participants());
                    all.addAll(people);
                    return Optional.of(new Meeting(List.copyOf(all), last.date(), last.place(), last.status(),
                            List.of(s.evidence(0.7, "meeting-joined"))));
                }
            }
        }
        return meeting(s, v, v, people, "meeting-join");
    }

    /**
     * "Talks between A and B are under way. A is joined by his aide C": C joins the meeting the article has just
     * reported, when the one joined is among its participants.
     */
    private Optional<Meeting> joinedAtLastMeeting(Sentence s, IndexedWord v) {
        SemanticGraph g = s.graph;
        Meeting last = found.isEmpty() ? null : found.get(found.size() - 1);
        if (last == null || s.index - last.evidence().get(0).sentenceIndex() > 2 || !acts(s, v)) {
            return Optional.empty();
        }
        Set<String> joined = new LinkedHashSet<>();
        Graphs.children(g, v, "nsubj:pass").forEach(x -> joined.addAll(members(s, x)));
        Set<String> joiners = new LinkedHashSet<>();
        Graphs.children(g, v, "obl:agent").forEach(x -> joiners.addAll(members(s, x)));
        if (joiners.isEmpty() || joined.isEmpty() || !last.participants().containsAll(joined)) {
            return Optional.empty();
        }
        Set<String> all = new LinkedHashSet<>(last.participants());
        all.addAll(joiners);
        return Optional.of(new Meeting(List.copyOf(all), last.date(), last.place(), last.status(),
                List.of(s.evidence(0.7, "meeting-joined"))));
    }

    /** "held talks with B", "talks between A and B", "A's meeting with B", "arrived for talks with B". */
    private Optional<Meeting> fromNoun(Sentence s, IndexedWord noun) {
        SemanticGraph g = s.graph;
        for (IndexedWord mod : g.getChildren(noun)) {
            if (lexicon.isContactNoun(mod.word()) || NOT_YET.contains(mod.word().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        Set<String> people = new LinkedHashSet<>();
        for (String rel : List.of("nmod:with", "nmod:between", "nmod:of", "nmod:poss", "nmod:among")) {
            for (IndexedWord x : Graphs.children(g, noun, rel)) {
                people.addAll(members(s, x));
            }
        }
        // The verb the noun hangs from supplies the other side and the tense: "A held talks with B".
        IndexedWord predicate = noun;
        IndexedWord gov = Graphs.governor(g, noun);
        String rel = Graphs.relationToParent(g, noun);
        for (int depth = 0; depth < 2 && gov != null && rel.startsWith("nmod:of") && gov.tag() != null
                && gov.tag().startsWith("NN"); depth++) {
            // "five hours of talks", "a (return) round of talks", "a series of meetings"
            rel = Graphs.relationToParent(g, gov);
            gov = Graphs.governor(g, gov);
        }
        String govLemma = gov == null || gov.lemma() == null ? "" : gov.lemma().toLowerCase(Locale.ROOT);
        if (gov != null && gov.tag() != null && gov.tag().startsWith("VB")
                && (rel.equals("obj") || rel.startsWith("obl:for"))) {
            if (!HOLDING.contains(govLemma)) {
                return Optional.empty();  // "continued negotiations", "prepared for the meeting": not a meeting held
            }
            if (people.isEmpty() && ATTENDING.contains(govLemma)) {
                return Optional.empty();  // "A and B attended the summit": there together, not said to have met
            }
            people.addAll(subjects(s, gov));
            // "held talks for five hours with X": the with-phrase may hang on the verb.
            for (String with : List.of("obl:with", "obl:between")) {
                Graphs.children(g, gov, with).forEach(x -> people.addAll(members(s, x)));
            }
            predicate = gov;
        } else if (rel.startsWith("nsubj")) {
            // "Talks between A and B are underway", "the meeting took place"
            predicate = gov == null ? noun : gov;
        } else if (!people.isEmpty() && gov != null && Graphs.parent(g, noun, "nsubj") == null
                && (rel.startsWith("nmod") || rel.startsWith("obl"))) {
            // A meeting named in passing ("after the meeting with X") is evidence of nothing new, unless it names
            // both sides itself and is said to have taken place: "discussed at a meeting of A with B and C".
            if (people.size() < 2 || !IN_PASSING_HELD.matcher(rel).matches()) {
                return Optional.empty();
            }
        }
        return meeting(s, predicate, noun, people, "meeting-noun");
    }

    private Optional<Meeting> meeting(Sentence s, IndexedWord predicate, IndexedWord event, Set<String> people, String rule) {
        people.removeIf(id -> table.type(id) == ActorType.PROPOSAL || table.type(id) == ActorType.PLACE && !isCountry(id));
        if (people.size() < 2) {
            return Optional.empty();
        }
        Modality modality = Modality.of(lexicon, s, predicate);
        if (modality == Modality.IRREALIS) {
            return Optional.empty();
        }
        MeetingStatus status = modality == Modality.PLANNED ? MeetingStatus.PLANNED : MeetingStatus.HELD;
        PartialDate date = Dates.of(s, predicate, modality, published);
        if (date == null && event != predicate) {
            date = Dates.of(s, event, modality, published);
        }
        boolean timetable = predicate.tag() != null && (predicate.tag().equals("VBZ") || predicate.tag().equals("VBP"))
                && Graphs.children(s.graph, predicate, "aux").isEmpty() && date != null;
        if (status == MeetingStatus.HELD && date != null && (timetable || published != null && isAfter(date, published))) {
            // "travels to Calais on Monday for talks": the present tense of a timetable, dated after the paper.
            status = MeetingStatus.PLANNED;
            date = Dates.of(s, predicate, Modality.PLANNED, published);
            if (date == null && event != predicate) {
                date = Dates.of(s, event, Modality.PLANNED, published);
            }
        }
        String place = placeOf(s, predicate, event);
        return Optional.of(new Meeting(List.copyOf(people), date, place, status, List.of(s.evidence(0.85, rule))));
    }

    private static boolean isAfter(PartialDate date, LocalDate published) {
        try {
            return date.iso().length() == 10 && LocalDate.parse(date.iso()).isAfter(published);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean acts(Sentence s, IndexedWord v) {
        return Modality.of(lexicon, s, v) != Modality.IRREALIS;
    }

    private boolean isCountry(String id) {
        return lexicon.country(table.name(id)).isPresent();
    }

    /** "met in Munich", "talks at the Elysee", "flew to Bavaria to meet": the first place phrase up the tree. */
    private String placeOf(Sentence s, IndexedWord predicate, IndexedWord event) {
        SemanticGraph g = s.graph;
        List<IndexedWord> candidates = new ArrayList<>(List.of(event, predicate));
        IndexedWord w = predicate;
        for (int depth = 0; depth < 2; depth++) {
            String rel = Graphs.relationToParent(g, w);
            if (!(rel.startsWith("advcl") || rel.startsWith("xcomp"))) {
                break;
            }
            w = Graphs.governor(g, w);
            candidates.add(w);
        }
        for (IndexedWord c : candidates) {
            for (String rel : List.of("obl:in", "obl:at", "nmod:in", "nmod:at", "obl:to")) {
                for (IndexedWord x : Graphs.children(g, c, rel)) {
                    Optional<String> p = table.at(s.index, x.index()).map(ActorTable.Mention::localId);
                    if (p.isPresent() && (table.type(p.get()) == ActorType.PLACE
                            || table.type(p.get()) == ActorType.ORGANIZATION && rel.endsWith("at"))) {
                        return p.get();
                    }
                }
            }
        }
        return null;
    }

    /** Subjects of a predicate, or of the clause it serves ("flew to Bavaria to meet", "is expected to meet"). */
    private List<String> subjects(Sentence s, IndexedWord v) {
        SemanticGraph g = s.graph;
        IndexedWord w = v;
        for (int depth = 0; depth < 4 && w != null; depth++) {
            List<String> found = new ArrayList<>();
            List<IndexedWord> own = new ArrayList<>();
            for (String rel : List.of("nsubj", "nsubj:xsubj")) {
                own.addAll(Graphs.children(g, w, rel));
            }
            boolean plural = own.size() == 1 && PLURAL_PRONOUNS.contains(own.get(0).word().toLowerCase(Locale.ROOT));
            for (IndexedWord x : own) {
                found.addAll(members(s, x));
            }
            if (!found.isEmpty() || !own.isEmpty() && !plural) {
                return found;  // a clause with a subject of its own never borrows the main clause's
            }
            IndexedWord planner = own.isEmpty() ? Modality.plannerBefore(lexicon, s, w) : null;
            if (planner != null) {
                w = planner;  // "X is due to meet Y, a spokesman said", parsed with "meet" under "said"
                continue;
            }
            String rel = Graphs.relationToParent(g, w);
            if (plural && rel.startsWith("acl:relcl")) {
                // "travelled to the plant, where they met …": they are the travellers.
                IndexedWord noun = Graphs.governor(g, w);
                w = noun == null ? null : Graphs.governor(g, noun);
                continue;
            }
            if (rel.startsWith("acl")) {
                // "… Ortiz and a translator joining the president": the noun the clause modifies acts.
                return members(s, Graphs.governor(g, w));
            }
            IndexedWord gov = Graphs.governor(g, w);
            if (rel.equals("dep") && gov != null && isLeading(gov)) {
                // "A delegation led by X, the head of Y, flew to Z to meet …", parsed with "led" as the main verb
                return leaders(s, gov);
            }
            if (!(rel.startsWith("xcomp") || rel.startsWith("advcl") || rel.startsWith("conj"))) {
                break;
            }
            w = Graphs.governor(g, w);
        }
        return List.of();
    }

    /** The actors of a phrase; "officials including A, B and C" are A, B and C. */
    private List<String> members(Sentence s, IndexedWord w) {
        if (w == null) {
            return List.of();
        }
        List<String> named = new ArrayList<>();
        for (String rel : List.of("nmod:including", "nmod:such_as", "nmod:like")) {
            for (IndexedWord x : Graphs.children(s.graph, w, rel)) {
                named.addAll(args.actors(s, x, Arguments.Accept.AGENTS));
            }
        }
        if (!named.isEmpty()) {
            return named;
        }
        List<String> actors = new ArrayList<>(args.actors(s, w, Arguments.Accept.AGENTS));
        // "hosted union leader A and company director B": parsers often run two titled names into one phrase.
        if (actors.size() == 1 && table.type(actors.get(0)) == ActorType.PERSON) {
            List<String> coordinated = coordinatedPeople(s, w);
            if (coordinated.size() > 1) {
                return coordinated;
            }
        }
        return actors;
    }

    /** People named in the phrase's words and joined by "and", when the phrase holds no verb. */
    private List<String> coordinatedPeople(Sentence s, IndexedWord w) {
        int[] ext = s.extent(w);
        List<String> people = new ArrayList<>();
        boolean and = false;
        for (int t = ext[0]; t <= ext[1]; t++) {
            if (s.tag(t).startsWith("VB") && !modifier(s, t) || s.tag(t).equals("POS") || s.word(t).equalsIgnoreCase("of")) {
                return List.of();
            }
            and |= s.word(t).equalsIgnoreCase("and");
            int tt = t;
            if (t < ext[1] && Character.isLowerCase(s.word(t + 1).charAt(0)) && table.at(s.index, t).isPresent()
                    && table.at(s.index, t).get().from() == t) {
                continue;  // a one-word name modifying a title ("Acme managing director X") is an organization's
            }
            table.at(s.index, t).map(ActorTable.Mention::localId)
                    .filter(id -> table.type(id) == ActorType.PERSON && !people.contains(id) && s.tag(tt).startsWith("NNP"))
                    .ifPresent(people::add);
        }
        return and ? people : List.of();
    }

    /** A participle used as an adjective in a title ("managing director"), not a verb of its own. */
    private static boolean modifier(Sentence s, int t) {
        IndexedWord w = s.graph.getNodeByIndexSafe(t);
        return w != null && Graphs.relationToParent(s.graph, w).matches("amod|compound");
    }

    private boolean isAgent(Sentence s, IndexedWord w) {
        return args.one(s, w, Arguments.Accept.AGENTS)
                .map(id -> table.type(id) != ActorType.PLACE || isCountry(id))
                .orElse(false);
    }
}
