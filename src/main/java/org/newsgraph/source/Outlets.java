package org.newsgraph.source;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names of news outlets: from a URL's host, and whether a phrase in a byline or credit names one. */
final class Outlets {

    private static final Map<String, String> KNOWN_HOSTS = loadHosts();

    /** Words news outlets are named with; also used to split a squashed host label into words. */
    private static final List<String> NAME_WORDS = List.of("times", "post", "news", "daily", "herald", "tribune",
            "journal", "gazette", "chronicle", "observer", "guardian", "telegraph", "independent", "express",
            "mirror", "mail", "star", "sun", "globe", "standard", "review", "monitor", "courier", "dispatch",
            "ledger", "record", "examiner", "inquirer", "enquirer", "bulletin", "press", "wire", "agency",
            "service", "weekly", "today", "report", "magazine", "media", "network", "radio", "television",
            "insider", "economist", "register", "sentinel", "leader", "advertiser", "argus", "mercury", "echo",
            "voice", "digest", "online", "world", "business", "financial", "morning", "evening", "sunday",
            "international", "global", "national", "free", "new", "week", "broadcasting", "tv", "desk",
            "briefing", "intelligencer", "statesman", "pioneer", "clarion", "beacon", "bugle", "banner");

    /** Wire services that sign stories and credit photos. */
    private static final Set<String> AGENCIES = Set.of("reuters", "ap", "associated press", "the associated press",
            "afp", "agence france-presse", "bloomberg", "dpa", "xinhua", "efe", "ansa", "kyodo", "yonhap", "pti",
            "anadolu", "upi");

    /** Photo agencies and credit words that name no outlet. */
    private static final Set<String> NOT_OUTLETS = Set.of("getty images", "getty", "shutterstock", "alamy", "epa",
            "epa-efe", "pool", "handout", "file", "supplied", "courtesy", "sipa", "zuma", "zuma press", "afp",
            "reuters", "ap", "ap photo", "bloomberg", "dpa");

    /** Second-level labels under which a country's sites register: example.co.uk, example.com.au. */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go");

    private static final Pattern DOMAIN_NAME = Pattern.compile("^[\\p{L}\\d-]+\\.(com|org|net|co|news|info|[a-z]{2})$");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?(.+?)(?:,?\\s*\\d{4})?\\s*(?:[.,;|]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CORPORATE_SUFFIX = Pattern.compile(
            "(?:,?\\s+(?:media|publishing|newspapers?|holdings|group|company|co\\.?|ltd\\.?|limited|llc|inc\\.?|plc|gmbh|s\\.a\\.|pty))+$",
            Pattern.CASE_INSENSITIVE);

    private Outlets() {
    }

    /** A readable name for the site at {@code url}: "www.theguardian.com" is "The Guardian". */
    static String fromUrl(String url) {
        String host = host(url);
        if (host == null) {
            return null;
        }
        for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
            String known = KNOWN_HOSTS.get(h);
            if (known != null) {
                return known;
            }
        }
        String label = registrableLabel(host);
        return label == null ? null : nameFromLabel(label);
    }

    /** The host of a URL, lower-cased and without "www.", or null when it is not an http(s) URL. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String host = uri.getHost();
            if (host == null || uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.replaceFirst("^(www\\d?|m|amp|mobile|edition)\\.", "");
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** The label a site registered: "theguardian" for www.theguardian.com, "bbc" for bbc.co.uk. */
    static String registrableLabel(String host) {
        String[] labels = host.split("\\.");
        if (labels.length < 2) {
            return null;
        }
        int i = labels.length - 2;
        if (labels.length >= 3 && labels[labels.length - 1].length() == 2 && SECOND_LEVEL.contains(labels[i])) {
            i--;
        }
        return labels[i].isEmpty() ? null : labels[i];
    }

