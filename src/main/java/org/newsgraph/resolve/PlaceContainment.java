package org.newsgraph.resolve;

/**
 * Whether two places (actor ids) can be the place of one event. For now only the same place is; knowing
 * that one lies within the other ("Miami" in "Florida") needs a gazetteer.
 */
final class PlaceContainment {

    boolean compatible(String placeA, String placeB) {
        return placeA.equals(placeB);
    }
}
