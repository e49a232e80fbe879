package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * The actors one article names. Names come from CoreNLP's entity tags plus a rule for organization names NER
 * misses ("… Investment Fund"); then the article's own coreference is applied the way a reader applies it:
 * "Belenko" after "Yury Belenko" is him, "Yuri Belenko" is a spelling of him, "the FCA" after
 * "the Financial Conduct Authority (FCA)" is it. Groups and proposals are added when a rule needs one.
 * Every token inside a name points to its actor.
 */
final class ActorTable {

    /** One use of a name in a sentence, tokens {@code from..to} (1-based, inclusive). */
    record Mention(int sentence, int from, int to, String localId) {
    }

    /** A name as first found, before the article's names are gathered into actors. */
    private record Raw(int sentence, int from, int to, String name, ActorType type, String written) {
        Raw(int sentence, int from, int to, String name, ActorType type) {
            this(sentence, from, to, name, type, name);
        }
    }

    private static final class Actor {
        final String localId;
        String name;
        ActorType type;
        final TreeSet<String> aliases = new TreeSet<>();
        int mentions;
        int lastSentence = -1;
        ActorRef.ProposedBy proposedBy;

        Actor(String localId, String name, ActorType type) {
            this.localId = localId;
            this.name = name;
            this.type = type;
        }
    }

    private final Lexicon lexicon;
    private final Nicknames nicknames;
    private final Map<String, Actor> byId = new LinkedHashMap<>();
    private final Map<String, Actor> byKey = new HashMap<>();
    private final Map<Long, Mention> byToken = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private int lastId;
    /** Where the article says it was filed ("NEW DELHI"), or null. */
    private String datelinePlace;

    /** Letters after a name that are honours or professions, not part of it ("Jane Doe KC"). */
    private static final java.util.Set<String> POST_NOMINALS = java.util.Set.of("KC", "QC", "SC", "MP", "MEP", "MSP",
            "MLA", "OBE", "CBE", "MBE", "KBE", "DBE", "PhD", "MD", "Esq");

    ActorTable(Lexicon lexicon, List<Sentence> sentences) {
        this.lexicon = lexicon;
        this.nicknames = Nicknames.get();
        List<Raw> raws = new ArrayList<>();
        for (Sentence s : sentences) {
            findNames(s, raws, s.index == 0 || sentences.get(s.index - 1).paragraph != s.paragraph);
        }
        gatherPeople(raws, sentences);
        gatherOthers(raws, sentences);
        mergeShortNames(sentences);
        findKnownNames(sentences);
    }

    /**
     * A name the article has already introduced is that actor wherever it recurs, even where NER missed it:
     * a bare surname of a person named in full ("Wendtland is due to …"), a one-word name or alias of an
     * organization ("talks with Acme management").
     */
    private void findKnownNames(List<Sentence> sentences) {
        Map<String, Actor> known = new HashMap<>();
        Map<String, Actor> firstWords = new HashMap<>();
        Map<String, Integer> surnameHolders = new HashMap<>();
        for (Actor a : byId.values()) {
            if ((a.type == ActorType.PERSON || a.type == ActorType.ORGANIZATION) && !a.name.contains(" ")
                    && a.name.length() >= 4) {
                // A one-word name ("Zentrix") NER marked once and missed again, as it does with unfamiliar words.
                known.putIfAbsent("o|" + a.name, a);
            }
            if (a.type == ActorType.PERSON && a.name.contains(" ")) {
                String key = PersonName.parse(a.name, lexicon).surnameKey();
                surnameHolders.merge(key, 1, Integer::sum);
                known.put("p|" + key, a);
            } else if (a.type == ActorType.ORGANIZATION) {
                for (String alias : a.aliases) {
                    if (!alias.contains(" ")) {
                        known.putIfAbsent("o|" + alias, a);
                    }
                }
                // "Coastline" for "Coastline Petroleum Terminals": a distinctive first word, used alone.
                String first = a.name.split(" ")[0];
                if (a.name.contains(" ") && isDistinctive(first)) {
                    firstWords.merge(first, a, (x, y) -> x == y ? x : null);
                }
            }
        }
        firstWords.forEach((w, a) -> {
            if (a != null) {
                known.putIfAbsent("o|" + w, a);
            }
        });
        for (Sentence s : sentences) {
            for (int t = 1; t <= s.tokens.size(); t++) {
                String w = s.word(t);
                if (byToken.containsKey(pos(s.index, t)) || !(s.tag(t).startsWith("NNP") || t > 1 && s.tag(t).startsWith("NN"))
                        || w.length() < 3
                        || !Character.isUpperCase(w.charAt(0)) || lexicon.isTitle(w) || lexicon.isHonorific(w)) {
                    continue;
                }
                Actor org = known.get("o|" + w);
                String key = PersonName.fold(w);
                Actor person = surnameHolders.getOrDefault(key, 0) == 1 ? known.get("p|" + key) : null;
                Actor a = org != null ? org : person;
                if (a != null && (t == s.tokens.size() || !s.tag(t + 1).startsWith("NNP"))
                        && (t == 1 || !s.tag(t - 1).startsWith("NNP") || lexicon.isHonorific(s.word(t - 1)))) {
                    mention(new Raw(s.index, t, t, w, a.type), a);
                }
            }
        }
    }

