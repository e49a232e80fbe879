package org.newsgraph.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text to an article: paragraphs (unwrapped if hard-wrapped), boilerplate and metadata lines removed,
 * and the title, date, bylines, URL and outlet those lines give.
 */
final class Cleaner {

    /** The cleaned body (paragraphs separated by a blank line) and the metadata found. */
    record Cleaned(String body, Metadata metadata) {
    }

    /** Where an outlet name came from, most trustworthy first. */
    private enum OutletSource { STATED, COPYRIGHT, MASTHEAD, URL, BYLINE, DATELINE, BIO, CREDIT }

    /** Paragraphs before the body starts in which titles, bylines and date lines are looked for. */
    private static final int HEADER_MAX = 15;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')\\]]*$");
    private static final Pattern URL_DATE = Pattern.compile("/(20\\d{2})/(\\d{1,2})/(\\d{1,2})/");
    private static final Pattern COPYRIGHT_START = Pattern.compile("^(?:©|\\(c\\)|copyright\\b)", Pattern.CASE_INSENSITIVE);

    private Cleaner() {
    }

    /**
     * @param text          normalized text, lines separated by \n
     * @param mayBeWrapped  whether lines may be hard-wrapped (plain text, Markdown, PDF; not HTML blocks)
     * @param stated        what the format itself says (meta tags, front matter); it wins over the text
     */
    static Cleaned clean(String text, boolean mayBeWrapped, Metadata stated) {
        List<String> lines = List.of(text.split("\n", -1));
        List<String> paragraphs;
        if (mayBeWrapped && HardWraps.detect(lines)) {
            paragraphs = HardWraps.unwrap(lines, Cleaner::standsAlone);
        } else {
            paragraphs = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
        return new Scan(stated).run(paragraphs);
    }

    /** In wrapped text, a furniture line between two halves of a paragraph must not be joined to them. */
    private static boolean standsAlone(String line) {
        return !Character.isLowerCase(line.codePointAt(0)) && (Boilerplate.matches(line)
                || Header.isNavigation(line) || Header.masthead(line) != null);
    }

    /** One pass over the paragraphs of one text, collecting metadata as it goes. */
    private static final class Scan {
        private final Metadata stated;
        private final Map<OutletSource, String> outlets = new EnumMap<>(OutletSource.class);
        private final Set<String> authors = new LinkedHashSet<>();
        private final List<String> body = new ArrayList<>();
        private String title;
        private String url;
        private LocalDate published;
        private LocalDate headerPublished;
        private LocalDate headerUpdated;
        private int bodyStart = -1;

        Scan(Metadata stated) {
            this.stated = stated;
            if (stated.outlet() != null) {
                outlets.put(OutletSource.STATED, stated.outlet());
            }
        }

        Cleaned run(List<String> paragraphs) {
            boolean awaitingUrl = false;
            boolean inTrailer = false;
            for (int i = 0; i < paragraphs.size(); i++) {
                String raw = paragraphs.get(i);
                String p = raw.replaceAll("\\s+", " ").strip();
                if (awaitingUrl) {
                    awaitingUrl = false;
                    if (Header.url(p) != null) {
                        setUrl(Header.url(p));
                        continue;
                    }
                }
                Optional<Header.KeyValue> kv = Header.keyValue(p);
                if (kv.isPresent() && keyValue(kv.get())) {
                    awaitingUrl = kv.get().value().isEmpty();
                    continue;
                }
                if (COPYRIGHT_START.matcher(p).find()) {
                    outlet(OutletSource.COPYRIGHT, Outlets.fromCopyright(p));
                    continue;
                }
                if (isClosing(i, paragraphs.size()) && Header.bioOutlet(p) != null) {
                    outlet(OutletSource.BIO, Header.bioOutlet(p));
                    continue;
                }
                if (Boilerplate.matches(p)) {
                    outlet(OutletSource.CREDIT, Header.creditOutlet(p));
                    inTrailer = Header.startsTrailer(p);
                    continue;
                }
                if (inTrailer && Header.isTeaser(p)) {
                    continue;
                }
                inTrailer = false;
                if (Header.isNavigation(p) || Header.url(p) != null) {
                    continue;
                }
                String masthead = Header.masthead(raw);
                if (masthead != null) {
                    if (inHeader()) {
                        outlet(OutletSource.MASTHEAD, masthead);
                        headerPublished = headerPublished == null ? Header.mastheadDate(raw) : headerPublished;
                    }
                    continue;
                }
                if (inHeader() && (metaLine(raw) || Header.isLabel(p))) {
                    continue;
                }
                outlet(OutletSource.DATELINE, Header.datelineCredit(p));
                body.add(p);
                if (bodyStart < 0 && (Header.datelineCredit(p) != null
                        || p.split(" ").length >= 20 && SENTENCE_END.matcher(p).find())) {
                    bodyStart = body.size() - 1;
                }
            }
            return finish();
        }

        private boolean inHeader() {
            return bodyStart < 0 && body.size() < HEADER_MAX;
        }

        private static boolean isClosing(int index, int size) {
            return index >= size - 5;
        }

        /** A "Key: value" header line; false when the value does not fit the key, so the line stays text. */
        private boolean keyValue(Header.KeyValue kv) {
            String v = kv.value();
            switch (kv.key()) {
                case "title", "headline" -> {
                    if (v.isEmpty()) {
                        return false;
                    }
                    title = title == null ? v : title;
                }
                case "outlet", "publisher", "publication", "site" -> {
                    if (v.isEmpty() || v.split("\\s+").length > 8) {
                        return false;
                    }
                    outlet(OutletSource.STATED, v);
                }
                case "source", "original source" -> {
                    String u = Header.url(v);
                    if (u != null) {
                        setUrl(u);
                    } else if (!v.isEmpty() && (v.split("\\s+").length > 6 || !Character.isUpperCase(v.codePointAt(0))
                            || SENTENCE_END.matcher(v).find() && !v.matches(".*\\.\\p{L}{2,6}$"))) {
                        return false;
                    } else if (!v.isEmpty()) {
                        outlet(OutletSource.STATED, v);
                    }
                }
                case "published", "published on", "publication date", "date" -> {
                    LocalDate d = DateText.parse(v);
                    if (d == null) {
                        return false;
                    }
                    published = published == null ? d : published;
                }
                case "updated", "last updated" -> {
                    LocalDate d = DateText.parse(v);
                    if (d == null) {
                        return false;
                    }
                    headerUpdated = headerUpdated == null ? d : headerUpdated;
                }
                case "author", "authors", "by", "byline", "writer" -> {
                    Optional<Header.Byline> b = Header.byline("By " + v);
                    if (b.isEmpty()) {
                        return false;
                    }
                    authors.addAll(b.get().authors());
                    outlet(OutletSource.BYLINE, b.get().outlet());
                }
                default -> {
                    String u = Header.url(v);
                    if (u != null) {
                        setUrl(u);
                    } else if (!v.isEmpty()) {
                        return false;
                    }
                }
            }
            return true;
        }

        private boolean metaLine(String line) {
            Optional<Header.MetaLine> meta = Header.metaLine(line);
            if (meta.isEmpty()) {
                return false;
            }
            Header.MetaLine m = meta.get();
            headerPublished = headerPublished == null ? m.published() : headerPublished;
            headerUpdated = headerUpdated == null ? m.updated() : headerUpdated;
            authors.addAll(m.authors());
            outlet(OutletSource.BYLINE, m.outlet());
            return true;
        }

        private void setUrl(String u) {
            url = url == null ? u : url;
        }

        private void outlet(OutletSource source, String name) {
            if (name != null && !name.isBlank()) {
                outlets.putIfAbsent(source, name.strip());
            }
        }

        private Cleaned finish() {
            String finalUrl = stated.url() != null ? stated.url() : url;
            String outlet = chooseOutlet(finalUrl);
            String finalTitle = stated.title() != null ? stated.title() : title;
            List<String> paragraphs = new ArrayList<>(body);
            int headerEnd = bodyStart < 0 ? Math.min(paragraphs.size(), HEADER_MAX) : bodyStart;
            if (finalTitle == null) {
                for (int i = 0; i < headerEnd; i++) {
                    if (isTitleLike(paragraphs.get(i)) && !sameText(paragraphs.get(i), outlet)) {
                        finalTitle = paragraphs.get(i);
                        break;
                    }
                }
            }
            // The headline and a masthead repeated at the top are not body text.
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                String p = paragraphs.get(i);
                boolean top = i < Math.max(headerEnd, 1);
                if (!(top && (sameText(p, finalTitle) || sameText(p, outlet)))) {
                    kept.add(p);
                }
            }
            LocalDate date = stated.published() != null ? stated.published()
                    : published != null ? published
                    : headerPublished != null ? headerPublished
                    : headerUpdated != null ? headerUpdated : urlDate(finalUrl);
            List<String> names = stated.authors().isEmpty() ? List.copyOf(authors) : stated.authors();
            return new Cleaned(String.join("\n\n", kept), new Metadata(finalTitle, outlet, date, names, finalUrl));
        }

        /**
         * The most trustworthy outlet name found. A URL's host gives a name of its own, but where another source
         * spells the same name ("valleywire" and "Valley Wire") that spelling is nicer.
         */
        private String chooseOutlet(String finalUrl) {
            String host = Outlets.host(finalUrl);
            if (host != null) {
                String label = Outlets.registrableLabel(host);
                String fromHost = Outlets.fromUrl(finalUrl);
                String nicer = outlets.values().stream().filter(n -> label != null && Outlets.squash(n).equals(Outlets.squash(label)))
                        .findFirst().orElse(fromHost);
                outlet(OutletSource.URL, nicer);
            }
            for (OutletSource s : OutletSource.values()) {
                if (outlets.containsKey(s)) {
                    return outlets.get(s);
                }
            }
            return null;
        }

        /** A headline: a single line of three to thirty words, not a sentence ending in a period, not all capitals. */
        private static boolean isTitleLike(String p) {
            int words = p.split(" ").length;
            return words >= 3 && words <= 30 && p.length() <= 250 && !p.endsWith(".")
                    && p.chars().anyMatch(Character::isLowerCase) && !p.toLowerCase(Locale.ROOT).startsWith("by ")
                    && !p.contains("://");
        }

        private static LocalDate urlDate(String u) {
            if (u == null) {
                return null;
            }
            Matcher m = URL_DATE.matcher(u);
            return m.find() ? DateText.parse(m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3))) : null;
        }

        private static String pad(String n) {
            return n.length() == 1 ? "0" + n : n;
        }

        private static boolean sameText(String a, String b) {
            return a != null && b != null && Fingerprint.normalize(a).equals(Fingerprint.normalize(b));
        }
    }
}
