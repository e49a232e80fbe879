package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.newsgraph.extract.ActorRef;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.Nicknames;
import org.newsgraph.extract.PersonName;

/**
 * Maps an article's actors to graph-wide actors. A merge needs positive evidence: the same alias key (same
 * name after transliteration, nickname and honorific folding), or a given name that is a variant of the only
 * known person with that surname, or a bare surname that only one known person carries. Anything weaker
 * becomes a new actor plus a {@link Resolved.PossibleMatch} for a person to decide.
 */
final class ActorResolver {

    private static final double SIMILAR_GIVEN = 0.85;

    private final Lexicon lexicon;
    private final Nicknames nicknames;
    private final NameKeys keys;
    private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();

    ActorResolver(Lexicon lexicon, Nicknames nicknames) {
        this.lexicon = lexicon;
        this.nicknames = nicknames;
        this.keys = new NameKeys(lexicon, nicknames);
    }

    /**
     * @param proposerKey for a proposal whose maker is known, the key under which other articles' proposals of the
     *                    same kind by the same actor are found ("Acme's bid" and "an offer from Acme"); else null
     */
    Resolved.Actor resolve(ActorRef ref, String proposerKey, GraphView view, List<Resolved.PossibleMatch> possibleOut) {
        List<Resolved.PossibleMatch> possible = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        names.add(ref.name());
        names.addAll(ref.aliases());
        List<String> aliasKeys = new ArrayList<>();
        for (String n : names) {
            keys.key(n, ref.type()).ifPresent(aliasKeys::add);
        }
        if (proposerKey != null) {
            aliasKeys.add(proposerKey);
        }
        String surnameKey = ref.type() == ActorType.PERSON ? PersonName.parse(ref.name(), lexicon).surnameKey() : null;
        boolean surnameOnly = ref.type() == ActorType.PERSON && PersonName.parse(ref.name(), lexicon).surnameOnly();
        if (surnameOnly) {
            aliasKeys.add(NameKeys.surnameOnlyKey(surnameKey));
        }
        List<String> exactKeys = names.stream().map(NameKeys::exactKey).toList();
        List<String> lookup = new ArrayList<>(aliasKeys);
        lookup.addAll(exactKeys);
        Map<String, String> found = view.actorsByAliasKey(lookup);
        Optional<String> curated = exactKeys.stream().filter(found::containsKey).map(found::get).findFirst();
        exactKeys.forEach(found::remove);

        String id = null;
        String rule;
        Optional<String> mainKey = keys.key(ref.name(), ref.type());
        if (curated.isPresent()) {
            id = curated.get();
            rule = "curated";
        } else if (mainKey.isPresent() && found.containsKey(mainKey.get())) {
            id = found.get(mainKey.get());
            rule = "same-name";
        } else if (!found.isEmpty() && !surnameOnly) {
            id = found.values().iterator().next();
            rule = "same-alias";
        } else if (ref.type() == ActorType.PERSON) {
            Match m = matchPerson(ref, surnameKey, surnameOnly, view, possible);
            id = m == null ? null : m.id();
            rule = m == null ? "new" : m.rule();
            if (id == null && surnameOnly && !found.isEmpty()) {
                id = found.values().iterator().next();
                rule = "same-surname-only";
            }
        } else {
            rule = "new";
        }
        if (id == null) {
            id = Ids.of(prefix(ref.type()), mainKey.orElse(NameKeys.surnameOnlyKey(String.valueOf(surnameKey))));
        }
        List<Resolved.AliasKey> aliasKeyRecords = new ArrayList<>();
        for (String n : names) {
            String r = rule;
            keys.key(n, ref.type()).ifPresent(k -> aliasKeyRecords.add(new Resolved.AliasKey(k, n, r)));
        }
        if (surnameOnly) {
            aliasKeyRecords.add(new Resolved.AliasKey(NameKeys.surnameOnlyKey(surnameKey), ref.name(), rule));
        }
        if (proposerKey != null) {
            aliasKeyRecords.add(new Resolved.AliasKey(proposerKey, ref.name(), rule));
        }
        String actorId = id;
        possible.stream()
                .filter(p -> !p.other().equals(actorId))
                .map(p -> new Resolved.PossibleMatch(actorId, p.other(), p.score(), p.reason()))
                .forEach(possibleOut::add);
        boolean hub = ref.type() == ActorType.PLACE && lexicon.country(ref.name()).isPresent();
        return new Resolved.Actor(id, ref.name(), ref.type(), new ArrayList<>(names), dedupe(aliasKeyRecords),
                surnameKey, ref.mentions(), hub, rule);
    }

