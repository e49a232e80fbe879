package org.newsgraph.eval;

import java.util.Locale;

/** What is scored, one score per category: the kinds of fact in the export, plus the actors they refer to. */
public enum Category {
    ACTORS, MEETINGS, CRITICISMS, STATEMENTS, ROLES;

    /** The name used in the export, in floors files and in the report: {@code meetings}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category ofKey(String key) {
        for (Category c : values()) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category '" + key + "'; expected one of actors, meetings, criticisms, statements, roles");
    }
}
