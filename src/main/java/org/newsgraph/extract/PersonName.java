package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.text.Transliterator;

/**
 * A person's name split into given names and surname, with the comparisons name matching needs:
 * transliteration variants (Yury/Yuri, Belensky/Belenskyy, Grigoriev/Grigoriyev) fold to one key, a middle
 * initial does not count, and a lone initial or a nickname is compatible with the full given name.
 *
 * @param given   given names as written, without initials ("Jana" for "Jana M. Novak")
 * @param surname the family name as written (for "Lord Pembury", "Pembury")
 * @param peerage the peerage word for peers known by title ("Lord"), else null
 */
public record PersonName(List<String> given, String surname, String peerage) {

    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
    /** Any script to Latin, then accents off: "Юрий" and "Jürgen" become comparable ASCII. */
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    /** Surname endings of East Slavic names, whose romanizations vary most. */
    private static final java.util.regex.Pattern SLAVIC_ENDING =
            java.util.regex.Pattern.compile("(chuk|uk|enko|ko|ov|ova|ev|eva|in|ina|sky|skyi|skiy|skyy|ska|ych|ich)$");

    public PersonName {
        given = List.copyOf(given);
    }

    /** Splits a cleaned name (no honorific, no possessive). */
    public static PersonName parse(String name, Lexicon lexicon) {
        List<String> tokens = new ArrayList<>(List.of(name.strip().split("\\s+")));
        while (tokens.size() > 1 && SUFFIXES.contains(tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT))) {
            tokens.remove(tokens.size() - 1);
        }
        String peerage = null;
        if (tokens.size() > 1 && lexicon.isPeerage(tokens.get(0))) {
            peerage = tokens.remove(0);
        }
        String surname = tokens.remove(tokens.size() - 1);
        List<String> given = tokens.stream().filter(t -> !isInitial(t)).toList();
        // "J. D. Vance" keeps initials when they are all there is.
        if (given.isEmpty() && !tokens.isEmpty()) {
            given = tokens;
        }
        return new PersonName(given, surname, peerage);
    }

    private static boolean isInitial(String token) {
        return token.matches("\\p{Lu}\\.?");
    }

    /** True for a bare surname ("Belenko"); false for "Lord Pembury", which is a full name of its own. */
    public boolean surnameOnly() {
        return given.isEmpty() && peerage == null;
    }

    public String surnameKey() {
        return fold(surname);
    }

    public String givenKey() {
        return given.isEmpty() ? "" : fold(given.get(0));
    }

    /**
     * Folds spelling variants of one name to one key: accents and scripts to ASCII, then the vowel and
     * consonant variants of romanization (y/i/j, ks/x, ph/f, w/v at the start, doubled letters).
     */
    public static String fold(String word) {
        String s = TO_ASCII.transliterate(word).replaceAll("[^a-z]", "");
        // German umlauts are written "oe", "ae", "ue" where the letters are missing: Jörg = Joerg.
        s = s.replace("oe", "o").replace("ae", "a").replace("ue", "u");
        // East Slavic names romanize Cyrillic г as "h" where Russian spellings use "g" (Hrytsenko = Gritsenko).
        if (SLAVIC_ENDING.matcher(s).find()) {
            s = s.replaceAll("(?<![kzsc])h", "g");
        }
        s = s.replace("ph", "f").replace("ks", "x").replace("kh", "h").replace("ck", "k");
        s = s.replace('y', 'i').replace('j', 'i');
        if (s.startsWith("w")) {
            s = "v" + s.substring(1);
        }
        s = s.replaceAll("iie", "ie").replaceAll("(.)\\1+", "$1");
        // Russian Е at the start is "Ye" or "E": Yegor = Egor, Yelena = Elena.
        if (s.startsWith("ie") && s.length() > 3) {
            s = s.substring(1);
        }
        return s;
    }

    /** Given names are compatible when either is missing, one is the other's initial, or they fold alike. */
    public boolean givenCompatible(PersonName other, Nicknames nicknames) {
        if (given.isEmpty() || other.given.isEmpty()) {
            return true;
        }
        String a = given.get(0);
        String b = other.given.get(0);
        if (a.length() <= 2 || b.length() <= 2) {
            return Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(b.charAt(0));
        }
        return fold(a).equals(fold(b)) || nicknames.sameName(a, b);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (peerage != null) {
            parts.add(peerage);
        }
        parts.addAll(given);
        parts.add(surname);
        return String.join(" ", parts);
    }
}
