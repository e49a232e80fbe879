package org.newsgraph.eval;

import java.util.Locale;

/** The measures reported for each category and checked against floors. */
public enum Metric {
    PRECISION, RECALL, F1;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Metric ofKey(String key) {
        for (Metric m : values()) {
            if (m.key().equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + key + "'; expected precision, recall or f1");
    }
}
