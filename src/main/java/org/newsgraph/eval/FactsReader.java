package org.newsgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a facts export into {@link Facts}. Gold files may give a text as {@code textAt}/{@code sentenceAt}
 * character offsets into a file instead of the text itself (so the project holds no copied article text);
 * those are resolved against a folder.
 */
public final class FactsReader {

    private final Path textDir;
    private final Map<String, String> files = new HashMap<>();

    /** @param textDir where {@code textAt} files are; null when offsets are not allowed (system exports) */
    private FactsReader(Path textDir) {
        this.textDir = textDir;
    }

    /** Reads a system's facts export. */
    public static Facts read(InputStream in) throws IOException {
        return new FactsReader(null).facts(tree(in));
    }

    /** Reads a gold file's tree, resolving offsets against {@code textDir}. */
    static Facts readGold(JsonNode root, Path textDir) throws IOException {
        try {
            return new FactsReader(textDir).facts(root);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static JsonNode tree(InputStream in) throws IOException {
        try {
            return JsonMapper.shared().readTree(in);
        } catch (JacksonException e) {
            throw new IOException("not a valid facts export: " + e.getOriginalMessage(), e);
        }
    }

    private Facts facts(JsonNode root) {
        if (!root.isObject()) {
            throw new IllegalArgumentException("a facts export is a JSON object");
        }
        return new Facts(
                list(root, "articles", (n, at) -> new Facts.Article(required(n, "id", at), string(n, "source"))),
                list(root, "actors", (n, at) -> new Facts.Actor(required(n, "id", at), required(n, "name", at),
                        required(n, "type", at), strings(n.path("aliases")))),
                list(root, "meetings", (n, at) -> new Facts.Meeting(requiredStrings(n, "participants", at),
                        required(n, "status", at), sources(n, at))),
                list(root, "criticisms", (n, at) -> new Facts.Criticism(required(n, "critic", at),
                        required(n, "target", at), string(n, "kind"), sources(n, at))),
                list(root, "statements", (n, at) -> new Facts.Statement(required(n, "speaker", at),
                        textOrOffsets(n, "text", "textAt", at, true), sources(n, at))),
                list(root, "roles", (n, at) -> new Facts.Role(required(n, "person", at), required(n, "title", at),
                        sources(n, at))));
    }

    /** A missing category is an empty one: an export of a graph without roles may leave the key out. */
    private static <T> List<T> list(JsonNode root, String field, BiFunction<JsonNode, String, T> each) {
        List<T> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.path(field).values()) {
            out.add(each.apply(n, field + "[" + i++ + "]"));
        }
        return out;
    }

    private List<Facts.Source> sources(JsonNode fact, String at) {
        List<Facts.Source> out = new ArrayList<>();
        int i = 0;
        for (JsonNode s : fact.path("sources").values()) {
            String where = at + ".sources[" + i++ + "]";
            out.add(new Facts.Source(string(s, "article"), textOrOffsets(s, "sentence", "sentenceAt", where, false)));
        }
        return out;
    }

    private String textOrOffsets(JsonNode n, String field, String offsetsField, String at, boolean needed) {
        JsonNode offsets = n.path(offsetsField);
        if (offsets.isObject()) {
            return resolve(offsets, at + "." + offsetsField);
        }
        String text = string(n, field);
        if (text == null && needed) {
            throw new IllegalArgumentException(at + " has neither " + field + " nor " + offsetsField);
        }
        return text;
    }

    /** Offsets count characters (Unicode code points), end exclusive, as Python slices do. */
    private String resolve(JsonNode offsets, String at) {
        if (textDir == null) {
            throw new IllegalArgumentException(at + ": character offsets are only allowed in gold files");
        }
        String file = required(offsets, "file", at);
        if (!offsets.path("start").isInt() || !offsets.path("end").isInt()) {
            throw new IllegalArgumentException(at + ": start and end must be integers");
        }
        int start = offsets.path("start").asInt();
        int end = offsets.path("end").asInt();
        String text = files.computeIfAbsent(file, this::load);
        int length = text.codePointCount(0, text.length());
        if (start < 0 || end < start || end > length) {
            throw new IllegalArgumentException(at + ": offsets " + start + ".." + end + " outside " + file
                    + " (" + length + " characters)");
        }
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    private String load(String file) {
        Path path = textDir.resolve(file);
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " for offsets", e);
        }
    }

    private static String string(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isString() ? v.stringValue() : null;
    }

    private static String required(JsonNode n, String field, String at) {
        String v = string(n, field);
        if (v == null) {
            throw new IllegalArgumentException(at + "." + field + " is missing or not a string");
        }
        return v;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array.values()) {
            if (v.isString()) {
                out.add(v.stringValue());
            }
        }
        return out;
    }

    private static List<String> requiredStrings(JsonNode n, String field, String at) {
        if (!n.path(field).isArray()) {
            throw new IllegalArgumentException(at + "." + field + " is missing or not an array");
        }
        return strings(n.path(field));
    }
}
