package org.newsgraph.resolve;

import java.util.Locale;
import java.util.Optional;

import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.Nicknames;
import org.newsgraph.extract.PersonName;
import org.newsgraph.extract.ProposalNames;

/**
 * Alias keys: the normalized form under which a name finds its actor. Two names with one key are one actor
 * without further evidence, so a key keeps everything that tells people apart (the given name, canonicalized
 * through nicknames and transliteration) and drops only what does not (honorifics, middle initials, spelling).
 */
public final class NameKeys {

    private final Lexicon lexicon;
    private final Nicknames nicknames;

    public NameKeys(Lexicon lexicon, Nicknames nicknames) {
        this.lexicon = lexicon;
        this.nicknames = nicknames;
    }

    /** The identity key of a name, or empty for a bare surname, which identifies nobody on its own. */
    public Optional<String> key(String name, ActorType type) {
        return switch (type) {
            case PERSON -> personKey(PersonName.parse(name, lexicon));
            case ORGANIZATION, PLACE -> Optional.of("o|" + organizationForm(name));
            case GROUP -> Optional.of("g|" + name.toLowerCase(Locale.ROOT).strip());
            case PROPOSAL -> Optional.of("x|" + ProposalNames.key(name));
        };
    }

    Optional<String> personKey(PersonName name) {
        if (name.surnameOnly()) {
            return Optional.empty();
        }
        if (name.peerage() != null && name.given().isEmpty()) {
            return Optional.of("p|" + name.peerage().toLowerCase(Locale.ROOT) + " " + name.surnameKey());
        }
        return Optional.of("p|" + canonicalGiven(name.given().get(0)) + " " + name.surnameKey());
    }

    /**
     * A name exactly as written, lower-cased. Only a person's decision creates these keys ("Bob Hale" is not
     * Robert Hale), and they win over every other key, so that decision holds for articles read later.
     */
    public static String exactKey(String name) {
        return "n|" + name.toLowerCase(Locale.ROOT).strip();
    }

    /** Key under which proposals of one kind by one actor meet across articles, named differently in each. */
    static String proposerKey(String actorId, String kind) {
        return "x|by " + actorId + " " + kind;
    }

    /** Key under which people known only by surname in some article meet again. */
    static String surnameOnlyKey(String surnameKey) {
        return "p|~" + surnameKey;
    }

    private String canonicalGiven(String given) {
        return nicknames.canonical(given).orElse(PersonName.fold(given));
    }

    /** "The European Union", "european union" and "European Union's" are one form; countries by their name. */
    String organizationForm(String name) {
        String n = lexicon.country(name).map(Lexicon.Country::name).orElse(name);
        n = n.toLowerCase(Locale.ROOT).replace("’", "'").replaceAll("'s$", "").replace(".", "");
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        return n.replaceAll("[^\\p{L}\\p{N}&]+", " ").strip();
    }
}
