package org.newsgraph.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the lines around an article that describe it rather than tell it: bylines, date lines,
 * "Key: value" headers, mastheads, navigation, datelines that credit an agency, author bios and photo credits.
 */
final class Header {

    /** A "Key: value" line of a header block. */
    record KeyValue(String key, String value) {
    }

    /** Authors and an outlet named in a byline such as "By Jane Doe and John Roe, Reuters". */
    record Byline(List<String> authors, String outlet) {
    }

    /** A line made only of dates, bylines and times: "July 10, 2024 - by Jane Doe", "Published 05.12.25, 09:30 AM". */
    record MetaLine(LocalDate published, LocalDate updated, List<String> authors, String outlet) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern KEY_VALUE = Pattern.compile("^(title|headline|source|original source|outlet|publisher|"
            + "publication|site|published|published on|publication date|date|updated|last updated|author|authors|by|"
            + "byline|writer|url|link|original url|original link|canonical|source url)\\s*:\\s*(.{0,300})$", FLAGS);
    private static final Pattern BYLINE = Pattern.compile("^(?:by|written by|words by|text by|reporting by)\\s+(\\S.{0,150})$", FLAGS);
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\||\\s+and\\s+|\\s+&\\s+)\\s*", FLAGS);
    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s*[|·•]\\s*|\\s+[-–—]\\s+|\\s{3,}|\\t+");
    private static final Pattern BEFORE_LABEL = Pattern.compile(
            "(?<=\\S)\\s+(?=(?:published|updated|posted|first published|last updated|last modified)\\b)", FLAGS);
    private static final Pattern DATE_LABEL = Pattern.compile(
            "^(published|updated|posted|first published|last updated|last modified|modified|date|on)\\b\\s*:?\\s*", FLAGS);
    private static final Pattern FILLER = Pattern.compile("(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?|"
            + "\\d{1,2}\\s*[ap]\\.?m\\.?|[ap]\\.?m\\.?|at|on|utc[+-]?\\d{0,2}|gmt[+-]?\\d{0,2}|(?-i:[A-Z]{2,5})", FLAGS);
    private static final Pattern TIME_ONLY = Pattern.compile(
            "^\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+(?-i:[A-Z]{2,5}))?$|^\\d{1,2}\\s*[ap]\\.?m\\.?(?:\\s+(?-i:[A-Z]{2,5}))?$", FLAGS);
    private static final Pattern NAME_TOKEN = Pattern.compile("^\\p{Lu}[\\p{L}\\p{M}'’.-]*$");
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "van", "von", "der", "den", "la", "le",
            "du", "bin", "al", "el", "dos", "das", "ter", "y", "zu", "del", "della", "ibn", "bint", "ben");
    private static final Set<String> ROLE_WORDS = Set.of("correspondent", "editor", "reporter", "writer",
            "columnist", "contributor", "staff", "journalist", "producer", "analyst", "chief", "bureau",
            "photographer", "presenter", "anchor", "commentator", "intern", "researcher", "fellow", "team");
    private static final Pattern DATELINE_CREDIT = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,\\s*[^()]{1,30}?)?\\s*\\(([^()]{2,40})\\)\\s*[-–—]");
    private static final Pattern MASTHEAD_SEPARATOR = Pattern.compile("\\s*\\|\\s*|\\s{3,}|\\t+");
    private static final Pattern NAVIGATION_SEPARATOR = Pattern.compile("\\s*[|»>•·]\\s*");
    private static final Pattern BIO = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}\\s+is\\s+"
            + "(?:a|an|the)\\s+[^.]{0,60}?\\b(?:editor|correspondent|reporter|writer|columnist|contributor|journalist|"
            + "producer|analyst)s?\\b[^.]{0,40}?\\s+(?:at|of|for|with)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}\\d&'’-]*"
            + "(?:\\.[a-z]{2,6})?(?:\\s+\\p{Lu}[\\p{L}\\d&'’-]*(?:\\.[a-z]{2,6})?){0,5})");
    private static final Pattern CREDIT = Pattern.compile(
            "\\b(?:photo|photograph|picture|image|credit)s?\\s*:\\s*([^.!?]{2,100})\\)?$", FLAGS);
    private static final Pattern TRAILER = Pattern.compile("^(more from|more stories|most (read|popular|viewed|shared)|"
            + "related( articles| stories| coverage| content)?$|recommended|trending|you (may|might) also|popular|"
            + "top stories|editor'?s picks|latest (news|stories|headlines)|read next|also read|see also|up next)", FLAGS);
    private static final Pattern URL = Pattern.compile("^<?(https?://\\S+?)>?$", FLAGS);
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*•]|\\d{1,2}[.)])\\s+\\S");

    private Header() {
    }

    static Optional<KeyValue> keyValue(String line) {
        Matcher m = KEY_VALUE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new KeyValue(m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), m.group(2).strip()));
    }

    /** The URL a line consists of, "<https://…>" included, or null. */
    static String url(String line) {
        Matcher m = URL.matcher(line.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** "By Jane Doe, Political Editor, The Valley Times": the person names, and the outlet if one is named. */
    static Optional<Byline> byline(String segment) {
        Matcher m = BYLINE.matcher(segment.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] parts = NAME_SEPARATOR.split(m.group(1).replaceAll("[.,;:]+$", "").strip());
        List<String> authors = new ArrayList<>();
        String outlet = null;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty() || isRole(part)) {
                continue;
            }
            if (Outlets.looksLikeOutlet(part)) {
                outlet = outlet == null ? part : outlet;
            } else if (isPersonName(part)) {
                authors.add(part);
            } else if (i == 0 && !isSingleName(part)) {
                // "By Monday evening the council had…": a sentence, not a byline.
                return Optional.empty();
            }
        }
        return Optional.of(new Byline(authors, outlet));
    }

    /** A line of dates, bylines, times and (beside those) authors or an outlet, and nothing else. */
    static Optional<MetaLine> metaLine(String line) {
        if (line.length() > 200) {
            return Optional.empty();
        }
        LocalDate published = null;
        LocalDate updated = null;
        List<String> authors = new ArrayList<>();
        List<String> unsignedNames = new ArrayList<>();
        String outlet = null;
        boolean anchored = false;
        for (String raw : SEGMENT_SEPARATOR.split(BEFORE_LABEL.matcher(line.strip()).replaceAll(" | "))) {
            String segment = raw.strip().replaceAll("^[,;*]+|[,;*]+$", "").strip();
            if (segment.isEmpty() || TIME_ONLY.matcher(segment).matches()) {
                continue;
            }
            Optional<Byline> byline = byline(segment);
            Optional<DateText.Found> date = dateSegment(segment);
            if (date.isPresent()) {
                anchored = true;
                boolean isUpdate = segment.toLowerCase(Locale.ROOT).matches("^(updated|last updated|last modified|modified)\\b.*");
                if (isUpdate) {
                    updated = updated == null ? date.get().date() : updated;
                } else {
                    published = published == null ? date.get().date() : published;
                }
            } else if (byline.isPresent()) {
                anchored = true;
                authors.addAll(byline.get().authors());
                outlet = outlet == null ? byline.get().outlet() : outlet;
            } else if (names(segment).isPresent()) {
                unsignedNames.addAll(names(segment).get());
            } else if (Outlets.looksLikeOutlet(segment)) {
                outlet = outlet == null ? segment : outlet;
            } else if (!isSingleName(segment)) {
                return Optional.empty();
            }
        }
        if (!anchored) {
            return Optional.empty();
        }
        if (authors.isEmpty()) {
            authors.addAll(unsignedNames);
        }
        return Optional.of(new MetaLine(published, updated, authors, outlet));
    }

    /** A segment that is a date with at most one stray word around it: "site-logo Friday, 5 December 2025". */
    private static Optional<DateText.Found> dateSegment(String segment) {
        String s = DATE_LABEL.matcher(segment).replaceFirst("");
        Optional<DateText.Found> found = DateText.find(s);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String rest = s.substring(0, found.get().start()) + " " + s.substring(found.get().end());
        int stray = 0;
        for (String token : rest.split("[\\s,|·()]+")) {
            if (!token.isEmpty() && !FILLER.matcher(token).matches() && !token.matches("\\p{P}+")) {
                stray++;
            }
        }
        return stray <= 1 ? found : Optional.empty();
    }

    /** "Jane Doe, John Roe": a list of person names without "By". */
    private static Optional<List<String>> names(String segment) {
        List<String> names = new ArrayList<>();
        for (String part : NAME_SEPARATOR.split(segment)) {
            if (!isPersonName(part.strip())) {
                return Optional.empty();
            }
            names.add(part.strip());
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    /** Two to five capitalized words (particles such as "van" or "bin" allowed), no digits, no role or outlet words. */
    static boolean isPersonName(String s) {
        String[] tokens = s.strip().split("\\s+");
        if (tokens.length < 2 || tokens.length > 5 || Outlets.looksLikeOutlet(s) || isRole(s)) {
            return false;
        }
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            boolean particle = i > 0 && i < tokens.length - 1 && PARTICLES.contains(t);
            if (!particle && !NAME_TOKEN.matcher(t).matches()) {
                return false;
            }
        }
        return !tokens[0].equals("The");
    }

    private static boolean isSingleName(String s) {
        return NAME_TOKEN.matcher(s.strip()).matches();
    }

    private static boolean isRole(String s) {
        for (String w : s.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (ROLE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "PARIS, Dec 2 (Reuters) -" credits Reuters; the dateline stays in the text. */
    static String datelineCredit(String paragraph) {
        Matcher m = DATELINE_CREDIT.matcher(paragraph);
        if (!m.find()) {
            return null;
        }
        String credit = m.group(1).strip();
        return Character.isUpperCase(credit.codePointAt(0)) && !credit.matches(".*\\d.*") ? credit : null;
    }

    /**
     * "THE VALLEY GAZETTE | LOCAL" or "CITY REVIEW    Weekly Edition    No. 16": a capitalized outlet name with
     * other parts beside it, at the top of a page or repeated as a running header. Returns the name, title-cased.
     */
    static String masthead(String line) {
        String[] segments = MASTHEAD_SEPARATOR.split(line.strip());
        if (segments.length < 2 || line.strip().split("\\s+").length > 15) {
            return null;
        }
        String name = segments[0].strip();
        boolean allCaps = name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().filter(Character::isLetter).count() >= 4;
        return allCaps && name.split("\\s+").length >= 2 ? Outlets.titleCase(name) : null;
    }

    /** The date printed in a masthead line, if any. */
    static LocalDate mastheadDate(String line) {
        for (String segment : MASTHEAD_SEPARATOR.split(line.strip())) {
            Optional<DateText.Found> d = dateSegment(segment.strip());
            if (d.isPresent()) {
                return d.get().date();
            }
        }
        return null;
    }

    /** "Home | News | Business" or "World > Europe": menus and breadcrumbs. */
    static boolean isNavigation(String line) {
        String[] segments = NAVIGATION_SEPARATOR.split(line.strip());
        boolean breadcrumb = line.contains(">") || line.contains("»");
        if (segments.length < (breadcrumb ? 2 : 3)) {
            return false;
        }
        for (String s : segments) {
            String t = s.strip();
            if (t.isEmpty() || t.split("\\s+").length > 3 || t.matches(".*[.!?,:;]$") || !Character.isUpperCase(t.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** An all-capitals section label or kicker: "NEWS", "MARKETS & TRADE". */
    static boolean isLabel(String line) {
        String t = line.strip();
        return t.split("\\s+").length <= 6 && t.chars().anyMatch(Character::isUpperCase)
                && t.chars().noneMatch(Character::isLowerCase) && !t.matches(".*[.!?]$");
    }

    /** A short author note closing an article, "Jane Doe is the news editor of Example.com", names its outlet. */
    static String bioOutlet(String paragraph) {
        if (paragraph.length() > 250) {
            return null;
        }
        Matcher m = BIO.matcher(paragraph);
        return m.find() && Outlets.looksLikeOutlet(m.group(1)) ? m.group(1) : null;
    }

    /** "Photo: Jane Doe/The Valley Times": a credit that names the outlet's own photographer. */
    static String creditOutlet(String paragraph) {
        Matcher m = CREDIT.matcher(paragraph);
        if (!m.find()) {
            return null;
        }
        String credit = m.group(1);
        String last = credit.substring(credit.lastIndexOf('/') + 1).replace("©", "").strip();
        return Outlets.looksLikeOutlet(last) && !Outlets.isPhotoAgency(last) && !Outlets.isAgency(last) ? last : null;
    }

    /** A heading that starts a list of links to other stories: "More from Sport", "Most read". */
    static boolean startsTrailer(String line) {
        return line.split("\\s+").length <= 6 && TRAILER.matcher(line.strip()).find();
    }

    /** An item in such a list: a list marker, or a short line that is no sentence. */
    static boolean isTeaser(String line) {
        String t = line.strip();
        return LIST_ITEM.matcher(t).find() || t.split("\\s+").length <= 14 && !t.matches(".*[.!?\"”]$");
    }
}
