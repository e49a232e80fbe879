package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * Mends what CoreNLP's tokenizer does to American party-and-state tags when hyphenated words are kept whole:
 * "Rep. Jane Doe (R-Neb.) said" becomes "R-Neb" plus a sentence-ending period, and the sentence breaks before
 * "said", losing the speaker. The period goes back into the tag ("R-Neb.") and the sentence runs on when the
 * next one starts in lower case. Runs after sentence splitting, before tagging.
 */
final class AffiliationJoiner {

    /** "R-Neb", "D-Calif", "I-Vt", "R-N.C": party letter, hyphen, state abbreviation. */
    private static final Pattern TAG = Pattern.compile("[A-Z]-[A-Z][A-Za-z.]{0,5}");

    private AffiliationJoiner() {
    }

    static void join(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.isEmpty()) {
            return;
        }
        List<List<CoreLabel>> groups = new ArrayList<>();
        boolean changed = false;
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = new ArrayList<>(sentence.get(CoreAnnotations.TokensAnnotation.class));
            changed |= fuseTagPeriods(tokens);
            List<CoreLabel> previous = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (previous != null && endsWithTag(previous) && startsLowerCase(tokens)) {
                previous.addAll(tokens);
                changed = true;
            } else {
                groups.add(tokens);
            }
        }
        if (!changed) {
            return;
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreLabel> all = new ArrayList<>();
        List<CoreMap> joined = new ArrayList<>();
        for (List<CoreLabel> tokens : groups) {
            CoreMap s = new ArrayCoreMap();
            int begin = tokens.get(0).beginPosition();
            int end = tokens.get(tokens.size() - 1).endPosition();
            s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
            s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            s.set(CoreAnnotations.TokensAnnotation.class, tokens);
            s.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
            s.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + tokens.size());
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, joined.size());
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                t.setIndex(i + 1);
                t.setSentIndex(joined.size());
                t.set(CoreAnnotations.TokenBeginAnnotation.class, all.size() + i);
                t.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + i + 1);
            }
            all.addAll(tokens);
            joined.add(s);
        }
        doc.set(CoreAnnotations.TokensAnnotation.class, all);
        doc.set(CoreAnnotations.SentencesAnnotation.class, joined);
    }

    /** "R-Neb" followed at once by "." becomes "R-Neb."; true when any was fused. */
    private static boolean fuseTagPeriods(List<CoreLabel> tokens) {
        boolean fused = false;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            CoreLabel dot = tokens.get(i + 1);
            if (TAG.matcher(t.word()).matches() && ".".equals(dot.word()) && dot.beginPosition() == t.endPosition()
                    && i > 0 && "(".equals(tokens.get(i - 1).originalText())) {
                String word = t.word() + ".";
                t.setWord(word);
                t.setValue(word);
                t.setOriginalText(t.originalText() + ".");
                t.setEndPosition(dot.endPosition());
                tokens.remove(i + 1);
                fused = true;
            }
        }
        return fused;
    }

    /** The sentence ends "( R-Neb. )". */
    private static boolean endsWithTag(List<CoreLabel> tokens) {
        int n = tokens.size();
        return n >= 2 && ")".equals(tokens.get(n - 1).originalText())
                && tokens.get(n - 2).word().endsWith(".") && TAG.matcher(tokens.get(n - 2).word()).matches();
    }

    private static boolean startsLowerCase(List<CoreLabel> tokens) {
        String first = tokens.get(0).word();
        return !first.isEmpty() && Character.isLowerCase(first.charAt(0));
    }
}
