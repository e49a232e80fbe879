package org.newsgraph.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text with hard line wraps (PDF text, or a .txt pasted from one) back into paragraphs: lines inside a
 * paragraph are joined, words split at a line end are mended, and paragraph breaks are kept where a blank
 * line is or where a line ends a sentence well short of the usual width.
 */
final class HardWraps {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"”’')\\]]*$|[\"”]$");
    private static final Pattern SPLIT_WORD = Pattern.compile("([\\p{L}\\d]+(?:-[\\p{L}\\d]+)*)-$");
    private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{L}+)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

    /** Words that form compounds with a real hyphen when they stand first: "so-called", "self-styled". */
    private static final Set<String> HYPHEN_FIRST = Set.of("so", "self", "well", "non", "anti", "semi", "half",
            "cross", "vice", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "twenty", "thirty", "forty", "fifty", "first", "second", "third");
    /** ... and when they stand second: "state-owned", "government-backed", "president-elect". */
    private static final Set<String> HYPHEN_SECOND = Set.of("based", "backed", "led", "owned", "funded", "linked",
            "controlled", "born", "style", "level", "scale", "term", "ridden", "related", "friendly", "speaking",
            "elect", "designate", "run", "year");

    /** Lines this much shorter than the usual width did not run into the margin. */
    private static final double FULL = 0.75;
    private static final int MIN_LINES = 4;
    private static final int MAX_WRAP_WIDTH = 160;

    private HardWraps() {
    }

    /** Most lines of similar length near the width, and most of those ending mid-sentence. */
    static boolean detect(List<String> lines) {
        List<Integer> lengths = new ArrayList<>();
        List<String> content = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            if (t.length() >= 20) {
                lengths.add(t.length());
                content.add(t);
            }
        }
        if (content.size() < MIN_LINES) {
            return false;
        }
        int width = width(lengths);
        if (width > MAX_WRAP_WIDTH) {
            return false;
        }
        int near = 0;
        int open = 0;
        for (String t : content) {
            if (t.length() >= FULL * width) {
                near++;
                if (!SENTENCE_END.matcher(t).find()) {
                    open++;
                }
            }
        }
        return near * 2 >= content.size() && open * 2 >= near;
    }

    /**
     * Paragraphs from hard-wrapped lines. A line for which {@code standalone} holds (an "ADVERTISEMENT" between
     * two halves of a sentence) becomes a paragraph of its own without ending the one around it.
     */
    static List<String> unwrap(List<String> lines, Predicate<String> standalone) {
        List<Integer> lengths = new ArrayList<>();
        Set<String> words = new HashSet<>();
        for (String line : lines) {
            String t = line.strip();
            if (t.length() >= 20) {
                lengths.add(t.length());
            }
            Matcher m = WORD.matcher(t.toLowerCase(Locale.ROOT));
            while (m.find()) {
                words.add(m.group());
            }
        }
        int width = lengths.isEmpty() ? MAX_WRAP_WIDTH : width(lengths);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        boolean blank = false;
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty()) {
                blank = true;
            } else if (standalone.test(t)) {
                paragraphs.add(t);
            } else {
                if (previous != null && (blank ? !runsOn(previous, t, width) : endsParagraph(previous, t, width))) {
                    flush(current, paragraphs);
                }
                if (current.isEmpty()) {
                    current.append(t);
                } else {
                    join(current, t, words);
                }
                previous = t;
                blank = false;
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    /** A blank line that is a page break in mid-sentence: the line before runs to the margin, the next goes on in lower case. */
    private static boolean runsOn(String line, String next, int width) {
        boolean cut = SPLIT_WORD.matcher(line).find() || line.length() >= FULL * width && !SENTENCE_END.matcher(line).find();
        return cut && Character.isLowerCase(next.codePointAt(0));
    }

    private static boolean endsParagraph(String line, String next, int width) {
        if (line.length() >= FULL * width) {
            return false;
        }
        // Short: a sentence end, or a heading or header line followed by a capitalized line.
        return SENTENCE_END.matcher(line).find() || !Character.isLowerCase(next.codePointAt(0));
    }

    private static void join(StringBuilder current, String next, Set<String> words) {
        // Only the end matters; matching the whole paragraph again for every line would be quadratic.
        Matcher split = SPLIT_WORD.matcher(current.substring(Math.max(0, current.length() - 80)));
        Matcher first = FIRST_WORD.matcher(next);
        if (split.find() && first.find()) {
            String left = split.group(1);
            String right = first.group(1);
            current.setLength(current.length() - 1);
            current.append(keepsHyphen(left, right, words) ? "-" : "").append(next);
        } else {
            current.append(' ').append(next);
        }
    }

    /**
     * Whether "left-" at a line end and "right" on the next line are a hyphenated compound rather than one word
     * split by the typesetter: the document spells it with a hyphen elsewhere, or the second part is capitalized
     * ("pro-Russian"), or the parts are numbers or words that form compounds.
     */
    static boolean keepsHyphen(String left, String right, Set<String> words) {
        String lastPart = left.substring(left.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
        String lowerRight = right.toLowerCase(Locale.ROOT);
        if (words.contains(left.toLowerCase(Locale.ROOT) + "-" + lowerRight)) {
            return true;
        }
        if (words.contains(lastPart + lowerRight)) {
            return false;
        }
        return Character.isUpperCase(right.codePointAt(0)) || left.chars().anyMatch(Character::isDigit)
                || left.contains("-") || HYPHEN_FIRST.contains(lastPart) || HYPHEN_SECOND.contains(lowerRight);
    }

    /** The usual line width: the 90th percentile of line lengths, so a few long lines do not count. */
    private static int width(List<Integer> lengths) {
        List<Integer> sorted = new ArrayList<>(lengths);
        sorted.sort(null);
        return sorted.get((int) Math.floor(0.9 * (sorted.size() - 1)));
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
