package org.newsgraph.source;

import java.time.LocalDate;
import java.util.List;

/** What a format states about its article outside the body text (HTML meta tags, Markdown front matter, PDF info). */
record Metadata(String title, String outlet, LocalDate published, List<String> authors, String url) {

    static final Metadata NONE = new Metadata(null, null, null, List.of(), null);

    Metadata {
        authors = List.copyOf(authors);
        title = blankToNull(title);
        outlet = blankToNull(outlet);
        url = blankToNull(url);
    }

    /** This, with the fields it lacks taken from {@code other}. */
    Metadata orElse(Metadata other) {
        return new Metadata(title != null ? title : other.title, outlet != null ? outlet : other.outlet,
                published != null ? published : other.published, authors.isEmpty() ? other.authors : authors,
                url != null ? url : other.url);
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }
}
