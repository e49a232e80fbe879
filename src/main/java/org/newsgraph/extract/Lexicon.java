package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The general word lists the rules use, read once from {@code lexicon/} on the classpath. They hold
 * vocabulary (verbs, titles, country names), never particular people or organizations.
 */
public final class Lexicon {

    /** A country with the other names, demonyms and seats of government that stand for it. */
    public record Country(String name, List<String> aliases, List<String> demonyms, List<String> seats) {
    }

    /** A phrasal criticism pattern: verb + particle or object + preposition introducing the target. */
    public record Phrasal(String verb, String particleOrObject, String preposition, CriticismKind kind) {
    }

    private final Set<String> speechVerbs;
    private final Set<String> meetingVerbs;
    private final Set<String> evaluationVerbs;
    private final Map<String, String> organizationNouns;
    private final Set<String> meetingNouns;
    private final Set<String> contactNouns;
    private final Map<String, CriticismKind> criticismVerbs;
    private final Map<String, CriticismKind> criticismNouns;
    private final List<Phrasal> criticismPhrasals;
    private final Set<String> pejoratives;
    private final Set<String> accusationPredicates;
    private final Set<String> titles;
    private final Set<String> titleModifiers;
    private final Set<String> honorifics;
    private final Set<String> peerages;
    private final Set<String> organizationHeads;
    private final Set<String> groupHeads;
    private final Set<String> proposalHeads;
    private final Set<String> negatingGovernors;
    private final Set<String> wishGovernors;
    private final Set<String> planningGovernors;
    private final List<Country> countries;
    private final Map<String, Country> countryByName = new HashMap<>();
    private final Map<String, Country> countryByDemonym = new HashMap<>();
    private final Map<String, Country> countryBySeat = new HashMap<>();

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    /** The lists are immutable, so one instance serves every thread. */
    public static Lexicon get() {
        return Holder.INSTANCE;
    }

    private Lexicon() {
        speechVerbs = words("speech-verbs.txt");
        meetingVerbs = words("meeting-verbs.txt");
        evaluationVerbs = words("evaluation-verbs.txt");
        Map<String, String> orgNouns = new HashMap<>();
        for (String line : lines("organization-nouns.txt")) {
            String[] f = line.split("\t");
            orgNouns.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
        }
        organizationNouns = Map.copyOf(orgNouns);
        meetingNouns = words("meeting-nouns.txt");
        contactNouns = words("contact-nouns.txt");
        criticismVerbs = kinds("criticism-verbs.txt");
        criticismNouns = kinds("criticism-nouns.txt");
        criticismPhrasals = lines("criticism-phrasal.tsv").stream()
                .map(line -> line.split("\t"))
                .map(f -> new Phrasal(f[0], f[1], f[2], CriticismKind.valueOf(f[3])))
                .toList();
        pejoratives = words("pejoratives.txt");
        accusationPredicates = words("accusation-predicates.txt");
        titles = words("titles.txt");
        titleModifiers = words("title-modifiers.txt");
        honorifics = words("honorifics.txt");
        peerages = words("peerages.txt");
        organizationHeads = words("organization-heads.txt");
        groupHeads = words("group-heads.txt");
        proposalHeads = words("proposal-heads.txt");
        negatingGovernors = words("negating-governors.txt");
        wishGovernors = words("wish-governors.txt");
        planningGovernors = words("planning-governors.txt");
        List<Country> list = new ArrayList<>();
        for (String line : lines("countries.tsv")) {
            String[] f = line.split("\t", -1);
            Country c = new Country(f[0], split(f[1]), split(f[2]), split(f[3]));
            list.add(c);
            countryByName.put(key(c.name()), c);
            c.aliases().forEach(a -> countryByName.put(key(a), c));
            c.demonyms().forEach(d -> countryByDemonym.putIfAbsent(key(d), c));
            c.seats().forEach(s -> countryBySeat.putIfAbsent(key(s), c));
        }
        countries = List.copyOf(list);
    }

