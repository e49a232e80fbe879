package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;

/**
 * What a reader keeps in mind while reading: which tokens are inside quotes, and which person a pronoun
 * most likely points back to. No coreference model; news prose names its subject and then says "he".
 */
final class Discourse {

    private final ActorTable table;
    private final List<Sentence> sentences;
    private final boolean[][] quoted;

    Discourse(ActorTable table, List<Sentence> sentences, boolean[][] quoted) {
        this.table = table;
        this.sentences = sentences;
        this.quoted = quoted;
    }

    boolean inQuote(int sentence, int token) {
        return quoted[sentence][token];
    }

    /**
     * The person a pronoun at this position refers to: the nearest person named before it in the same
     * sentence, else the subject (or first-named person) of the closest earlier sentence in the same or the
     * previous paragraph. Names inside quotes are skipped: in "'I met Smith,' he said", he is not Smith.
     */
    Optional<String> personBefore(int sentence, int token) {
        return personBefore(sentence, token, java.util.Set.of());
    }

    /** Same, never one of {@code excluded} ("she and Lasko met": she is not Lasko). */
    Optional<String> personBefore(int sentence, int token, java.util.Set<String> excluded) {
        Sentence here = sentences.get(sentence);
        // In the same sentence a subject is the likelier antecedent ("Smith praised X and accused Y, whom he …");
        // names inside "Asked about X, he said" are what he was asked about.
        Optional<String> nearest = Optional.empty();
        for (int t = token - 1; t >= 1; t--) {
            Optional<String> p = personAt(here, t).filter(id -> !excluded.contains(id));
            if (p.isEmpty() || insideQuestion(here, t)) {
                continue;
            }
            if (isSubject(here, t)) {
                return p;
            }
            if (nearest.isEmpty()) {
                nearest = p;
            }
        }
        if (nearest.isPresent()) {
            return nearest;
        }
        for (int si = sentence - 1; si >= 0 && si >= sentence - 4; si--) {
            Sentence s = sentences.get(si);
            if (here.paragraph - s.paragraph > 1) {
                break;
            }
            Optional<String> subject = Optional.empty();
            Optional<String> first = Optional.empty();
            for (int t = 1; t <= s.tokens.size(); t++) {
                Optional<String> p = personAt(s, t).filter(id -> !excluded.contains(id));
                if (p.isEmpty()) {
                    continue;
                }
                if (first.isEmpty()) {
                    first = p;
                }
                if (subject.isEmpty() && s.parsed() && s.node(t) != null
                        && Graphs.relationToParent(s.graph, s.node(t)).startsWith("nsubj")) {
                    subject = p;
                }
            }
            if (subject.isPresent()) {
                return subject;
            }
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }

    private static boolean isSubject(Sentence s, int t) {
        if (!s.parsed() || s.node(t) == null) {
            return false;
        }
        return Graphs.relationToParent(s.graph, s.node(t)).startsWith("nsubj");
    }

    /** Inside "Asked (on Tuesday) whether …," at the start of the sentence. */
    private static boolean insideQuestion(Sentence s, int t) {
        if (!(s.word(1).equalsIgnoreCase("asked") || s.word(1).equalsIgnoreCase("questioned")
                || s.word(1).equalsIgnoreCase("pressed"))) {
            return false;
        }
        for (int i = 2; i < t; i++) {
            if (s.word(i).equals(",")) {
                return false;
            }
        }
        return true;
    }

    private Optional<String> personAt(Sentence s, int t) {
        if (quoted[s.index][t]) {
            return Optional.empty();
        }
        return table.at(s.index, t)
                .map(ActorTable.Mention::localId)
                .filter(id -> table.type(id) == ActorType.PERSON);
    }
}
