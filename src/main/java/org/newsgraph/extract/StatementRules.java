package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Who said what. Direct quotes are attributed by news conventions: a speech verb in the sentence the quote
 * ends or starts in ("…," the aide said / She said: "…"), "according to X", a lead-in sentence ending in a
 * colon, or, for a quote that opens a paragraph with no attribution of its own, the speaker of the quote just
 * before it. Reported speech ("X said on Tuesday that …") is a statement too, with the reported clause as text.
 */
final class StatementRules {

    /** A direct quote with the verb and speaker that were found for it. */
    private record Attributed(QuoteSpan quote, int sentence, IndexedWord verb, String speaker, String rule) {
    }

    private final Lexicon lexicon;
    private final ActorTable table;
    private final Arguments args;
    private final Discourse discourse;
    private final List<Sentence> sentences;
    private final LocalDate published;

    StatementRules(Lexicon lexicon, ActorTable table, Arguments args, Discourse discourse, List<Sentence> sentences,
                   LocalDate published) {
        this.lexicon = lexicon;
        this.table = table;
        this.args = args;
        this.discourse = discourse;
        this.sentences = sentences;
        this.published = published;
    }

    List<Statement> find(List<QuoteSpan> quotes) {
        List<Statement> out = new ArrayList<>();
        List<Attributed> attributed = attributeQuotes(quotes);
        Set<String> usedVerbs = new HashSet<>();
        for (int i = 0; i < attributed.size(); i++) {
            Attributed a = attributed.get(i);
            StringBuilder text = new StringBuilder(a.quote().inner());
            // Parts of one quote interrupted by its attribution ("…," he said, "…") or running on into the next
            // paragraph are one statement.
            Attributed last = a;
            while (i + 1 < attributed.size() && continues(last, attributed.get(i + 1))) {
                i++;
                last = attributed.get(i);
                text.append(' ').append(last.quote().inner());
            }
            Sentence s = sentences.get(a.sentence());
            if (a.verb() != null) {
                usedVerbs.add(a.sentence() + ":" + a.verb().index());
            }
            PartialDate date = a.verb() == null ? null : Dates.attached(s, a.verb(), Modality.ACTUAL, published);
            int[] clause = last == a ? reportedAround(a, s) : null;
            if (clause != null) {
                // "said the union would 'resist any deal'": the quote finishes a reported clause, which is the claim.
                int begin = s.token(clause[0]).beginPosition();
                String words = clean(s.span(clause[0], clause[1]).replaceAll("[\"\u201c\u201d]", ""));
                out.add(new Statement(a.speaker(), words, false, date,
                        about(begin, a.quote().end(), a.speaker()), s.evidence(0.85, "quote-in-reported-clause")));
                continue;
            }
            String said = clean(text.toString());
            out.add(new Statement(a.speaker(), said, true, date, about(a.quote().begin(), a.quote().end(), a.speaker()),
                    s.evidence(a.rule().equals("quote-continuation") ? 0.7 : 0.9, a.rule())));
        }
        Set<Integer> quotedSentences = new HashSet<>();
        attributed.forEach(a -> quotedSentences.add(a.sentence()));
        for (Sentence s : sentences) {
            if (s.parsed()) {
                reported(s, usedVerbs, out);
                if (!quotedSentences.contains(s.index)) {
                    accordingTo(s, out);
                }
            }
        }
        return out;
    }

    /**
     * The tokens of a reported clause that a quote completes, when the parser did not give the speech verb that
     * clause as its complement ("said the union would 'resist …'" read as "said the union" plus an infinitive):
     * from after the verb to the sentence's end, when the words between verb and quote hold a finite verb or a
     * modal and no other speech verb. Null otherwise.
     */
    private int[] reportedAround(Attributed a, Sentence s) {
        if (a.verb() == null || !a.rule().equals("quote-said-before") || a.quote().end() > s.end) {
            return null;
        }
        int quoteStart = -1;
        for (int t = 1; t <= s.tokens.size() && quoteStart < 0; t++) {
            if (s.token(t).beginPosition() >= a.quote().begin()) {
                quoteStart = t;
            }
        }
        int v = a.verb().index();
        if (quoteStart <= v + 1) {
            return null;
        }
        boolean finite = false;
        for (int t = v + 1; t < quoteStart; t++) {
            String tag = s.tag(t);
            if (tag.startsWith("VB") && lexicon.isSpeechVerb(s.lemma(t))) {
                return null;
            }
            finite |= tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD");
        }
        if (!finite) {
            return null;
        }
        int lo = v + 1;
        int hi = s.tokens.size();
        while (lo < quoteStart && (s.word(lo).equalsIgnoreCase("that") || isPunctuation(s, lo))) {
            lo++;
        }
        while (hi > lo && isPunctuation(s, hi)) {
            hi--;
        }
        return new int[] {lo, hi};
    }

