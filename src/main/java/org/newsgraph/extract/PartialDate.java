package org.newsgraph.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A calendar date only as precise as the text allows: "2025", "2025-12" or "2025-12-02".
 *
 * @param iso the ISO-8601 form at its own precision
 */
public record PartialDate(String iso) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public PartialDate {
        if (!FORM.matcher(iso).matches()) {
            throw new IllegalArgumentException("not an ISO year, month or day: " + iso);
        }
        if (iso.length() == 10) {
            LocalDate.parse(iso);
        } else if (iso.length() == 7) {
            YearMonth.parse(iso);
        }
    }

    public static PartialDate of(LocalDate day) {
        return new PartialDate(day.toString());
    }

    /** Parses an ISO prefix; anything else (SUTime's "PAST_REF", "2025-W49", "XXXX-12-02") gives null. */
    public static PartialDate parseOrNull(String value) {
        if (value == null) {
            return null;
        }
        String v = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
        if (!FORM.matcher(v).matches()) {
            return null;
        }
        try {
            return new PartialDate(v);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public Precision precision() {
        return switch (iso.length()) {
            case 4 -> Precision.YEAR;
            case 7 -> Precision.MONTH;
            default -> Precision.DAY;
        };
    }

    /** True when one date lies within the other: "2025-12" is compatible with "2025-12-02". */
    public boolean compatibleWith(PartialDate other) {
        return iso.startsWith(other.iso) || other.iso.startsWith(iso);
    }

    @Override
    public int compareTo(PartialDate other) {
        return iso.compareTo(other.iso);
    }

    @Override
    public String toString() {
        return iso;
    }

    public enum Precision { YEAR, MONTH, DAY }
}
