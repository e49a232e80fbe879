package org.newsgraph.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Page furniture that is not article text: ads, share and subscribe prompts, credits, comment policies. */
final class Boilerplate {

    /** Longer paragraphs are article text whatever they start with. */
    private static final int MAX_LENGTH = 500;

    private static final List<Pattern> PATTERNS = load("/source/boilerplate.txt");

    private Boilerplate() {
    }

    static boolean matches(String paragraph) {
        String p = paragraph.strip().replaceAll("\\s+", " ");
        if (p.isEmpty() || p.length() > MAX_LENGTH) {
            return false;
        }
        for (Pattern pattern : PATTERNS) {
            if (pattern.matcher(p).find()) {
                return true;
            }
        }
        return false;
    }

    /** Non-empty lines not starting with '#', as case-insensitive Unicode regexes. */
    static List<Pattern> load(String resource) {
        List<Pattern> patterns = new ArrayList<>();
        for (String line : lines(resource)) {
            patterns.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                    | Pattern.UNICODE_CHARACTER_CLASS));
        }
        return List.copyOf(patterns);
    }

    /** The meaningful lines of a bundled resource: trimmed, without blanks and '#' comments. */
    static List<String> lines(String resource) {
        try (InputStream in = Boilerplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    lines.add(t);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
