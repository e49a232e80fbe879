package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Numbers stated about a numbered plan: "the plan was pared down from 28 points to 19", "it was reduced to
 * around 20 points". The plan is the one the sentence numbers ("from 28 points"), or the last numbered plan the
 * article mentioned within a few sentences. Token patterns suffice here: the words are few and fixed in order.
 */
final class ClaimRules {

    private static final Set<String> CHANGE = new HashSet<>(Lexicon.lines("change-verbs.txt"));
    private static final Set<String> COUNT_NOUNS = new HashSet<>(Lexicon.lines("count-nouns.txt"));
    private static final Set<String> APPROXIMATE = new HashSet<>(Lexicon.lines("approximators.txt"));
    /** How far back a numbered plan can be and still be what "it" or "the plan" means. */
    private static final int LOOKBACK = 4;

    private final ActorTable table;

    ClaimRules(ActorTable table) {
        this.table = table;
    }

    static boolean isCountNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return COUNT_NOUNS.contains(w) || w.endsWith("s") && COUNT_NOUNS.contains(w.substring(0, w.length() - 1));
    }

    List<Claim> find(List<Sentence> sentences) {
        List<Claim> out = new ArrayList<>();
        String lastPlan = null;
        int lastPlanSentence = -LOOKBACK - 1;
        for (Sentence s : sentences) {
            Optional<String> named = numberedPlanIn(s);
            Optional<Claim> claim = revision(s, s.index - lastPlanSentence <= LOOKBACK ? lastPlan : null);
            claim.ifPresent(out::add);
            if (named.isPresent()) {
                lastPlan = named.get();
                lastPlanSentence = s.index;
            }
        }
        return out;
    }

    /** "a 28-point draft" names the 28-point plan. */
    private static Optional<String> numberedPlanIn(Sentence s) {
        for (int t = 1; t <= s.tokens.size(); t++) {
            Optional<String> n = ProposalNames.numbered(s.word(t));
            if (n.isPresent()) {
                return n;
            }
        }
        return Optional.empty();
    }

    /** A change verb, then "to [about] N [nouns]", optionally with "from M nouns" saying which plan. */
    private Optional<Claim> revision(Sentence s, String recentPlan) {
        int verb = -1;
        for (int t = 1; t <= s.tokens.size(); t++) {
            if (CHANGE.contains(s.lemma(t).toLowerCase(Locale.ROOT)) && s.tag(t).startsWith("VB")) {
                verb = t;
                break;
            }
        }
        if (verb < 0) {
            return Optional.empty();
        }
        String fromNoun = null;
        String fromNumber = null;
        int to = -1;
        for (int t = verb + 1; t < s.tokens.size(); t++) {
            String w = s.word(t).toLowerCase(Locale.ROOT);
            if (w.equals("from") && number(s, t + 1) != null && t + 2 <= s.tokens.size() && isCountNoun(s.word(t + 2))) {
                fromNumber = s.word(t + 1);
                fromNoun = singular(s.word(t + 2));
            }
            if (w.equals("to") && to < 0) {
                to = t;
            }
        }
        if (to < 0) {
            return Optional.empty();
        }
        int n = to + 1;
        boolean approximate = false;
        while (n <= s.tokens.size() && APPROXIMATE.contains(s.word(n).toLowerCase(Locale.ROOT))) {
            approximate = true;
            n++;
        }
        Double value = n <= s.tokens.size() ? number(s, n) : null;
        if (value == null) {
            return Optional.empty();
        }
        String noun = n + 1 <= s.tokens.size() && isCountNoun(s.word(n + 1)) ? singular(s.word(n + 1)) : fromNoun;
        if (noun == null) {
            return Optional.empty();
        }
        String plan = fromNumber != null ? fromNumber + "-" + fromNoun + " plan" : recentPlan;
        if (plan == null) {
            return Optional.empty();
        }
        int last = noun.equals(fromNoun) && !(n + 1 <= s.tokens.size() && isCountNoun(s.word(n + 1))) ? n : n + 1;
        String subject = table.named(plan, ActorType.PROPOSAL);
        return Optional.of(new Claim(subject, noun + "s after revision", value, approximate, s.span(to + 1, last),
                s.evidence(0.7, "claim:revised-size")));
    }

    /** A number token: digits, or a number word CoreNLP normalized. */
    private static Double number(Sentence s, int t) {
        if (t > s.tokens.size() || !s.tag(t).equals("CD")) {
            return null;
        }
        String value = s.normalized(t) != null ? s.normalized(t) : s.word(t).replace(",", "");
        try {
            return Double.parseDouble(value.replaceAll("^[~<>=]+", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String singular(String noun) {
        String w = noun.toLowerCase(Locale.ROOT);
        return COUNT_NOUNS.contains(w) ? w : w.substring(0, w.length() - 1);
    }
}
