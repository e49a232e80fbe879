package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Given-name variants from {@code lexicon/nicknames.tsv}: Bob and Robert, Steve and Steven, Sasha and Alexander. */
public final class Nicknames {

    private final Map<String, Set<String>> groups = new HashMap<>();

    private static final class Holder {
        static final Nicknames INSTANCE = new Nicknames();
    }

    public static Nicknames get() {
        return Holder.INSTANCE;
    }

    private Nicknames() {
        try (InputStream in = Nicknames.class.getClassLoader().getResourceAsStream("lexicon/nicknames.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing word list lexicon/nicknames.tsv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String canonical = PersonName.fold(f[0]);
                add(canonical, canonical);
                if (f.length > 1) {
                    for (String variant : f[1].split(";")) {
                        add(PersonName.fold(variant), canonical);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon/nicknames.tsv", e);
        }
    }

    private void add(String variant, String canonical) {
        groups.computeIfAbsent(variant, k -> new HashSet<>()).add(canonical);
    }

    /** The canonical given name when the table knows exactly one for this variant ("Steve" → "stefen"). */
    public Optional<String> canonical(String given) {
        Set<String> g = groups.get(PersonName.fold(given));
        return g != null && g.size() == 1 ? Optional.of(g.iterator().next()) : Optional.empty();
    }

    /** True when the two given names are variants of one name in the table. */
    public boolean sameName(String a, String b) {
        Set<String> ga = groups.get(PersonName.fold(a));
        Set<String> gb = groups.get(PersonName.fold(b));
        if (ga == null || gb == null) {
            return false;
        }
        for (String g : ga) {
            if (gb.contains(g)) {
                return true;
            }
        }
        return false;
    }
}
