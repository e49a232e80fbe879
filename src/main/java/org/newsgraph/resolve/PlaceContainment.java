package org.newsgraph.resolve;

import java.util.Collection;
import java.util.Optional;

import org.newsgraph.extract.Gazetteer;

/**
 * Whether two places can be the place of one event: the same place, or one lying within the other by the
 * gazetteer ("Munich" within "Bavaria", "the Elysee Palace" within "Paris"). Places the gazetteer does not know
 * are compatible only with themselves, so unknown venues never merge events.
 */
final class PlaceContainment {

    /** A place actor, with the names it goes by. */
    record Named(String id, Collection<String> names) {
    }

    private final Gazetteer gazetteer;

    PlaceContainment(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    boolean compatible(Named a, Named b) {
        if (a.id().equals(b.id())) {
            return true;
        }
        Optional<Gazetteer.Place> pa = locate(a);
        Optional<Gazetteer.Place> pb = locate(b);
        return pa.isPresent() && pb.isPresent()
                && (gazetteer.within(pa.get(), pb.get()) || gazetteer.within(pb.get(), pa.get()));
    }

    /** How specific a place is; unknown places count as specific as a city. */
    int depth(Named place) {
        return locate(place).map(gazetteer::depth).orElse(3);
    }

    private Optional<Gazetteer.Place> locate(Named place) {
        for (String n : place.names()) {
            Optional<Gazetteer.Place> p = gazetteer.find(n);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }
}