    /** "The delegation went to Bavaria, according to the president": the rest of the sentence is his claim. */
    private void accordingTo(Sentence s, List<Statement> out) {
        for (IndexedWord w : s.graph.vertexSet()) {
            if (!Graphs.relationToParent(s.graph, w).endsWith("according_to")) {
                continue;
            }
            Optional<String> speaker = args.one(s, w, Arguments.Accept.AGENTS);
            if (speaker.isEmpty()) {
                continue;
            }
            int[] ext = s.extent(w);
            int lo = ext[0];
            while (lo > 1 && (s.word(lo - 1).equalsIgnoreCase("to") || s.word(lo - 1).equalsIgnoreCase("according"))) {
                lo--;
            }
            String before = lo > 1 ? s.span(1, lo - 1) : "";
            String after = ext[1] < s.tokens.size() ? s.span(ext[1] + 1, s.tokens.size()) : "";
            String text = clean((before + " " + after).replaceAll("^[\\s,]+|[\\s,.]+$", ""));
            if (words(text) >= 3) {
                out.add(new Statement(speaker.get(), text, false, Dates.attached(s, w, Modality.ACTUAL, published),
                        about(s.begin, s.end, speaker.get()), s.evidence(0.7, "according-to")));
            }
        }
    }

    /**
     * The next part of one quotation: the same verb attributes both, the first part runs on past its paragraph,
     * or the attribution interrupts it ("…," she said. "…") and the second part opens the very next sentence.
     */
    private boolean continues(Attributed a, Attributed b) {
        if (!a.speaker().equals(b.speaker())) {
            return false;
        }
        boolean sameVerb = a.verb() != null && b.verb() != null && a.sentence() == b.sentence()
                && a.verb().index() == b.verb().index();
        if (sameVerb || !a.quote().closed()) {
            return true;
        }
        if (!b.rule().equals("quote-continuation")) {
            return false;
        }
        int aEnds = sentenceOf(Math.max(a.quote().begin(), a.quote().end() - 1));
        int attributionEnds = Math.max(aEnds, a.sentence());
        int bStarts = sentenceOf(b.quote().begin());
        return sentences.get(bStarts).paragraph == sentences.get(aEnds).paragraph
                && bStarts <= attributionEnds + 1;
    }

    private List<Attributed> attributeQuotes(List<QuoteSpan> quotes) {
        List<Attributed> out = new ArrayList<>();
        Attributed previous = null;
        for (int qi = 0; qi < quotes.size(); qi++) {
            QuoteSpan q = quotes.get(qi);
            if (words(q.inner()) == 0) {
                continue;
            }
            Attributed a = attribute(q, previous);
            // An unclosed quote takes the speaker of the part that closes it.
            if (a == null && !q.closed() && qi + 1 < quotes.size()) {
                Attributed next = attribute(quotes.get(qi + 1), null);
                if (next != null) {
                    a = new Attributed(q, sentenceOf(q.begin()), null, next.speaker(), "quote-run-on");
                }
            }
            // '"For those who …," X wrote, "it is clear …"': a first part the parser hung on the verb as a phrase,
            // not a clause, takes the attribution that stands between it and the second part.
            if (a == null && q.closed() && qi + 1 < quotes.size()) {
                Attributed next = attribute(quotes.get(qi + 1), null);
                if (next != null && next.verb() != null && next.sentence() == sentenceOf(q.begin())) {
                    int verbAt = sentences.get(next.sentence()).token(next.verb().index()).beginPosition();
                    if (verbAt > q.end() && verbAt < next.quote().begin()) {
                        a = new Attributed(q, next.sentence(), next.verb(), next.speaker(), "quote-said-after");
                    }
                }
            }
            if (a == null) {
                continue;
            }
            if (isEmbedded(q, a)) {
                // A scare quote inside reported speech ("said the plan 'looks better'") belongs to that clause.
                continue;
            }
            out.add(a);
            previous = a;
        }
        return out;
    }