    /** "thevalleytimes" is "The Valley Times": peel outlet words off the end and "the" off the front. */
    static String nameFromLabel(String label) {
        if (label.length() <= 3) {
            return label.toUpperCase(Locale.ROOT);
        }
        String rest = label.replace('-', ' ');
        StringBuilder tail = new StringBuilder();
        boolean peeled = true;
        while (peeled) {
            peeled = false;
            for (String w : NAME_WORDS) {
                if (rest.length() > w.length() + 2 && rest.endsWith(w) && !rest.endsWith(" " + w)) {
                    tail.insert(0, " " + capitalize(w));
                    rest = rest.substring(0, rest.length() - w.length());
                    peeled = true;
                    break;
                }
            }
        }
        String head = rest.startsWith("the") && rest.length() > 5 && !tail.isEmpty()
                ? "The " + capitalize(rest.substring(3)) : capitalize(rest);
        StringBuilder name = new StringBuilder();
        for (String part : (head + tail).split(" ")) {
            if (!part.isEmpty()) {
                name.append(name.isEmpty() ? "" : " ").append(capitalize(part));
            }
        }
        return name.toString();
    }

    /**
     * Whether a phrase from a byline, masthead or credit names an outlet rather than a person, role or place:
     * a wire service, "The Something", a name ending in an outlet word ("Valley Wire"), or a domain name.
     */
    static boolean looksLikeOutlet(String phrase) {
        String p = phrase.strip();
        String lower = p.toLowerCase(Locale.ROOT);
        if (p.isEmpty() || p.length() > 60 || NOT_OUTLETS.contains(lower) && !AGENCIES.contains(lower)) {
            return false;
        }
        if (AGENCIES.contains(lower) || DOMAIN_NAME.matcher(lower).matches()) {
            return true;
        }
        String[] words = p.split("\\s+");
        if (words.length > 6 || !Character.isUpperCase(p.codePointAt(0))) {
            return false;
        }
        if (words.length >= 2 && words[0].equals("The")) {
            return true;
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return words.length >= 2 && NAME_WORDS.contains(last);
    }

    static boolean isAgency(String phrase) {
        return AGENCIES.contains(phrase.strip().toLowerCase(Locale.ROOT));
    }

    static boolean isPhotoAgency(String phrase) {
        String lower = phrase.strip().toLowerCase(Locale.ROOT);
        return NOT_OUTLETS.contains(lower) || lower.endsWith(" images") || lower.endsWith(" photo");
    }

    /** The holder named in a copyright line, "© 2024 Acme News Ltd. All rights reserved." gives "Acme News". */
    static String fromCopyright(String line) {
        Matcher m = COPYRIGHT.matcher(line.strip());
        if (!m.find()) {
            return null;
        }
        String holder = CORPORATE_SUFFIX.matcher(m.group(1).strip()).replaceFirst("").strip();
        holder = holder.replaceFirst("(?i)\\s*all rights reserved.*$", "").strip();
        if (holder.isEmpty() || holder.contains("/") || holder.split("\\s+").length > 6 || isPhotoAgency(holder)
                || !Character.isUpperCase(holder.codePointAt(0))) {
            return null;
        }
        return holder;
    }

    /** Lower-case letters and digits only, without a leading "the": to match names against host labels. */
    static String squash(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
        return s.startsWith("the") && s.length() > 5 ? s.substring(3) : s;
    }

    /** "NORTHERN FARMING MONITOR" is "Northern Farming Monitor"; short acronyms stay. */
    static String titleCase(String allCaps) {
        StringBuilder out = new StringBuilder();
        for (String w : allCaps.strip().split("\\s+")) {
            out.append(out.isEmpty() ? "" : " ");
            // Acronyms have no vowels ("BBC", "CNN") or two letters ("AP"); the rest are words.
            boolean acronym = w.length() <= 2 || w.length() <= 4 && !w.matches(".*[AEIOUY].*");
            out.append(acronym ? w : capitalize(w.toLowerCase(Locale.ROOT)));
        }
        return out.toString().replace(" Of ", " of ").replace(" And ", " and ");
    }

    private static String capitalize(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    private static Map<String, String> loadHosts() {
        Map<String, String> hosts = new HashMap<>();
        for (String line : Boilerplate.lines("/source/news-hosts.txt")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                hosts.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return Map.copyOf(hosts);
    }
}