    private static String key(String s) {
        String k = s.toLowerCase(Locale.ROOT).replace(".", "");
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private static List<String> split(String field) {
        return field.isBlank() ? List.of() : List.of(field.split(";"));
    }

    static List<String> lines(String file) {
        String resource = "lexicon/" + file;
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                // Keep tabs: empty trailing fields are meaningful in the .tsv lists.
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.replace("\r", ""));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }

    private static Set<String> words(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            out.add(line.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static Map<String, CriticismKind> kinds(String file) {
        Map<String, CriticismKind> out = new HashMap<>();
        for (String line : lines(file)) {
            String[] f = line.split("\t");
            out.put(f[0].toLowerCase(Locale.ROOT), CriticismKind.valueOf(f[1]));
        }
        return Map.copyOf(out);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    public boolean isSpeechVerb(String lemma) {
        return speechVerbs.contains(lower(lemma));
    }

    /** Verbs that judge or characterize their object ("called it …", "praised X for …"), criticism verbs included. */
    public boolean isEvaluationVerb(String lemma) {
        return evaluationVerbs.contains(lower(lemma)) || criticismVerbs.containsKey(lower(lemma));
    }

    /** How a common noun refers back to a named organization: "NAMED", "FIRM", "PUBLIC", or null. */
    public String organizationNoun(String word) {
        return organizationNouns.get(lower(word));
    }

    public boolean isMeetingVerb(String lemma) {
        return meetingVerbs.contains(lower(lemma));
    }

    public boolean isMeetingNoun(String word) {
        return meetingNouns.contains(lower(word));
    }

    public boolean isContactNoun(String word) {
        return contactNouns.contains(lower(word));
    }

    public Optional<CriticismKind> criticismVerb(String lemma) {
        return Optional.ofNullable(criticismVerbs.get(lower(lemma)));
    }

    public Optional<CriticismKind> criticismNoun(String lemma) {
        return Optional.ofNullable(criticismNouns.get(lower(lemma)));
    }

    public List<Phrasal> criticismPhrasals() {
        return criticismPhrasals;
    }

    public boolean isPejorative(String word) {
        return pejoratives.contains(lower(word));
    }

    public boolean isAccusationPredicate(String lemma) {
        return accusationPredicates.contains(lower(lemma));
    }

    public boolean isTitle(String word) {
        return titles.contains(lower(word));
    }

    public boolean isTitleModifier(String word) {
        return titleModifiers.contains(lower(word));
    }

    public boolean isHonorific(String word) {
        return honorifics.contains(lower(word));
    }

    public boolean isPeerage(String word) {
        return peerages.contains(lower(word));
    }

    public boolean isOrganizationHead(String word) {
        return organizationHeads.contains(lower(word));
    }

    public boolean isGroupHead(String word) {
        return groupHeads.contains(lower(word));
    }

    public boolean isProposalHead(String word) {
        return proposalHeads.contains(lower(word));
    }

    public boolean isNegatingGovernor(String lemma) {
        return negatingGovernors.contains(lower(lemma));
    }

    public boolean isWishGovernor(String lemma) {
        return wishGovernors.contains(lower(lemma));
    }

    public boolean isPlanningGovernor(String lemma) {
        return planningGovernors.contains(lower(lemma));
    }

    public List<Country> countries() {
        return countries;
    }

    /** The country a name or alias stands for ("the U.S." → United States). */
    public Optional<Country> country(String name) {
        return Optional.ofNullable(countryByName.get(key(name)));
    }

    /** The country of a demonym ("Canadian" → Canada). */
    public Optional<Country> countryOfDemonym(String word) {
        return Optional.ofNullable(countryByDemonym.get(key(word)));
    }

    /** The country whose government a seat name can stand for ("Paris" → France). */
    public Optional<Country> countryOfSeat(String name) {
        return Optional.ofNullable(countryBySeat.get(key(name)));
    }
}
