package org.newsgraph.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * General world geography from {@code lexicon/places.tsv}: continents, countries, regions, cities and seats of
 * government, each with the place that contains it. Resolution uses it to see that a meeting "in Munich" and
 * one "in Bavaria" can be the same meeting, while "in Paris" and "in Bavaria" cannot.
 */
public final class Gazetteer {

    public enum Kind { CONTINENT, COUNTRY, REGION, CITY, SEAT }

    public record Place(String name, Kind kind, String parent) {
    }

    private static Gazetteer instance;

    private final Map<String, Place> byName = new HashMap<>();
    private final Map<String, Place> byKey = new HashMap<>();

    private Gazetteer(List<String> rows) {
        for (String row : rows) {
            String[] f = row.split("\t", -1);
            Place p = new Place(f[0].strip(), Kind.valueOf(f[1].strip()), f[2].isBlank() ? null : f[2].strip());
            byName.put(p.name(), p);
            // A name's own entry wins over another entry's variant ("Georgia" the country vs a state's variant).
            byKey.put(key(p.name()), p);
        }
        for (String row : rows) {
            String[] f = row.split("\t", -1);
            if (f.length > 3 && !f[3].isBlank()) {
                for (String other : f[3].split(";")) {
                    byKey.putIfAbsent(key(other), byName.get(f[0].strip()));
                }
            }
        }
    }

    public static synchronized Gazetteer get() {
        if (instance == null) {
            instance = new Gazetteer(Lexicon.lines("places.tsv"));
        }
        return instance;
    }

    public Optional<Place> find(String name) {
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /** True when {@code inner} is {@code outer} or lies within it. */
    public boolean within(Place inner, Place outer) {
        for (Place p = inner; p != null; p = p.parent() == null ? null : byName.get(p.parent())) {
            if (p.equals(outer)) {
                return true;
            }
        }
        return false;
    }

    /** How many places contain this one: a city is deeper than its country. */
    public int depth(Place place) {
        int d = 0;
        for (Place p = place; p.parent() != null && byName.containsKey(p.parent()); p = byName.get(p.parent())) {
            d++;
        }
        return d;
    }

    private static String key(String name) {
        String k = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("’", "'").replaceAll("'s$", "").replace(".", "").strip();
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        return k.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
