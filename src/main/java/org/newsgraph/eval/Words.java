package org.newsgraph.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalization shared by the matchers: case, diacritics and punctuation never decide a match. */
final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // Apostrophes vanish ("Canada's" = "Canadas", straight or curly alike); other punctuation separates words.
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc`]");
    // So do the dots of an abbreviation: "U.S." = "US", as in names.
    private static final Pattern ABBREVIATION_DOTS = Pattern.compile("(?<=\\b\\p{L})\\.(?=\\p{L}\\b)");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Words() {
    }

    /** Lower-case words without diacritics or punctuation. */
    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        String s = APOSTROPHES.matcher(plain(text)).replaceAll("");
        s = ABBREVIATION_DOTS.matcher(s).replaceAll("");
        s = NON_WORD.matcher(s).replaceAll(" ").strip();
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
    }

    /**
     * The key under which names are compared: letters and digits only, so "U.S." = "US" and "Min-seok" =
     * "Min seok". Empty for a name without any.
     */
    static String nameKey(String name) {
        return name == null ? "" : NON_WORD.matcher(plain(name)).replaceAll("");
    }

    private static String plain(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