    private Attributed attribute(QuoteSpan q, Attributed previous) {
        int first = sentenceOf(q.begin());
        int last = sentenceOf(Math.max(q.begin(), q.end() - 1));
        if (first < 0 || last < 0) {
            return null;
        }
        // After the quote in its last sentence, then before it in its first.
        Attributed found = verbIn(q, last, true);
        if (found == null) {
            found = verbIn(q, first, false);
        }
        if (found == null) {
            found = accordingTo(q, first, last);
        }
        if (found == null && first > 0) {
            Sentence lead = sentences.get(first - 1);
            if (lead.text.strip().endsWith(":") && lead.paragraph >= sentences.get(first).paragraph - 1) {
                found = verbIn(new QuoteSpan(lead.end, lead.end, "", true), first - 1, false);
                if (found != null) {
                    found = new Attributed(q, first - 1, found.verb(), found.speaker(), "quote-lead-in");
                }
            }
        }
        if (found == null && first == last) {
            found = evaluated(q, first);
        }
        if (found == null && previous != null && !namesSomeoneElse(q, first, last, previous.speaker())) {
            Sentence s = sentences.get(first);
            Sentence p = sentences.get(sentenceOf(previous.quote().begin()));
            boolean opensSentence = q.begin() <= s.begin + 1;
            if (opensSentence && s.paragraph - p.paragraph <= 1
                    && noOtherNameBetween(previous.quote().end(), q.begin(), previous.speaker())) {
                found = new Attributed(q, first, null, previous.speaker(), "quote-continuation");
            }
        }
        return found;
    }

    /**
     * A quote in the complement of a verb that judges or characterizes ("called the plan 'reckless'", "accused
     * him of 'playing politics'", "praised her for 'rolling her sleeves up'"): the words are the subject's.
     * The way up from the quote to the verb crosses no clausal complement (reported speech is read elsewhere).
     */
    private Attributed evaluated(QuoteSpan q, int si) {
        Sentence s = sentences.get(si);
        if (!s.parsed()) {
            return null;
        }
        IndexedWord head = quoteHead(q, s);
        if (head == null) {
            return null;
        }
        SemanticGraph g = s.graph;
        IndexedWord w = head;
        for (int depth = 0; depth < 4; depth++) {
            String rel = Graphs.relationToParent(s.basic, s.basic.getNodeByIndexSafe(w.index()));
            if (rel.equals("root") || rel.startsWith("ccomp") || rel.startsWith("parataxis") || rel.startsWith("csubj")) {
                return null;
            }
            IndexedWord up = Graphs.governor(s.basic, s.basic.getNodeByIndexSafe(w.index()));
            if (up == null) {
                return null;
            }
            w = s.node(up.index());
            if (w == null) {
                return null;
            }
            String tag = w.tag() == null ? "" : w.tag();
            if (tag.startsWith("VB") && lexicon.isEvaluationVerb(w.lemma()) && !inside(q, s, w.index())) {
                if (Modality.ofAttribution(lexicon, s, w) == Modality.IRREALIS) {
                    return null;
                }
                IndexedWord verb = w;
                Optional<String> speaker = speakerOf(s, verb);
                return speaker.map(sp -> new Attributed(q, si, verb, sp, "quote-evaluation")).orElse(null);
            }
        }
        return null;
    }

    /** The word of the quote that the rest of the sentence governs, in the basic tree. */
    private static IndexedWord quoteHead(QuoteSpan q, Sentence s) {
        for (int t = 1; t <= s.tokens.size(); t++) {
            if (!inside(q, s, t) || isPunctuation(s, t)) {
                continue;
            }
            IndexedWord b = s.basic.getNodeByIndexSafe(t);
            IndexedWord gov = b == null ? null : Graphs.governor(s.basic, b);
            if (gov != null && !inside(q, s, gov.index())) {
                return s.node(t);
            }
        }
        return null;
    }