    private static long pos(int sentence, int token) {
        return ((long) sentence << 20) | token;
    }

    Optional<Mention> at(int sentence, int token) {
        return Optional.ofNullable(byToken.get(pos(sentence, token)));
    }

    List<Mention> mentions() {
        return mentions;
    }

    ActorType type(String localId) {
        return byId.get(localId).type;
    }

    String name(String localId) {
        return byId.get(localId).name;
    }

    List<ActorRef> refs() {
        // Two proposals of one kind from one actor cannot be told apart by it.
        Map<ActorRef.ProposedBy, Long> perProposer = byId.values().stream().filter(a -> a.proposedBy != null)
                .collect(java.util.stream.Collectors.groupingBy(a -> a.proposedBy, java.util.stream.Collectors.counting()));
        return byId.values().stream()
                .map(a -> new ActorRef(a.localId, a.name, a.type,
                        a.aliases.stream().filter(x -> !x.equals(a.name)).toList(), a.mentions,
                        a.proposedBy != null && perProposer.get(a.proposedBy) == 1 ? a.proposedBy : null))
                .toList();
    }

    /** Records who made a proposal, when an article says so ("Acme's bid"); the first to be named counts. */
    void proposedBy(String proposal, String actor, String kind) {
        Actor p = byId.get(proposal);
        if (p != null && p.proposedBy == null && byId.containsKey(actor) && byId.get(actor).type != ActorType.PROPOSAL) {
            p.proposedBy = new ActorRef.ProposedBy(actor, kind);
        }
    }

    /** The actor for a group, proposal or country that a rule needs but no name marked, created on first use. */
    String named(String name, ActorType type) {
        String key = key(name, type);
        Actor a = byKey.get(key);
        if (a == null) {
            a = newActor(name, type);
            byKey.put(key, a);
        }
        return a.localId;
    }

