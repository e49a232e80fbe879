package org.newsgraph.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A web page: the main text by Readability, metadata from meta tags and JSON-LD. */
final class Html {

    /** The main text, one block (paragraph, heading, list item) a line, and what the page says about it. */
    record Extracted(String text, Metadata metadata, String byline) {
    }

    /** JSON-LD as pages write it, trailing commas and comments included. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "blockquote", "pre", "section", "article", "header", "main", "table", "tr", "td", "th", "dl",
            "dd", "dt", "address", "hr", "center", "details", "summary");
    private static final String NOT_TEXT = "script, style, noscript, iframe, form, button, input, select, nav, aside, "
            + "footer, svg, figure, figcaption, template, object, embed, [hidden], [aria-hidden=true]";
    /** Below this, Readability probably missed the article; the whole body minus chrome is read instead. */
    private static final int MIN_ARTICLE_CHARS = 200;
    private static final String NO_BASE = "https://localhost/";

    private Html() {
    }

    static Extracted read(String html) {
        Document page = Jsoup.parse(html, NO_BASE);
        List<JsonNode> jsonLd = jsonLd(page);
        JsonNode article = jsonLd.stream().filter(Html::isArticle).findFirst().orElse(null);
        Metadata metadata = metadata(page, article, jsonLd);
        Document forReadability = page.clone();
        String uri = metadata.url() != null && Outlets.host(metadata.url()) != null ? metadata.url() : NO_BASE;
        Article readable = new Readability4J(uri, forReadability).parse();
        String text = readable.getArticleContent() == null ? "" : blocks(readable.getArticleContent());
        if (text.length() < MIN_ARTICLE_CHARS) {
            String whole = page.body() == null ? "" : blocks(page.body());
            if (whole.length() > text.length()) {
                text = whole;
            }
        }
        return new Extracted(text, metadata, readable.getByline());
    }

    private static Metadata metadata(Document page, JsonNode article, List<JsonNode> jsonLd) {
        String siteName = first(meta(page, "og:site_name"), article == null ? null : name(article.path("publisher")),
                websiteName(jsonLd), meta(page, "application-name"), titleSuffix(page.title()));
        String title = first(meta(page, "og:title"), article == null ? null : text(article.path("headline")),
                meta(page, "twitter:title"), h1(page), cleanTitle(page.title(), siteName));
        LocalDate published = firstDate(meta(page, "article:published_time"),
                article == null ? null : text(article.path("datePublished")),
                meta(page, "pubdate"), meta(page, "publishdate"), meta(page, "date"), meta(page, "dc.date"),
                meta(page, "dcterms.date"), meta(page, "parsely-pub-date"), itemprop(page, "datePublished"),
                timeDatetime(page), meta(page, "article:modified_time"),
                article == null ? null : text(article.path("dateModified")));
        List<String> authors = article == null ? List.of() : names(article.path("author"));
        if (authors.isEmpty()) {
            authors = splitNames(meta(page, "author"));
        }
        if (authors.isEmpty()) {
            String articleAuthor = meta(page, "article:author");
            authors = articleAuthor == null || articleAuthor.contains("/") ? List.of() : splitNames(articleAuthor);
        }
        String url = first(canonical(page), meta(page, "og:url"), article == null ? null : text(article.path("url")),
                article == null ? null : text(article.path("mainEntityOfPage").path("@id")),
                article == null ? null : text(article.path("mainEntityOfPage")));
        if (url != null && Outlets.host(url) == null) {
            url = null;
        }
        return new Metadata(title, siteName, published, authors, url);
    }

