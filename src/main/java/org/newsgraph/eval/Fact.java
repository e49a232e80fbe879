package org.newsgraph.eval;

/**
 * A fact in readable form, for the lists of misses and false facts: names instead of ids, and where it came from.
 *
 * @param text     e.g. {@code Haruka Ishizuka — Kwon Min-seok (HELD)}
 * @param article  the file (or URL) of the first source, or null when the fact has no source
 * @param sentence the first source sentence, or null when none is given
 */
public record Fact(String text, String article, String sentence) {
}
