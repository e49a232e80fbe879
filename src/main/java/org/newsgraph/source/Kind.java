package org.newsgraph.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The formats an article can come in, by extension, media type or content. */
enum Kind {
    TEXT("text", Kind.TEXT_LIMIT),
    MARKDOWN("Markdown", Kind.TEXT_LIMIT),
    HTML("HTML", 20_000_000),
    PDF("PDF", 100_000_000);

    /** 5 MB: far more than any article. */
    static final int TEXT_LIMIT = 5_000_000;

    private final String label;
    /** Raw size limit: HTML also carries scripts and styles, a PDF fonts and images. */
    private final long maxBytes;

    Kind(String label, long maxBytes) {
        this.label = label;
        this.maxBytes = maxBytes;
    }

    String label() {
        return label;
    }

    long maxBytes() {
        return maxBytes;
    }

    String tooLarge() {
        return "too large (over " + maxBytes / 1_000_000 + " MB)";
    }

    /** By file extension; null when not supported. */
    static Kind fromName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : fromExtension(name.substring(dot + 1));
    }

    /** A media type such as "text/html; charset=utf-8", or an extension with or without its dot; null if neither. */
    static Kind fromType(String type) {
        String t = type.strip().toLowerCase(Locale.ROOT);
        int semicolon = t.indexOf(';');
        if (semicolon >= 0) {
            t = t.substring(0, semicolon).strip();
        }
        return switch (t) {
            case "text/plain" -> TEXT;
            case "text/markdown", "text/x-markdown" -> MARKDOWN;
            case "text/html", "application/xhtml+xml" -> HTML;
            case "application/pdf", "application/x-pdf" -> PDF;
            default -> fromExtension(t.startsWith(".") ? t.substring(1) : t);
        };
    }

    private static Kind fromExtension(String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "txt", "text" -> TEXT;
            case "md", "markdown" -> MARKDOWN;
            case "html", "htm", "xhtml" -> HTML;
            case "pdf" -> PDF;
            default -> null;
        };
    }

    /** When neither name nor type tells: a PDF header, an HTML tag near the start, else text. */
    static Kind sniff(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 2048), StandardCharsets.ISO_8859_1);
        // A UTF-8 byte order mark reads as these three Latin-1 characters.
        String start = head.replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("%pdf-")) {
            return PDF;
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || head.toLowerCase(Locale.ROOT).contains("<body")) {
            return HTML;
        }
        return TEXT;
    }
}
