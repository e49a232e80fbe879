package org.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * The date of an event from the DATE expressions SUTime resolved against the publication date.
 * SUTime reads a bare weekday as the one in the publication date's week, whatever the tense; a past-tense
 * "on Sunday" in a Tuesday paper means the Sunday before, so weekdays are moved by tense here.
 */
final class Dates {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final Set<String> WEEKDAYS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private Dates() {
    }

    /** The date attached to the predicate directly or through one phrase ("met on Tuesday"), or null. */
    static PartialDate attached(Sentence s, IndexedWord predicate, Modality modality, LocalDate published) {
        if (!s.parsed()) {
            return null;
        }
        SemanticGraph g = s.graph;
        for (IndexedWord d : g.descendants(predicate)) {
            if (d.index() != predicate.index() && isDate(s, d.index()) && closeTo(g, predicate, d)) {
                PartialDate date = resolve(s, d.index(), modality, published);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /**
     * The date attached to the predicate, else the only resolvable date in the sentence; null when there is
     * none or the text is not precise enough. For events, whose date a sentence often gives apart from the verb.
     */
    static PartialDate of(Sentence s, IndexedWord predicate, Modality modality, LocalDate published) {
        PartialDate attached = attached(s, predicate, modality, published);
        if (attached != null || !s.parsed()) {
            return attached;
        }
        PartialDate only = null;
        int found = 0;
        for (int i = 1; i <= s.tokens.size(); i++) {
            if (isDate(s, i) && (i == 1 || !isDate(s, i - 1))) {
                PartialDate d = resolve(s, i, modality, published);
                if (d != null) {
                    found++;
                    only = d;
                }
            }
        }
        return found == 1 ? only : null;
    }

    /** Dates hang off the predicate directly or through one preposition-headed phrase. */
    private static boolean closeTo(SemanticGraph g, IndexedWord predicate, IndexedWord date) {
        IndexedWord gov = Graphs.governor(g, date);
        if (gov == null) {
            return false;
        }
        if (gov.equals(predicate)) {
            return true;
        }
        IndexedWord gov2 = Graphs.governor(g, gov);
        return gov2 != null && gov2.equals(predicate) && !isDateLike(gov);
    }

    private static boolean isDateLike(IndexedWord w) {
        return "DATE".equals(w.ner());
    }

    /** A DATE, or a TIME that SUTime anchored to a day ("late on Tuesday" is 2025-12-02TNI). */
    private static boolean isDate(Sentence s, int i) {
        String ner = s.ner(i);
        return "DATE".equals(ner) || "TIME".equals(ner) && s.normalized(i) != null && DAY.matcher(s.normalized(i)).lookingAt();
    }

    private static PartialDate resolve(Sentence s, int i, Modality modality, LocalDate published) {
        String value = s.normalized(i);
        // What follows a full day says nothing more about the day: a time ("2025-12-02TNI") or a duration
        // ("2025-12-02-WXX-2 INTERSECT PT5H" for "five hours late on Tuesday").
        Matcher dayPart = value == null ? null : DAY.matcher(value);
        PartialDate date = PartialDate.parseOrNull(dayPart != null && dayPart.lookingAt() && value.length() > 10
                && !Character.isDigit(value.charAt(10)) ? dayPart.group() : value);
        if (date == null) {
            return null;
        }
        if (published == null) {
            // Without a publication date SUTime guessed the year from nothing; only absolute dates count.
            return s.word(i).matches("\\d{4}") || hasYear(s, i) ? date : null;
        }
        if (date.precision() == PartialDate.Precision.DAY && namesWeekday(s, i)) {
            LocalDate day = LocalDate.parse(date.iso());
            DayOfWeek weekday = day.getDayOfWeek();
            if (modality == Modality.PLANNED) {
                day = published.plusDays(1);
                while (day.getDayOfWeek() != weekday) {
                    day = day.plusDays(1);
                }
            } else {
                day = published;
                while (day.getDayOfWeek() != weekday) {
                    day = day.minusDays(1);
                }
            }
            return PartialDate.of(day);
        }
        return date;
    }

    /**
     * True when the date expression around token i names a weekday ("Sunday evening"): SUTime may put it in
     * either week, so the tense decides which.
     */
    private static boolean namesWeekday(Sentence s, int i) {
        int a = i;
        while (a > 1 && isDate(s, a - 1)) {
            a--;
        }
        for (int j = a; j <= s.tokens.size() && (j == i || isDate(s, j)); j++) {
            if (WEEKDAYS.contains(s.word(j).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True when the DATE expression around token i contains a four-digit year. */
    private static boolean hasYear(Sentence s, int i) {
        int a = i;
        while (a > 1 && isDate(s, a - 1)) {
            a--;
        }
        for (int j = a; j <= s.tokens.size() && isDate(s, j); j++) {
            if (s.word(j).matches("\\d{4}")) {
                return true;
            }
        }
        return false;
    }
}