    /** One line per block element, inline markup flattened, non-text elements gone. */
    static String blocks(Element root) {
        Element copy = root.clone();
        copy.select(NOT_TEXT).remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && (e.nameIs("br") || BLOCKS.contains(e.normalName()))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, copy);
        List<String> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            String t = line.replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        return String.join("\n", lines);
    }

    private static List<JsonNode> jsonLd(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (JacksonException e) {
                // A broken block says nothing; the meta tags may.
            }
        }
        return nodes;
    }

    /** Every object in a JSON-LD tree, through arrays and "@graph", in document order. */
    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node.values()) {
                collect(n, into);
            }
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
        }
    }

    private static boolean isArticle(JsonNode node) {
        return types(node).stream().anyMatch(t -> t.endsWith("article") || t.equals("blogposting")
                || t.equals("liveblogposting") || t.equals("report"));
    }

    private static String websiteName(List<JsonNode> nodes) {
        for (JsonNode n : nodes) {
            if (types(n).stream().anyMatch(t -> t.equals("website") || t.equals("newsmediaorganization"))) {
                String name = text(n.path("name"));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.path("@type");
        List<String> types = new ArrayList<>();
        for (JsonNode t : type.isArray() ? type.values() : List.of(type)) {
            if (t.isString()) {
                types.add(t.stringValue().toLowerCase(Locale.ROOT));
            }
        }
        return types;
    }

    /** A person or organization given as a string, an object with "name", or the first of an array. */
    private static String name(JsonNode node) {
        List<String> names = names(node);
        return names.isEmpty() ? null : names.getFirst();
    }

    private static List<String> names(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode n : node.isArray() ? node.values() : List.of(node)) {
            String name = n.isObject() ? text(n.path("name")) : text(n);
            if (name != null && !name.contains("://")) {
                names.addAll(splitNames(name));
            }
        }
        return List.copyOf(names);
    }

    private static List<String> splitNames(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : value.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
            String name = part.replaceFirst("(?i)^by\\s+", "").strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        String s = node.isString() ? node.stringValue() : null;
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String meta(Document page, String key) {
        for (Element e : page.select("meta[content]")) {
            if (key.equalsIgnoreCase(e.attr("property")) || key.equalsIgnoreCase(e.attr("name"))) {
                String content = e.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String itemprop(Document page, String prop) {
        Element e = page.selectFirst("[itemprop=" + prop + "]");
        return e == null ? null : first(e.attr("content"), e.attr("datetime"), e.text());
    }

    private static String timeDatetime(Document page) {
        Element e = page.selectFirst("time[datetime]");
        return e == null ? null : e.attr("datetime");
    }

    private static String canonical(Document page) {
        Element e = page.selectFirst("link[rel=canonical][href]");
        return e == null ? null : e.attr("href");
    }

    private static String h1(Document page) {
        Element e = page.selectFirst("h1");
        return e == null ? null : e.text();
    }

    /** "Headline | Site" without the site: the name given, or a short last part after a separator. */
    static String cleanTitle(String title, String siteName) {
        String t = title == null ? "" : title.strip();
        for (String separator : List.of(" | ", " - ", " – ", " — ", " :: ", " · ")) {
            int at = t.lastIndexOf(separator);
            if (at > 0) {
                String tail = t.substring(at + separator.length()).strip();
                boolean isSite = siteName != null && tail.equalsIgnoreCase(siteName);
                if (isSite || tail.split("\\s+").length <= 4 && t.substring(0, at).split("\\s+").length >= 3) {
                    return t.substring(0, at).strip();
                }
            }
        }
        return t.isEmpty() ? null : t;
    }

    /** "Headline - Westvale Courier" names the site when nothing else does. */
    private static String titleSuffix(String title) {
        String cleaned = cleanTitle(title, null);
        if (cleaned == null || cleaned.equals(title.strip())) {
            return null;
        }
        String tail = title.strip().substring(cleaned.length()).replaceFirst("^\\s*[|\\-–—:·]+\\s*", "").strip();
        return Outlets.looksLikeOutlet(tail) ? tail : null;
    }

    private static LocalDate firstDate(String... values) {
        for (String v : values) {
            LocalDate d = DateText.parse(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
