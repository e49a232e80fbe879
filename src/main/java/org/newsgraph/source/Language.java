package org.newsgraph.source;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap guess at a text's language: the script, then the share of each language's function words.
 * Callers skip anything that is not "en", so short texts count as English unless clearly something else.
 */
final class Language {

    static final String ENGLISH = "en";
    static final String UNDETERMINED = "und";

    /** Frequent function words, chosen to overlap little between the languages. */
    private static final Map<String, Set<String>> STOPWORDS = stopwords();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int SHORT_TEXT_WORDS = 40;

    private Language() {
    }

    static String detect(String text) {
        int letters = 0;
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.CYRILLIC) {
                    cyrillic++;
                } else if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        if (letters == 0) {
            return UNDETERMINED;
        }
        if (cyrillic * 2 > letters) {
            return "ru";
        }
        if (latin * 2 < letters) {
            return UNDETERMINED;
        }
        Map<String, Integer> hits = new LinkedHashMap<>();
        int words = 0;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words++;
            for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
                if (e.getValue().contains(m.group())) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        double english = share(hits, ENGLISH, words);
        String best = ENGLISH;
        for (String lang : hits.keySet()) {
            if (share(hits, lang, words) > share(hits, best, words)) {
                best = lang;
            }
        }
        double other = share(hits, best, words);
        if (best.equals(ENGLISH)) {
            return words < SHORT_TEXT_WORDS || english >= 0.08 ? ENGLISH : UNDETERMINED;
        }
        if (words < SHORT_TEXT_WORDS) {
            // A headline and two sentences: only a clear majority of foreign function words counts.
            return other >= 0.2 && other > 3 * english ? best : ENGLISH;
        }
        if (other >= 0.1 && other > 1.5 * english) {
            return best;
        }
        return english >= 0.08 ? ENGLISH : UNDETERMINED;
    }

    private static double share(Map<String, Integer> hits, String lang, int words) {
        return words == 0 ? 0 : (double) hits.getOrDefault(lang, 0) / words;
    }

    private static Map<String, Set<String>> stopwords() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put(ENGLISH, Set.of("the", "of", "and", "to", "is", "was", "that", "for", "with", "it", "by", "on", "are",
                "this", "be", "from", "at", "as", "has", "have", "had", "said", "not", "but", "they", "he", "she",
                "his", "her", "which", "were", "been", "will", "would", "their", "who", "an", "or", "its", "after",
                "than", "more", "about", "into", "what", "we", "you", "there", "also", "could", "should"));
        m.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "sich", "auf", "für", "dem", "den",
                "ein", "eine", "einen", "auch", "es", "als", "von", "zu", "wird", "wurde", "sie", "bei", "nach",
                "aus", "noch", "oder", "aber", "wie", "über", "hat", "sind", "werden", "im", "zum", "zur", "dass"));
        m.put("fr", Set.of("le", "la", "les", "des", "et", "est", "une", "du", "que", "qui", "dans", "pour", "pas",
                "sur", "au", "aux", "avec", "ce", "il", "elle", "sont", "ont", "été", "par", "plus", "mais", "ou",
                "leur", "cette", "ses", "nous", "vous", "être", "fait", "selon", "aussi", "entre"));
        m.put("es", Set.of("el", "los", "las", "y", "es", "del", "que", "en", "por", "una", "con", "para", "su",
                "se", "lo", "como", "más", "pero", "sus", "fue", "ha", "este", "esta", "son", "entre", "sin",
                "sobre", "también", "hasta", "desde", "muy", "ya", "según", "donde"));
        m.put("it", Set.of("il", "di", "che", "e", "la", "per", "un", "una", "sono", "con", "non", "del", "della",
                "gli", "nel", "alla", "anche", "come", "ha", "più", "ma", "dei", "delle", "questo", "essere",
                "stato", "dopo", "tra", "loro", "ai", "dal", "nella", "sul"));
        m.put("pt", Set.of("o", "os", "as", "e", "do", "da", "dos", "das", "que", "em", "um", "uma", "para",
                "com", "não", "no", "na", "por", "mais", "foi", "ao", "seu", "sua", "também", "pelo", "pela",
                "ser", "está", "são", "como", "mas", "entre", "depois", "isso"));
        m.put("nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "zijn", "op", "te", "met",
                "voor", "ook", "aan", "er", "maar", "om", "door", "naar", "bij", "uit", "wordt", "werd", "nog",
                "heeft", "hebben", "worden", "deze", "dit", "zich", "wel", "geen"));
        return m;
    }
}
