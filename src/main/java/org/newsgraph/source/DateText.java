package org.newsgraph.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as news pages write them: "Dec. 2, 2025", "2 December 2025", "04.12.25", "2025-12-04". */
final class DateText {

    /** A date and where it stands in the text. */
    record Found(LocalDate date, int start, int end) {
    }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d-])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", FLAGS);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", FLAGS);
    /** Day first, as outside North America: "04.12.25", "04.12.2025". */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?![\\d.]\\d)");
    /** Slashes only where the order is clear: a four-digit year first, or a day over 12. */
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,4})/(\\d{1,2})/(\\d{2,4})(?![\\d/])");

    private DateText() {
    }

    /** The first date written in {@code s}, if any. */
    static Optional<Found> find(String s) {
        Found best = null;
        for (Pattern p : new Pattern[] {ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, DOTTED, SLASHED}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                LocalDate d = toDate(p, m);
                if (d != null) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(d, m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A date from a machine-readable value such as "2024-03-06T07:30:00-05:00", else the first date in it. */
    static LocalDate parse(String value) {
        return value == null ? null : find(value).map(Found::date).orElse(null);
    }

    private static LocalDate toDate(Pattern p, Matcher m) {
        try {
            if (p == ISO) {
                return of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
            } else if (p == MONTH_DAY_YEAR) {
                return of(num(m.group(3)), month(m.group(1)), num(m.group(2)));
            } else if (p == DAY_MONTH_YEAR) {
                return of(num(m.group(3)), month(m.group(2)), num(m.group(1)));
            } else if (p == DOTTED) {
                return of(year(m.group(3)), num(m.group(2)), num(m.group(1)));
            }
            int a = num(m.group(1));
            int b = num(m.group(2));
            int c = num(m.group(3));
            if (m.group(1).length() == 4) {
                return of(a, b, c);
            }
            return a > 12 ? of(year(m.group(3)), b, a) : b > 12 ? of(year(m.group(3)), a, b) : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate of(int year, int month, int day) {
        return year >= 1900 && year <= 2199 ? LocalDate.of(year, month, day) : null;
    }

    private static int year(String s) {
        int y = num(s);
        return s.length() == 2 ? 2000 + y : y;
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }
}
