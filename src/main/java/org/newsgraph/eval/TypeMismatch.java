package org.newsgraph.eval;

/** A system actor aligned to a gold actor of another type: it still counts as found, but is worth a look. */
public record TypeMismatch(String goldName, String goldType, String systemName, String systemType) {
}
