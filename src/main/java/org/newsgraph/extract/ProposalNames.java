package org.newsgraph.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered plan is known by its number: "the 28-point draft", "a 28-point US peace plan" and "the original
 * 28-point proposal" are one plan in every article that numbers it so.
 */
public final class ProposalNames {

    private static final Pattern NUMBERED = Pattern.compile("\\b(\\d+)[- ]([a-z]+?)s?\\b");

    private ProposalNames() {
    }

    /** "28-point plan" for any name with a number and a count noun; empty for other names. */
    public static Optional<String> numbered(String name) {
        Matcher m = NUMBERED.matcher(name.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (ClaimRules.isCountNoun(m.group(2))) {
                return Optional.of(m.group(1) + "-" + m.group(2) + " plan");
            }
        }
        return Optional.empty();
    }

    /** The key under which a proposal's name finds its actor. */
    public static String key(String name) {
        return numbered(name).orElse(name.toLowerCase(Locale.ROOT).replace(".", "").strip());
    }
}