    private static List<Resolved.AliasKey> dedupe(List<Resolved.AliasKey> in) {
        Set<String> seen = new LinkedHashSet<>();
        List<Resolved.AliasKey> out = new ArrayList<>();
        for (Resolved.AliasKey k : in) {
            if (seen.add(k.key())) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * A person with a known surname: the single known person whose given name is a variant of this one
     * (or, for a bare surname, the single known person with that surname). Similar but unproven given names
     * are recorded as possible matches.
     */
    private record Match(String id, String rule) {
    }

    private Match matchPerson(ActorRef ref, String surnameKey, boolean surnameOnly, GraphView view,
                              List<Resolved.PossibleMatch> possible) {
        PersonName name = PersonName.parse(ref.name(), lexicon);
        List<Known.Actor> bySurname = view.personsBySurname(surnameKey);
        List<Known.Actor> sameSurname = bySurname.stream()
                .filter(a -> !PersonName.parse(a.name(), lexicon).surnameOnly())
                .toList();
        if (surnameOnly) {
            if (sameSurname.size() == 1) {
                return new Match(sameSurname.get(0).id(), "surname-unique-in-corpus");
            }
            sameSurname.forEach(a -> possible.add(new Resolved.PossibleMatch(null, a.id(), 0.5,
                    "bare surname \"" + ref.name() + "\" shared by several people")));
            return null;
        }
        List<Known.Actor> compatible = new ArrayList<>();
        for (Known.Actor a : sameSurname) {
            PersonName other = PersonName.parse(a.name(), lexicon);
            if (name.peerage() != null || other.peerage() != null) {
                continue;
            }
            if (name.givenCompatible(other, nicknames)) {
                compatible.add(a);
            } else if (!other.given().isEmpty() && !name.given().isEmpty()) {
                double score = similarity.apply(PersonName.fold(name.given().get(0)), PersonName.fold(other.given().get(0)));
                if (score >= SIMILAR_GIVEN) {
                    possible.add(new Resolved.PossibleMatch(null, a.id(), score,
                            "same surname, similar given names \"" + ref.name() + "\" and \"" + a.name() + "\""));
                }
            }
        }
        if (compatible.size() == 1) {
            return new Match(compatible.get(0).id(), "given-name-variant");
        }
        if (sameSurname.isEmpty() && name.peerage() == null) {
            // "Carrick" from an earlier article, now "Nadia Carrick": the only person of that surname, as a bare
            // surname would join her if the articles came the other way round.
            List<Known.Actor> bare = bySurname.stream().filter(a -> PersonName.parse(a.name(), lexicon).surnameOnly()).toList();
            if (bare.size() == 1) {
                return new Match(bare.get(0).id(), "surname-named-in-full");
            }
        }
        compatible.forEach(a -> possible.add(new Resolved.PossibleMatch(null, a.id(), 0.7,
                "\"" + ref.name() + "\" fits several people named " + name.surname())));
        return null;
    }

    private static String prefix(ActorType type) {
        return switch (type) {
            case PERSON -> "per";
            case ORGANIZATION -> "org";
            case PLACE -> "plc";
            case GROUP -> "grp";
            case PROPOSAL -> "prp";
        };
    }
}