    /** The organization named last before a position whose name passes the test, if any. */
    Optional<String> organizationBefore(int sentence, int token, java.util.function.Predicate<String> name) {
        Mention best = null;
        for (Mention m : mentions) {
            boolean before = m.sentence() < sentence || m.sentence() == sentence && m.to() < token;
            Actor a = byId.get(m.localId());
            if (before && a != null && a.type == ActorType.ORGANIZATION && name.test(a.name)
                    && (best == null || m.sentence() > best.sentence() || m.sentence() == best.sentence() && m.from() > best.from())) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(Mention::localId);
    }

    Optional<String> datelinePlace() {
        return Optional.ofNullable(datelinePlace);
    }

    /** Like {@link #named(String, ActorType)}, with other forms of the name as aliases. */
    String named(String name, ActorType type, java.util.Collection<String> forms) {
        String id = named(name, type);
        byId.get(id).aliases.addAll(forms);
        return id;
    }

    /** A name of several words, used before this position, whose last word is {@code head} ("… Bill" for "bill"). */
    Optional<String> nameEndingIn(int sentence, int token, String head) {
        String suffix = " " + head.toLowerCase(Locale.ROOT);
        Mention best = null;
        for (Mention m : mentions) {
            Actor a = byId.get(m.localId());
            boolean before = m.sentence() < sentence || m.sentence() == sentence && m.to() < token;
            if (before && a != null && a.type != ActorType.PERSON && a.name.toLowerCase(Locale.ROOT).endsWith(suffix)
                    && (best == null || m.sentence() > best.sentence())) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(Mention::localId);
    }

    void addAliases(String localId, java.util.Collection<String> forms) {
        Actor a = byId.get(localId);
        if (a != null) {
            a.aliases.addAll(forms);
        }
    }

    /** The proposal named {@code name}, created on first use, with the other forms the article writes it in. */
    String proposal(String name, java.util.Collection<String> forms) {
        String id = named(name, ActorType.PROPOSAL);
        byId.get(id).aliases.addAll(forms);
        return id;
    }

    private Actor newActor(String name, ActorType type) {
        Actor a = new Actor("a" + (++lastId), name, type);
        byId.put(a.localId, a);
        return a;
    }

    private static String key(String name, ActorType type) {
        // Organizations and places share keys: NER often calls one name both.
        String prefix = switch (type) {
            case PERSON -> "p|";
            case GROUP -> "g|";
            case PROPOSAL -> "x|";
            default -> "o|";
        };
        return type == ActorType.PROPOSAL ? prefix + ProposalNames.key(name)
                : prefix + name.toLowerCase(Locale.ROOT).replace(".", "");
    }

    private void mention(Raw r, Actor a) {
        // Aliases are name forms ("Belenko", "Yuri Belenko"), never titles or honorifics.
        a.aliases.add(r.name());
        // "Britain" stays an alias of the United Kingdom it was read as.
        a.aliases.add(r.written());
        a.mentions++;
        a.lastSentence = Math.max(a.lastSentence, r.sentence());
        Mention m = new Mention(r.sentence(), r.from(), r.to(), a.localId);
        mentions.add(m);
        for (int t = r.from(); t <= r.to(); t++) {
            byToken.put(pos(r.sentence(), t), m);
        }
    }

    // ---- gathering names into actors -------------------------------------------------------------------

    /**
     * Full names first: spellings of one name (Yuri/Yury, with or without a middle initial) are one person.
     * Then bare surnames, each use going to the person of that surname named most recently before it (or
     * the only one); a surname nobody in the article carries in full stays a person of its own.
     */
    private void gatherPeople(List<Raw> raws, List<Sentence> sentences) {
        List<Actor> people = new ArrayList<>();
        Map<Actor, PersonName> parsed = new HashMap<>();
        List<Raw> bare = new ArrayList<>();
        for (Raw r : raws) {
            if (r.type() != ActorType.PERSON) {
                continue;
            }
            PersonName name = PersonName.parse(r.name(), lexicon);
            if (name.surnameOnly()) {
                bare.add(r);
                continue;
            }
            Actor match = null;
            for (Actor a : people) {
                PersonName other = parsed.get(a);
                if (other.surnameKey().equals(name.surnameKey()) && !other.surnameOnly()
                        && name.givenCompatible(other, nicknames) && (name.peerage() == null) == (other.peerage() == null)) {
                    match = a;
                    break;
                }
            }
            if (match == null) {
                match = newActor(r.name(), ActorType.PERSON);
                people.add(match);
                parsed.put(match, name);
            } else if (r.name().length() > match.name.length() && name.given().size() >= parsed.get(match).given().size()) {
                // The fullest spelling names the actor: "Jana M. Novak" over "Jana Novak" only if longer.
                match.name = r.name();
            }
            mention(r, match);
        }
        Map<Actor, Character> sex = new HashMap<>();
        for (Raw r : raws) {
            Actor a = r.type() == ActorType.PERSON ? byToken(r) : null;
            Character g = a == null ? null : sexOf(sentences.get(r.sentence()), r);
            if (g != null) {
                sex.putIfAbsent(a, g);
            }
        }
        for (Raw r : bare) {
            String key = PersonName.fold(r.name());
            // "Ms Lee" and "Mr Lee" in a story about a brother and a sister are two people.
            Character said = honorificSex(sentences.get(r.sentence()), r.from());
            Predicate<Actor> fits = a -> said == null || sex.get(a) == null || sex.get(a).equals(said);
            Actor best = null;
            for (Actor a : people) {
                PersonName p = parsed.get(a);
                if (!p.surnameKey().equals(key) || !fits.test(a)) {
                    continue;
                }
                int firstUse = firstSentence(a);
                if (best == null || firstUse <= r.sentence() && (firstSentence(best) > r.sentence() || firstUse > firstSentence(best))) {
                    best = a;
                }
            }
            if (best == null) {
                best = byOtherName(r, people.stream().filter(fits).toList());
            }
            if (best == null) {
                best = byOtherName(r, people);
            }
            if (best == null) {
                best = byKey.get(key(r.name(), ActorType.PERSON));
                if (best == null) {
                    best = newActor(r.name(), ActorType.PERSON);
                    byKey.put(key(r.name(), ActorType.PERSON), best);
                    people.add(best);
                    parsed.put(best, PersonName.parse(r.name(), lexicon));
                }
            }
            mention(r, best);
            if (said != null) {
                sex.putIfAbsent(best, said);
            }
        }
    }

    /** Kin words an apposition gives a person: "Lee Mirae, the chairman's sister". */
    private static final Map<String, Character> KIN = Map.ofEntries(Map.entry("sister", 'F'), Map.entry("daughter", 'F'),
            Map.entry("wife", 'F'), Map.entry("mother", 'F'), Map.entry("widow", 'F'), Map.entry("niece", 'F'),
            Map.entry("brother", 'M'), Map.entry("son", 'M'), Map.entry("husband", 'M'), Map.entry("father", 'M'),
            Map.entry("widower", 'M'), Map.entry("nephew", 'M'));
    private static final Map<String, Character> HONORIFIC_SEX = Map.of("mr", 'M', "sir", 'M', "lord", 'M',
            "ms", 'F', "mrs", 'F', "miss", 'F', "dame", 'F', "lady", 'F', "baroness", 'F');

    private Actor byToken(Raw r) {
        Mention m = byToken.get(pos(r.sentence(), r.from()));
        return m == null ? null : byId.get(m.localId());
    }

    /** What the text says of a full name's sex: its honorific, or a kin word in the apposition after it. */
    private static Character sexOf(Sentence s, Raw r) {
        Character h = honorificSex(s, r.from());
        if (h != null) {
            return h;
        }
        int t = r.to() + 1;
        if (t > s.tokens.size() || !s.word(t).equals(",")) {
            return null;
        }
        for (int i = t + 1; i <= Math.min(s.tokens.size(), t + 5); i++) {
            Character kin = KIN.get(s.word(i).toLowerCase(Locale.ROOT));
            if (kin != null) {
                return kin;
            }
            if (s.word(i).equals(",") || s.tag(i).startsWith("VB")) {
                return null;
            }
        }
        return null;
    }

    private static Character honorificSex(Sentence s, int from) {
        for (int i = Math.max(1, from - 1); i <= from; i++) {
            Character h = HONORIFIC_SEX.get(s.word(i).toLowerCase(Locale.ROOT).replace(".", ""));
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    /**
     * A single name that is not anyone's surname but another part of one person's full name: a family name
     * written first ("Zhao" for "Zhao Mingde"), the first of two surnames ("Ibarra" for "Rogelio Ibarra
     * Santos"), a given name used with "Sir", "Dame" or among friends. Several such people: the one named last before.
     */
    private Actor byOtherName(Raw r, List<Actor> people) {
        String key = PersonName.fold(r.name());
        Actor best = null;
        int bestUse = Integer.MIN_VALUE;
        int candidates = 0;
        for (Actor a : people) {
            String[] parts = a.name.split("\\s+");
            if (parts.length < 2) {
                continue;
            }
            boolean match = false;
            for (int i = 0; i < parts.length - 1; i++) {
                match |= PersonName.fold(parts[i]).equals(key);
            }
            if (!match) {
                continue;
            }
            candidates++;
            int use = lastUseBefore(a, r.sentence());
            if (best == null || use > bestUse) {
                best = a;
                bestUse = use;
            }
        }
        return candidates == 1 || best != null && bestUse >= 0 ? best : null;
    }

    private int lastUseBefore(Actor a, int sentence) {
        int last = -1;
        for (Mention m : mentions) {
            if (m.localId().equals(a.localId) && m.sentence() <= sentence) {
                last = Math.max(last, m.sentence());
            }
        }
        return last;
    }

    private int firstSentence(Actor a) {
        for (Mention m : mentions) {
            if (m.localId().equals(a.localId)) {
                return m.sentence();
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Organizations and places by name; an acronym the article defines ("… Authority (FCA)") or whose letters
     * are the initials of a name it uses joins that name; a single word that is the surname of a person in the
     * article ("the Novak administration") is that person.
     */
    private void gatherOthers(List<Raw> raws, List<Sentence> sentences) {
        Map<String, String> acronymOf = new HashMap<>();
        for (Raw r : raws) {
            if (r.type() == ActorType.PERSON) {
                continue;
            }
            if (!r.name().contains(" ") && isPersonSurname(r.name())) {
                Actor person = personBySurname(r.name());
                mention(new Raw(r.sentence(), r.from(), r.to(), r.name(), ActorType.PERSON), person);
                continue;
            }
            String key = key(r.name(), r.type());
            Actor a = byKey.get(key);
            if (a == null && acronymOf.containsKey(r.name())) {
                a = byKey.get(acronymOf.get(r.name()));
            }
            if (a == null && r.name().matches("[A-Z]{2,8}")) {
                a = byKey.values().stream()
                        .filter(x -> x.type != ActorType.PERSON && ActorTable.initials(x.name).equals(r.name()))
                        .findFirst().orElse(null);
            }
            if (a == null) {
                a = newActor(r.name(), r.type());
                byKey.put(key, a);
            } else if (a.type != r.type() && r.type() == ActorType.ORGANIZATION) {
                a.type = ActorType.ORGANIZATION;
            }
            mention(r, a);
            String defined = definedAcronym(sentences.get(r.sentence()), r.to(), a.name);
            if (defined != null) {
                acronymOf.put(defined, key);
            }
        }
    }

    /**
     * The first word of an organization's name, used alone, is that organization ("Acme" after "Acme Holdings"),
     * whatever NER called it; unless it names a known place or country, or several organizations start with it.
     */
    private void mergeShortNames(List<Sentence> sentences) {
        for (Actor a : new ArrayList<>(byId.values())) {
            if (a.name.contains(" ") || a.type == ActorType.GROUP || a.type == ActorType.PROPOSAL
                    || a.type == ActorType.PERSON && !PersonName.parse(a.name, lexicon).surnameOnly()
                    || withArticle(a, sentences)) {
                continue;
            }
            if (a.type != ActorType.ORGANIZATION && (lexicon.country(a.name).isPresent()
                    || Gazetteer.get().find(a.name).isPresent())) {
                continue;
            }
            List<Actor> longer = byId.values().stream()
                    .filter(o -> o != a && o.type == ActorType.ORGANIZATION && o.name.startsWith(a.name + " "))
                    .toList();
            if (longer.size() == 1) {
                merge(a, longer.get(0));
            }
        }
    }

    /** A first word that could name its organization alone: not a place, people, title or generic name word. */
    private boolean isDistinctive(String word) {
        return word.length() >= 4 && Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter)
                && !GENERIC_NAME_WORDS.contains(word.toLowerCase(Locale.ROOT)) && lexicon.country(word).isEmpty()
                && lexicon.countryOfDemonym(word).isEmpty() && Gazetteer.get().find(word).isEmpty()
                && !lexicon.isTitle(word) && !lexicon.isTitleModifier(word) && !lexicon.isOrganizationHead(word);
    }

    /** Words that begin many organizations' names and so name none of them alone. */
    private static final java.util.Set<String> GENERIC_NAME_WORDS = java.util.Set.of("national", "federal", "royal",
            "united", "general", "first", "new", "central", "international", "european", "american", "british",
            "state", "public", "independent", "democratic", "republican", "people", "peoples", "union", "bank",
            "ministry", "department", "office", "council", "commission", "committee", "association", "world",
            "global", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "great",
            "greater", "social", "liberal", "labour", "labor", "conservative", "green", "progressive", "christian",
            "islamic", "catholic", "reserve", "supreme", "high", "district", "city", "county", "regional", "metropolitan",
            "financial", "securities", "capital", "standard", "common", "free", "open", "future", "alliance", "institute");

    /** "the House", "the Treasury": an institution named by a common noun, not a short form of a longer name. */
    private boolean withArticle(Actor a, List<Sentence> sentences) {
        for (Mention m : mentions) {
            Sentence s = sentences.get(m.sentence());
            // "the House voted", but not "the Acme chief executive", where the name only qualifies the head.
            boolean headOfPhrase = m.to() == s.tokens.size() || !(s.tag(m.to() + 1).startsWith("NN") || s.tag(m.to() + 1).startsWith("JJ"));
            if (m.localId().equals(a.localId) && m.from() > 1 && s.word(m.from() - 1).equalsIgnoreCase("the") && headOfPhrase) {
                return true;
            }
        }
        return false;
    }

    /** Every mention of {@code from} becomes a mention of {@code into}. */
    private void merge(Actor from, Actor into) {
        into.aliases.addAll(from.aliases);
        into.mentions += from.mentions;
        into.lastSentence = Math.max(into.lastSentence, from.lastSentence);
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.localId().equals(from.localId)) {
                Mention moved = new Mention(m.sentence(), m.from(), m.to(), into.localId);
                mentions.set(i, moved);
                for (int t = m.from(); t <= m.to(); t++) {
                    byToken.put(pos(m.sentence(), t), moved);
                }
            }
        }
        byId.remove(from.localId);
        byKey.replaceAll((k, v) -> v == from ? into : v);
    }

    private boolean isPersonSurname(String word) {
        return personBySurname(word) != null;
    }

    private Actor personBySurname(String word) {
        String key = PersonName.fold(word);
        for (Actor a : byId.values()) {
            if (a.type == ActorType.PERSON && PersonName.parse(a.name, lexicon).surnameKey().equals(key)
                    && a.name.contains(" ")) {
                return a;
            }
        }
        return null;
    }

    /** "the Financial Conduct Authority (FCA)": the acronym in parentheses right after a name that fits it. */
    private static String definedAcronym(Sentence s, int nameEnd, String name) {
        int i = nameEnd + 1;
        if (i + 2 > s.tokens.size() || !(s.word(i).equals("-LRB-") || s.word(i).equals("("))) {
            return null;
        }
        String acronym = s.word(i + 1);
        boolean closes = s.word(i + 2).equals("-RRB-") || s.word(i + 2).equals(")");
        if (!closes || !acronym.matches("[A-Z][A-Za-z&]{1,11}") || Gazetteer.get().find(acronym).isPresent()) {
            return null;
        }
        // The initials, or any short name a name of several words is given ("… Authority (Ofwat)", a native acronym).
        return initials(name).equalsIgnoreCase(acronym.replace("&", "")) || name.contains(" ") || name.contains("-")
                ? acronym : null;
    }

    /** Initials of the capitalized words: "National Investment Fund" → "NIF". */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }

    // ---- finding names in a sentence -------------------------------------------------------------------

    /** Organizations with an office in many places, named by the place: "the Embassy in Berlin". */
    private static final Set<String> LOCAL_OFFICES = Set.of("office", "embassy", "consulate", "mission", "bureau");

    private void findNames(Sentence s, List<Raw> out, boolean opensParagraph) {
        int n = s.tokens.size();
        boolean[] taken = new boolean[n + 2];
        // "SYDNEY (Wire Service) -" opens a story: where it was filed and by whom, not who took part.
        int dateline = opensParagraph ? datelineEnd(s) : 0;
        if (dateline > 0 && datelinePlace == null) {
            int end = 1;
            while (end + 1 < dateline && Character.isLetter(s.word(end + 1).charAt(0))
                    && s.word(end + 1).equals(s.word(end + 1).toUpperCase(Locale.ROOT))) {
                end++;
            }
            datelinePlace = s.span(1, end);
        }
        for (int t = 1; t <= dateline; t++) {
            taken[t] = true;
        }
        findOrganizationNames(s, taken, out);
        int i = 1;
        while (i <= n) {
            ActorType type = classOf(s, i);
            if (type == null || taken[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 <= n && !taken[j + 1] && (classOf(s, j + 1) == type
                    || type == ActorType.ORGANIZATION && pluralApostrophe(s, j + 1) && j + 2 <= n && !taken[j + 2]
                    && classOf(s, j + 2) == type)) {
                j++;
            }
            if (type == ActorType.ORGANIZATION && LOCAL_OFFICES.contains(s.word(j).toLowerCase(Locale.ROOT))
                    && j + 2 <= n && s.word(j + 1).equals("in") && !taken[j + 2] && classOf(s, j + 2) == ActorType.PLACE) {
                // "the U.S. Attorney's Office in Manhattan", "the Chinese Embassy in Berlin": one office of several
                j += 2;
                while (j + 1 <= n && !taken[j + 1] && classOf(s, j + 1) == ActorType.PLACE) {
                    j++;
                }
            }
            if (!(type == ActorType.ORGANIZATION && isPortfolio(s, i, j))) {
                addName(s, i, j, type, out);
            }
            i = j + 1;
        }
    }

    /**
     * "Commerce and Industry Minister Kavita Rao": capitalized words of a portfolio followed by an office and a
     * name belong to the title, not to an organization.
     */
    private boolean isPortfolio(Sentence s, int from, int to) {
        int after = to + 1;
        if (after + 1 > s.tokens.size() || !lexicon.isTitle(s.word(after)) || !"PERSON".equals(s.ner(after + 1))
                && !(after + 2 <= s.tokens.size() && lexicon.isTitle(s.word(after + 1)) && "PERSON".equals(s.ner(after + 2)))) {
            return false;
        }
        for (int t = from; t <= to; t++) {
            String w = s.word(t);
            if (!(lexicon.isTitleModifier(w) || w.equalsIgnoreCase("and") || w.equals("&") || w.equalsIgnoreCase("of"))) {
                return false;
            }
        }
        return true;
    }

    /** The last token of a dateline ("WASHINGTON —", "MIAMI, Oct 14 (Wire) -"), or 0 when the sentence has none. */
    private static int datelineEnd(Sentence s) {
        String first = s.word(1);
        if (first.length() < 2 || !first.equals(first.toUpperCase(Locale.ROOT)) || !first.chars().allMatch(Character::isLetter)) {
            return 0;
        }
        for (int t = 2; t <= Math.min(s.tokens.size() - 1, 15); t++) {
            String w = s.word(t);
            if (w.equals("-") || w.equals("--") || w.equals("—") || w.equals("–")) {
                return t;
            }
        }
        return 0;
    }

    /** The apostrophe of a plural inside a name: "Teachers' Pension Fund", "Shareholders' Association". */
    private static boolean pluralApostrophe(Sentence s, int i) {
        String w = s.word(i);
        return (w.equals("'") || w.equals("’")) && i > 1 && s.word(i - 1).endsWith("s");
    }

    private ActorType classOf(Sentence s, int i) {
        return switch (s.ner(i)) {
            case "PERSON" -> ActorType.PERSON;
            case "ORGANIZATION" -> ActorType.ORGANIZATION;
            case "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY" -> ActorType.PLACE;
            // An unlabeled acronym ("NIF CEO …") is an organization; titles and common words are not.
            case "O", "MISC" -> s.word(i).matches("[A-Z]{3,6}") && s.tag(i).startsWith("NNP") && !lexicon.isTitle(s.word(i))
                    ? ActorType.ORGANIZATION : null;
            default -> null;
        };
    }

    private void addName(Sentence s, int from, int to, ActorType type, List<Raw> out) {
        while (to >= from && isTrailingJunk(s.token(to))) {
            to--;
        }
        // "Cape Town-based Acme Capital" is Acme Capital.
        for (int t = to - 1; t >= from; t--) {
            if (s.word(t).toLowerCase(Locale.ROOT).endsWith("-based")) {
                from = t + 1;
                break;
            }
        }
        while (type == ActorType.PERSON && to > from + 1 && POST_NOMINALS.contains(s.word(to))) {
            to--;
        }
        if (to < from) {
            return;
        }
        if (type == ActorType.PERSON) {
            int start = from;
            // "Lord Pembury" is a name of its own; "Mr Hartley" is Hartley.
            if (from > 1 && lexicon.isPeerage(s.word(from - 1)) && Character.isUpperCase(s.word(from - 1).charAt(0))) {
                out.add(new Raw(s.index, from - 1, to, clean(s.span(from - 1, to)), type));
                return;
            }
            while (start < to && lexicon.isHonorific(s.word(start)) && !lexicon.isPeerage(s.word(start))) {
                start++;
            }
            String name = clean(s.span(start, to));
            // NER sometimes calls a capital or a country a person ("if Ottawa refused").
            if (!name.contains(" ") && (lexicon.countryOfSeat(name).isPresent() || lexicon.country(name).isPresent())) {
                type = ActorType.PLACE;
            } else {
                out.add(new Raw(s.index, from, to, name, type));
                return;
            }
        }
        String name = clean(s.span(from, to));
        if (name.toLowerCase(Locale.ROOT).startsWith("the ")) {
            name = name.substring(4);
        }
        String written = name;
        if (type == ActorType.PLACE) {
            name = lexicon.country(name).map(Lexicon.Country::name).orElse(name);
        }
        out.add(new Raw(s.index, from, to, name, type, written));
    }

    private static boolean isTrailingJunk(CoreLabel t) {
        String w = t.word();
        return "POS".equals(t.tag()) || w.equals(",") || w.equals(":") || w.equals(".") && ".".equals(t.tag());
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").replaceAll("[’']s$", "").strip();
    }

    /**
     * Capitalized runs that end in an organization head ("… Investment Fund", "… Defense Council") or start
     * with one followed by "of" ("Bank of …", "Ministry of …") are organizations, whatever NER said.
     */
    private void findOrganizationNames(Sentence s, boolean[] taken, List<Raw> out) {
        int n = s.tokens.size();
        int i = 1;
        while (i <= n) {
            if (!isCapitalized(s, i) || taken[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 <= n && (isCapitalized(s, j + 1) || (isConnector(s, j + 1) || pluralApostrophe(s, j + 1))
                    && j + 2 <= n && isCapitalized(s, j + 2))) {
                j++;
            }
            boolean endsInHead = lexicon.isOrganizationHead(s.word(j));
            boolean startsWithHeadOf = j > i && lexicon.isOrganizationHead(s.word(i)) && s.word(i + 1).equalsIgnoreCase("of");
            if (j > i && (endsInHead || startsWithHeadOf) && !"PERSON".equals(s.ner(j))) {
                for (int t = i; t <= j; t++) {
                    taken[t] = true;
                }
                addName(s, i, j, ActorType.ORGANIZATION, out);
            }
            i = j + 1;
        }
    }

    private static boolean isCapitalized(Sentence s, int i) {
        String w = s.word(i);
        String tag = s.tag(i);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && (tag.startsWith("NN") || tag.equals("JJ"))
                && !s.ner(i).equals("DATE") && !s.ner(i).equals("TITLE");
    }

    private static boolean isConnector(Sentence s, int i) {
        String w = s.word(i).toLowerCase(Locale.ROOT);
        return w.equals("of") || w.equals("and") || w.equals("for") || w.equals("&");
    }
}
