package org.newsgraph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown to plain text lines: links become their text, images go, markup is stripped, the first "# " is the title. */
final class Markdown {

    /** The plain text, the title from the first level-1 heading, and what YAML front matter says. */
    record Converted(String text, String title, Metadata frontMatter) {
    }

    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]\\n]{0,300})\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]{0,300}\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\[\\]\\n]{1,300})\\]\\[[^\\]\\n]{0,100}\\]");
    private static final Pattern REF_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s+\\S+.*$");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final Pattern CODE = Pattern.compile("`+([^`]*)`+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!$<>|~\"'&])");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(?:\\s*\\1){2,}\\s*$");
    private static final Pattern SETEXT_H1 = Pattern.compile("^\\s{0,3}=+\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");
    private static final Pattern QUOTE_MARKER = Pattern.compile("^\\s{0,3}(?:>\\s?)+");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,3}[.)])\\s+");
    private static final Pattern FRONT_MATTER_KEY = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*-\\s+(.*)$");
    /** Private-use code points stand in for escaped characters until the markup is gone. */
    private static final char ESCAPED_BASE = '\uE000';

    private Markdown() {
    }

    /** Whether plain text is really Markdown: a .txt saved from a page often is. */
    static boolean looksLikeMarkdown(String text) {
        return LINK.matcher(text).find() || IMAGE.matcher(text).find()
                || Pattern.compile("(?m)^#{1,6} \\S").matcher(text).find();
    }

    static Converted convert(String markdown) {
        List<String> lines = new ArrayList<>(List.of(markdown.split("\n", -1)));
        Metadata frontMatter = frontMatter(lines);
        List<String> out = new ArrayList<>();
        String title = null;
        boolean inCode = false;
        for (String line : lines) {
            if (FENCE.matcher(line).matches()) {
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                out.add(line);
                continue;
            }
            if (REF_DEFINITION.matcher(line).matches() || RULE.matcher(line).matches()) {
                out.add("");
                continue;
            }
            if (SETEXT_H1.matcher(line).matches() && !out.isEmpty() && !out.getLast().isBlank()) {
                if (title == null) {
                    title = out.removeLast().strip();
                }
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String text = inline(heading.group(2));
                if (heading.group(1).length() == 1 && title == null) {
                    title = text;
                } else {
                    out.add(text);
                }
                continue;
            }
            String plain = LIST_MARKER.matcher(QUOTE_MARKER.matcher(line).replaceFirst("")).replaceFirst("");
            out.add(inline(plain));
        }
        return new Converted(String.join("\n", out), title, frontMatter);
    }

    /** Inline markup to plain text: "[text](url)" is "text", images vanish, emphasis and code marks go. */
    static String inline(String line) {
        StringBuilder protectedLine = new StringBuilder();
        Matcher escape = ESCAPE.matcher(line);
        while (escape.find()) {
            escape.appendReplacement(protectedLine, Matcher.quoteReplacement(
                    String.valueOf((char) (ESCAPED_BASE + escape.group(1).charAt(0)))));
        }
        escape.appendTail(protectedLine);
        String s = IMAGE.matcher(protectedLine).replaceAll("");
        for (int i = 0; i < 3 && LINK.matcher(s).find(); i++) {
            s = LINK.matcher(s).replaceAll("$1");
        }
        s = REF_LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = HTML_TAG.matcher(s).replaceAll("");
        s = CODE.matcher(s).replaceAll("$1");
        s = STRONG.matcher(s).replaceAll("$2");
        s = EMPHASIS_STAR.matcher(s).replaceAll("$1");
        s = EMPHASIS_UNDERSCORE.matcher(s).replaceAll("$1");
        s = STRIKE.matcher(s).replaceAll("$1");
        StringBuilder restored = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            restored.append(c >= ESCAPED_BASE && c < ESCAPED_BASE + 128 ? (char) (c - ESCAPED_BASE) : c);
        }
        return restored.toString().stripTrailing();
    }

    /** YAML front matter between "---" lines at the very top: the few keys that describe an article. */
    private static Metadata frontMatter(List<String> lines) {
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
            return Metadata.NONE;
        }
        int end = -1;
        for (int i = 1; i < Math.min(lines.size(), 200); i++) {
            String t = lines.get(i).strip();
            if (t.equals("---") || t.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return Metadata.NONE;
        }
        String title = null;
        String outlet = null;
        String date = null;
        String url = null;
        List<String> authors = new ArrayList<>();
        String listKey = null;
        for (String line : lines.subList(1, end)) {
            Matcher item = LIST_ITEM.matcher(line);
            if (item.matches() && listKey != null) {
                if (listKey.startsWith("author")) {
                    authors.add(unquote(item.group(1)));
                }
                continue;
            }
            Matcher kv = FRONT_MATTER_KEY.matcher(line);
            if (!kv.matches()) {
                continue;
            }
            String key = kv.group(1).toLowerCase(Locale.ROOT).replace('-', '_');
            String value = unquote(kv.group(2));
            listKey = value.isEmpty() ? key : null;
            switch (key) {
                case "title", "headline" -> title = value;
                case "date", "published", "publishdate", "pubdate", "published_at", "date_published" -> date = value;
                case "author", "authors", "byline" -> authors.addAll(listValue(value));
                case "outlet", "publisher", "publication", "site", "site_name", "sitename" -> outlet = value;
                case "url", "canonical", "canonical_url", "link", "original_url", "source_url", "permalink" -> url = value;
                case "source" -> {
                    if (value.matches("(?i)https?://\\S+")) {
                        url = value;
                    } else {
                        outlet = value;
                    }
                }
                default -> {
                }
            }
        }
        lines.subList(0, end + 1).clear();
        return new Metadata(title, outlet, DateText.parse(date), authors.stream().filter(a -> !a.isBlank()).toList(), url);
    }

    private static List<String> listValue(String value) {
        String v = value.strip();
        if (v.startsWith("[") && v.endsWith("]")) {
            List<String> items = new ArrayList<>();
            for (String part : v.substring(1, v.length() - 1).split(",")) {
                items.add(unquote(part));
            }
            return items;
        }
        return v.isEmpty() ? List.of() : List.of(v);
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1);
        }
        return v.strip();
    }
}
