package org.newsgraph.extract;

import java.util.List;

/**
 * Words attributed to a speaker: a direct quote, or reported speech with a clear speaker.
 *
 * @param speaker  local actor id
 * @param text     the quoted words, or the reported clause for indirect speech
 * @param direct   true for words inside quote marks
 * @param date     when it was said, or null when the text does not say
 * @param about    local actor ids the words are about
 * @param evidence the sentence that attributes it
 */
public record Statement(String speaker, String text, boolean direct, PartialDate date, List<String> about,
                        Evidence evidence) {

    public Statement {
        about = List.copyOf(about);
    }
}
