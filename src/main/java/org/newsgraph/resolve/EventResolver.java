package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.extract.PartialDate;

/**
 * One real-world event, one node. Reports of a meeting merge when they share participants and their dates
 * and places do not contradict each other; the values every source states are kept, and the node takes the
 * value most sources agree on and is marked disputed when they disagree.
 */
final class EventResolver {

    /** A meeting as reported in this article, with global actor ids, before merging. */
    record Report(Set<String> participants, PartialDate date, String place, MeetingStatus status, Evidence evidence) {
    }

    private final PlaceContainment places;
    /** Names of place actors, for the gazetteer; set per article. */
    private Function<String, Collection<String>> placeNames;

    EventResolver(PlaceContainment places) {
        this.places = places;
    }

    /** Merges this article's reports into meetings, each matched to a known meeting where one fits. */
    List<Resolved.Meeting> meetings(String articleId, List<Report> reports, GraphView view,
                                    Function<String, Collection<String>> placeNames) {
        this.placeNames = placeNames;
        List<List<Report>> groups = new ArrayList<>();
        for (Report r : reports) {
            List<Report> home = null;
            for (List<Report> g : groups) {
                if (sameMeeting(union(g), dateOf(g), placeOf(g), g.get(0).status(), r)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(r);
        }
        List<Resolved.Meeting> out = new ArrayList<>();
        Set<String> usedKnown = new HashSet<>();
        for (List<Report> g : groups) {
            Set<String> participants = union(g);
            PartialDate date = dateOf(g);
            String place = placeOf(g);
            MeetingStatus status = g.get(0).status();
            Known.Meeting known = null;
            for (Known.Meeting k : view.meetingsOf(participants)) {
                if (!usedKnown.contains(k.id()) && k.status() == status
                        && sameMeeting(k.participants(), consensusDate(k.claims()), consensusPlace(k.claims()), k.status(),
                                new Report(participants, date, place, status, null))) {
                    known = k;
                    break;
                }
            }
            List<Known.Claim> claims = new ArrayList<>();
            Set<String> all = new LinkedHashSet<>();
            String id;
            if (known != null) {
                usedKnown.add(known.id());
                id = known.id();
                claims.addAll(known.claims());
                all.addAll(known.participants());
            } else {
                Evidence first = g.get(0).evidence();
                id = Ids.of("mtg", articleId, Integer.toString(first.sentenceIndex()), first.rule());
            }
            all.addAll(participants);
            List<Resolved.Source> sources = new ArrayList<>();
            for (Report r : g) {
                sources.add(new Resolved.Source(r.evidence(), r.date(), r.place()));
                claims.add(new Known.Claim(articleId, r.date(), r.place()));
            }
            PartialDate consensusDate = consensusDate(claims);
            String consensusPlace = mostSpecificPlace(claims);
            boolean disputed = disagree(claims);
            out.add(new Resolved.Meeting(id, new ArrayList<>(all), consensusDate, consensusPlace, status, disputed, sources));
        }
        return out;
    }

    /**
     * Shared participants and no contradiction make one meeting, if one report's participants contain the
     * other's or something positive ties them (the same known day, or places both given and compatible): two
     * envoys meeting a president, and the same envoys meeting a minister earlier that week, are two meetings.
     * One shared participant needs the same known day ("X joined the talks on Tuesday").
     */
    private boolean sameMeeting(Set<String> participants, PartialDate date, String place, MeetingStatus status, Report r) {
        if (status != r.status()) {
            return false;
        }
        int shared = 0;
        for (String p : r.participants()) {
            if (participants.contains(p)) {
                shared++;
            }
        }
        boolean datesFit = date == null || r.date() == null || date.compatibleWith(r.date());
        boolean placesFit = place == null || r.place() == null || places.compatible(named(place), named(r.place()));
        if (!datesFit || !placesFit) {
            return false;
        }
        boolean sameDay = date != null && r.date() != null
                && date.precision() == PartialDate.Precision.DAY && date.equals(r.date());
        if (shared >= 2) {
            boolean nested = shared == r.participants().size() || shared == participants.size();
            boolean samePlace = place != null && r.place() != null;
            return nested || sameDay || samePlace;
        }
        return shared == 1 && sameDay;
    }

    private static Set<String> union(List<Report> reports) {
        Set<String> out = new LinkedHashSet<>();
        reports.forEach(r -> out.addAll(r.participants()));
        return out;
    }

    private static PartialDate dateOf(List<Report> reports) {
        return reports.stream().map(Report::date).filter(d -> d != null).findFirst().orElse(null);
    }

    private static String placeOf(List<Report> reports) {
        return reports.stream().map(Report::place).filter(p -> p != null).findFirst().orElse(null);
    }

    /** The date most sources state; among equals the most precise, then the earliest. */
    static PartialDate consensusDate(Collection<Known.Claim> claims) {
        Map<PartialDate, Integer> votes = new HashMap<>();
        for (Known.Claim c : claims) {
            if (c.date() != null) {
                votes.merge(c.date(), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream()
                .sorted((a, b) -> {
                    int byVotes = Integer.compare(b.getValue(), a.getValue());
                    if (byVotes != 0) {
                        return byVotes;
                    }
                    int byPrecision = Integer.compare(b.getKey().iso().length(), a.getKey().iso().length());
                    return byPrecision != 0 ? byPrecision : a.getKey().compareTo(b.getKey());
                })
                .map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    static String consensusPlace(Collection<Known.Claim> claims) {
        Map<String, Integer> votes = new HashMap<>();
        for (Known.Claim c : claims) {
            if (c.place() != null) {
                votes.merge(c.place(), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream()
                .sorted((a, b) -> b.getValue().equals(a.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue())
                .map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** Sources disagree when two dates are incompatible or two places cannot be one. */
    private boolean disagree(List<Known.Claim> claims) {
        List<PartialDate> dates = claims.stream().map(Known.Claim::date).filter(d -> d != null).toList();
        for (PartialDate a : dates) {
            for (PartialDate b : dates) {
                if (!a.compatibleWith(b)) {
                    return true;
                }
            }
        }
        List<String> placesSaid = claims.stream().map(Known.Claim::place).filter(p -> p != null).distinct().toList();
        for (String a : placesSaid) {
            for (String b : placesSaid) {
                if (!places.compatible(named(a), named(b))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where sources name one place at different levels ("Bavaria", "Munich") the node takes the most specific;
     * where they contradict each other it takes the one most sources state.
     */
    private String mostSpecificPlace(List<Known.Claim> claims) {
        if (disagree(claims)) {
            return consensusPlace(claims);
        }
        return claims.stream().map(Known.Claim::place).filter(p -> p != null).distinct()
                .max((a, b) -> Integer.compare(places.depth(named(a)), places.depth(named(b))))
                .orElse(null);
    }

    private PlaceContainment.Named named(String placeId) {
        return new PlaceContainment.Named(placeId, placeNames.apply(placeId));
    }

    /** Normalized statement text for matching two spellings or lengths of one quote. */
    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[‘’“”\"']", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Same quote when one contains the other, or most of their words are shared. */
    static boolean sameWords(String a, String b) {
        String na = normalize(a);
        String nb = normalize(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return false;
        }
        if (na.contains(nb) || nb.contains(na)) {
            return true;
        }
        Set<String> wa = new HashSet<>(List.of(na.split(" ")));
        Set<String> wb = new HashSet<>(List.of(nb.split(" ")));
        Set<String> both = new HashSet<>(wa);
        both.retainAll(wb);
        Set<String> either = new HashSet<>(wa);
        either.addAll(wb);
        return both.size() >= 0.8 * either.size();
    }
}
