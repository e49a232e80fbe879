package org.newsgraph.query;

import java.util.List;
import java.util.Objects;

/** A fact as the news reports it: the sentences that say so, and how many independent outlets they come from. */
public interface Reported {

    /** Distinct outlets among the articles of the sources, copies of another article left out. */
    int corroboration();

    List<Source> sources();

    /** The outlets of all sources, copies included, each once, in alphabetical order. */
    default List<String> outlets() {
        return sources().stream().map(Source::outlet).filter(Objects::nonNull).distinct().sorted().toList();
    }
}
