package org.newsgraph.source;

import java.time.LocalDate;
import java.util.List;

/**
 * One article as read from a file or URL: cleaned body text plus the metadata found in it.
 *
 * @param source    the path or URL it was read from, as given
 * @param title     the headline, or null when none was found
 * @param outlet    the publishing outlet, or null when the text does not say
 * @param published the publication date, or null when the text does not say
 * @param authors   bylines; metadata only, never actors in events
 * @param url       the original URL, or null
 * @param text      the body: paragraphs separated by a blank line, without title, bylines or boilerplate
 * @param language  ISO 639-1 code of the detected language, e.g. "en"
 * @param warnings  problems that did not stop reading, e.g. invalid UTF-8 that was replaced
 */
public record Document(String source, String title, String outlet, LocalDate published, List<String> authors,
                       String url, String text, String language, List<String> warnings) {

    public Document {
        authors = List.copyOf(authors);
        warnings = List.copyOf(warnings);
    }
}