    /** A speech verb outside the quote whose subject names the speaker. */
    private Attributed verbIn(QuoteSpan q, int si, boolean after) {
        Sentence s = sentences.get(si);
        if (!s.parsed()) {
            return null;
        }
        Attributed best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int t = 1; t <= s.tokens.size(); t++) {
            int b = s.token(t).beginPosition();
            boolean outside = after ? b >= q.end() : s.token(t).endPosition() <= q.begin();
            if (!outside || !s.tag(t).startsWith("VB") || !lexicon.isSpeechVerb(s.lemma(t))) {
                continue;
            }
            IndexedWord v = s.node(t);
            if (v == null || Modality.ofAttribution(lexicon, s, v) == Modality.IRREALIS || demanded(q, s, v)) {
                continue;
            }
            if (after && Graphs.children(s.graph, v, "ccomp").stream().anyMatch(c -> c.index() > v.index())) {
                continue;  // "accused X of '…' and said the plan would …": this verb reports what follows it
            }
            Optional<String> speaker = speakerOf(s, v);
            if (speaker.isEmpty()) {
                continue;
            }
            int distance = after ? b - q.end() : q.begin() - s.token(t).endPosition();
            if (distance < bestDistance) {
                bestDistance = distance;
                best = new Attributed(q, si, v, speaker.get(), after ? "quote-said-after" : "quote-said-before");
            }
        }
        return best;
    }

    private Attributed accordingTo(QuoteSpan q, int first, int last) {
        for (int si = first; si <= last; si++) {
            Sentence s = sentences.get(si);
            if (!s.parsed()) {
                continue;
            }
            for (IndexedWord w : s.graph.vertexSet()) {
                String rel = Graphs.relationToParent(s.graph, w);
                if (rel.endsWith("according_to") && !inside(q, s, w.index())) {
                    Optional<String> speaker = args.one(s, w, Arguments.Accept.AGENTS);
                    if (speaker.isPresent()) {
                        return new Attributed(q, si, null, speaker.get(), "quote-according-to");
                    }
                }
            }
        }
        return null;
    }

    /** The subject of a speech verb, or of the verb it is coordinated with ("…, he said, adding …"). */
    private Optional<String> speakerOf(Sentence s, IndexedWord v) {
        SemanticGraph g = s.graph;
        IndexedWord w = v;
        for (int depth = 0; depth < 3 && w != null; depth++) {
            IndexedWord subject = Graphs.child(g, w, "nsubj");
            if (subject != null) {
                if (subject.tag() != null && subject.tag().equals("PRP")
                        && List.of("it", "they", "we", "i", "you").contains(subject.word().toLowerCase(Locale.ROOT))) {
                    return Optional.empty();
                }
                return args.one(s, subject, Arguments.Accept.AGENTS);
            }
            String rel = Graphs.relationToParent(g, w);
            if (!(rel.startsWith("conj") || rel.startsWith("advcl") || rel.startsWith("xcomp") || rel.equals("parataxis")
                    || rel.equals("dep"))) {
                return Optional.empty();
            }
            w = Graphs.governor(g, w);
        }
        return Optional.empty();
    }

    /** Indirect speech: a speech verb outside quotes with a clausal complement. */
    private void reported(Sentence s, Set<String> usedVerbs, List<Statement> out) {
        SemanticGraph g = s.graph;
        for (int t = 1; t <= s.tokens.size(); t++) {
            if (!s.tag(t).startsWith("VB") || !lexicon.isSpeechVerb(s.lemma(t)) || discourse.inQuote(s.index, t)) {
                continue;
            }
            IndexedWord v = s.node(t);
            if (v != null && s.tag(t).equals("VBG") && Graphs.relationToParent(g, v).equals("mark")) {
                participleClause(s, v, out);
                continue;
            }
            if (v == null || Modality.of(lexicon, s, v) == Modality.IRREALIS) {
                continue;
            }
            for (IndexedWord c : Graphs.children(g, v, "ccomp")) {
                // The enhanced graph repeats "said that A and that B" as two complements; the first spans both.
                IndexedWord first = Graphs.parent(g, c, "conj");
                if (first != null && Graphs.children(g, v, "ccomp").contains(first)) {
                    continue;
                }
                if (usedVerbs.contains(s.index + ":" + t) && mostlyQuoted(s, c)) {
                    continue;
                }
                // "asked whether X had resigned": a question, not a claim.
                if (s.lemma(t).equalsIgnoreCase("ask") || Graphs.hasChild(g, c, "mark", "whether")
                        || Graphs.hasChild(g, c, "mark", "if")) {
                    continue;
                }
                Optional<String> speaker = speakerOf(s, v);
                if (speaker.isEmpty()) {
                    continue;
                }
                int[] ext = clauseExtent(s, c, v);
                String text = clean(s.span(ext[0], ext[1]));
                if (words(text) < 3) {
                    continue;
                }
                PartialDate date = Dates.attached(s, v, Modality.ACTUAL, published);
                int begin = s.token(ext[0]).beginPosition();
                int end = s.token(ext[1]).endPosition();
                out.add(new Statement(speaker.get(), text, false, date, about(begin, end, speaker.get()),
                        s.evidence(0.75, "reported-speech")));
            }
        }
    }

    /**
     * "X rejected the plan, saying the law allowed no recount": parsers often take the participle for the
     * clause's subordinator. The speaker is the subject of the clause it hangs from; the words run from the
     * participle to the end of the sentence (a second "and that …" is often hung elsewhere).
     */
    private void participleClause(Sentence s, IndexedWord participle, List<Statement> out) {
        SemanticGraph g = s.graph;
        IndexedWord clause = Graphs.governor(g, participle);
        IndexedWord host = clause == null ? null : Graphs.governor(g, clause);
        if (host == null || !Graphs.relationToParent(g, clause).startsWith("advcl")) {
            return;
        }
        Optional<String> speaker = speakerOf(s, host);
        if (speaker.isEmpty()) {
            return;
        }
        int lo = participle.index() + 1;
        int hi = s.tokens.size();
        while (lo < hi && (s.word(lo).equalsIgnoreCase("that") || s.tag(lo).equals(","))) {
            lo++;
        }
        while (hi > lo && (s.tag(hi).equals(".") || s.tag(hi).equals(",") || s.tag(hi).equals(":")
                || s.tag(hi).equals("''") || s.tag(hi).equals("``"))) {
            hi--;
        }
        String text = clean(s.span(lo, hi));
        if (words(text) < 3) {
            return;
        }
        PartialDate date = Dates.attached(s, host, Modality.ACTUAL, published);
        out.add(new Statement(speaker.get(), text, false, date,
                about(s.token(lo).beginPosition(), s.token(hi).endPosition(), speaker.get()),
                s.evidence(0.7, "reported-speech-participle")));
    }

    /** The complement's tokens, without a leading "that" and without the speech verb's own words. */
    private static int[] clauseExtent(Sentence s, IndexedWord clause, IndexedWord verb) {
        int[] ext = s.extent(clause);
        int lo = ext[0];
        int hi = ext[1];
        if (verb.index() > lo && verb.index() < hi) {
            // The enhanced graph can reach back across the verb; keep the side the clause head is on.
            if (clause.index() > verb.index()) {
                lo = verb.index() + 1;
            } else {
                hi = verb.index() - 1;
            }
        }
        while (lo < hi && (s.word(lo).equalsIgnoreCase("that") || s.tag(lo).equals(",") || s.tag(lo).equals(":"))) {
            lo++;
        }
        while (hi > lo && (s.tag(hi).equals(",") || s.tag(hi).equals(".") || s.tag(hi).equals(":"))) {
            hi--;
        }
        return new int[] {lo, hi};
    }

    private boolean mostlyQuoted(Sentence s, IndexedWord clause) {
        int[] ext = s.extent(clause);
        int quoted = 0;
        for (int t = ext[0]; t <= ext[1]; t++) {
            if (discourse.inQuote(s.index, t)) {
                quoted++;
            }
        }
        return quoted * 2 > ext[1] - ext[0] + 1;
    }

    /**
     * A quote that is only part of a reported clause ("said the plan 'looks better' but needs work", "went to
     * Bavaria for its 'priorities', according to X") belongs to that clause, which the reported-speech and
     * according-to rules read whole; a quote that is the whole complement is direct.
     */
    private boolean isEmbedded(QuoteSpan q, Attributed a) {
        Sentence s = sentences.get(a.sentence());
        if (!s.parsed()) {
            return false;
        }
        if (a.rule().equals("quote-according-to")) {
            return unquotedWords(s, allTokens(s)) > wordsInside(q, s);
        }
        if (a.verb() == null) {
            return false;
        }
        // "said it was 'disappointed' by the decision", "said it would 'reflect on the response'": the quote is
        // part of the reported clause, which is the statement; only a complement that is all quote is direct.
        Set<Integer> clause = new HashSet<>();
        for (IndexedWord c : Graphs.children(s.graph, a.verb(), "ccomp")) {
            clause.addAll(subtree(s, c));
        }
        clause.removeIf(t -> s.word(t).equalsIgnoreCase("that"));
        return clause.stream().anyMatch(t -> inside(q, s, t)) && unquotedWords(s, clause) >= 1;
    }

    /** "told her to 'make the numbers work'", "urged them to 'show restraint'": words asked for, not said. */
    private static boolean demanded(QuoteSpan q, Sentence s, IndexedWord verb) {
        IndexedWord b = s.basic.getNodeByIndexSafe(verb.index());
        if (b == null) {
            return false;
        }
        for (IndexedWord x : Graphs.children(s.basic, b, "xcomp")) {
            // An infinitive asked for ("to 'show restraint'"), not a finite "would 'resist'" the parser hung there.
            if (Graphs.hasChild(s.basic, x, "mark", "to") && subtree(s, x).stream().anyMatch(t -> inside(q, s, t))) {
                return true;
            }
        }
        return false;
    }

    private static Set<Integer> subtree(Sentence s, IndexedWord head) {
        Set<Integer> out = new HashSet<>();
        IndexedWord b = s.basic.getNodeByIndexSafe(head.index());
        if (b != null) {
            out.add(b.index());
            s.basic.descendants(b).forEach(d -> out.add(d.index()));
        }
        return out;
    }

    private static Set<Integer> allTokens(Sentence s) {
        Set<Integer> out = new HashSet<>();
        for (int t = 1; t <= s.tokens.size(); t++) {
            out.add(t);
        }
        return out;
    }

    private int unquotedWords(Sentence s, Set<Integer> tokens) {
        int n = 0;
        for (int t : tokens) {
            if (!discourse.inQuote(s.index, t) && !isPunctuation(s, t)) {
                n++;
            }
        }
        return n;
    }

    private static int wordsInside(QuoteSpan q, Sentence s) {
        int n = 0;
        for (int t = 1; t <= s.tokens.size(); t++) {
            if (inside(q, s, t) && !isPunctuation(s, t)) {
                n++;
            }
        }
        return n;
    }

    private static boolean isPunctuation(Sentence s, int t) {
        return !Character.isLetterOrDigit(s.word(t).charAt(0));
    }

    private static boolean inside(QuoteSpan q, Sentence s, int t) {
        return s.token(t).beginPosition() >= q.begin() && s.token(t).endPosition() <= q.end();
    }

    /** A person other than the previous speaker is named outside the quote in its own sentences. */
    private boolean namesSomeoneElse(QuoteSpan q, int first, int last, String speaker) {
        for (ActorTable.Mention m : table.mentions()) {
            if (m.sentence() >= first && m.sentence() <= last && !m.localId().equals(speaker)
                    && table.type(m.localId()) == ActorType.PERSON && !discourse.inQuote(m.sentence(), m.from())) {
                return true;
            }
        }
        return false;
    }

    /** Between two quotes, no person but the speaker is named outside quotes (else the second may be theirs). */
    private boolean noOtherNameBetween(int from, int to, String speaker) {
        for (ActorTable.Mention m : table.mentions()) {
            Sentence s = sentences.get(m.sentence());
            int b = s.token(m.from()).beginPosition();
            if (b > from && b < to && table.type(m.localId()) == ActorType.PERSON && !m.localId().equals(speaker)
                    && !discourse.inQuote(m.sentence(), m.from())) {
                return false;
            }
        }
        return true;
    }

    private List<String> about(int begin, int end, String speaker) {
        Set<String> out = new LinkedHashSet<>();
        for (ActorTable.Mention m : table.mentions()) {
            Sentence s = sentences.get(m.sentence());
            int b = s.token(m.from()).beginPosition();
            if (b >= begin && b < end && !m.localId().equals(speaker)) {
                out.add(m.localId());
            }
        }
        return new ArrayList<>(out);
    }

    private int sentenceOf(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.begin && offset < s.end) {
                return s.index;
            }
            if (offset < s.begin) {
                return s.index;
            }
        }
        return sentences.isEmpty() ? -1 : sentences.size() - 1;
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Trailing commas and the like come from the quote's position in the sentence, not from the speaker. */
    static String clean(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
