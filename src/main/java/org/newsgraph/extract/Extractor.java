package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.newsgraph.nlp.AnnotatedArticle;

/**
 * Where facts are born: reads one annotated article and returns its actors and facts, each fact with the
 * sentence it came from. Roles come first, so that later descriptions ("the Elysee aide") can be read as
 * the people they describe; then meetings, criticism and statements; then criticism carried by quotes.
 */
public final class Extractor {

    private final Lexicon lexicon;

    public Extractor() {
        this(Lexicon.get());
    }

    Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public ArticleFacts extract(AnnotatedArticle article) {
        String text = article.text();
        List<Sentence> sentences = sentences(article, text);
        List<QuoteSpan> quotes = quotes(article, text);
        boolean[][] quoted = quotedTokens(sentences, quotes);

        ActorTable table = new ActorTable(lexicon, sentences);
        RoleIndex roleIndex = new RoleIndex(table, lexicon);
        Discourse discourse = new Discourse(table, sentences, quoted);
        Proposals proposals = new Proposals(lexicon, table, sentences);
        Arguments args = new Arguments(lexicon, table, sentences, roleIndex, discourse, proposals);

        RoleRules roleRules = new RoleRules(lexicon, table, args, discourse);
        for (Sentence s : sentences) {
            roleRules.find(s).forEach(roleIndex::add);
        }
        var published = article.document().published();
        MeetingRules meetingRules = new MeetingRules(lexicon, table, args, published);
        CriticismRules criticismRules = new CriticismRules(lexicon, table, args, discourse, published);
        List<Meeting> meetings = new ArrayList<>();
        List<Criticism> criticisms = new ArrayList<>();
        for (Sentence s : sentences) {
            meetings.addAll(meetingRules.find(s));
            criticisms.addAll(criticismRules.find(s));
        }
        List<Statement> statements = new StatementRules(lexicon, table, args, discourse, sentences, published).find(quotes);
        criticisms.addAll(criticismRules.fromStatements(sentences, statements));
        List<Claim> claims = new ClaimRules(table).find(sentences);

        List<Role> roles = roleIndex.all();
        Set<String> used = new HashSet<>();
        meetings.forEach(m -> {
            used.addAll(m.participants());
            if (m.place() != null) {
                used.add(m.place());
            }
        });
        criticisms.forEach(c -> {
            used.add(c.critic());
            used.add(c.target());
        });
        statements.forEach(st -> {
            used.add(st.speaker());
            used.addAll(st.about());
        });
        claims.forEach(c -> used.add(c.subject()));
        roles.forEach(r -> {
            used.add(r.person());
            if (r.organization() != null) {
                used.add(r.organization());
            }
        });
        // Named actors are kept whether or not a fact uses them; groups and proposals only when one does.
        List<ActorRef> actors = table.refs().stream()
                .filter(a -> used.contains(a.localId()) || a.type() != ActorType.GROUP && a.type() != ActorType.PROPOSAL)
                .toList();
        return new ArticleFacts(article.document(), sentences.stream().map(s -> s.text).toList(), actors,
                meetings, statements, criticisms, roles, claims);
    }

    private static List<Sentence> sentences(AnnotatedArticle article, String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int last = 0;
        for (CoreMap s : article.sentences()) {
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            if (text.substring(last, begin).contains("\n\n")) {
                paragraph++;
            }
            out.add(new Sentence(out.size(), paragraph, s, text));
            last = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        }
        return out;
    }

    private static List<QuoteSpan> quotes(AnnotatedArticle article, String text) {
        List<QuoteSpan> out = new ArrayList<>();
        for (CoreMap q : article.quotes()) {
            int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String raw = text.substring(begin, end);
            boolean closed = raw.length() > 1 && isQuoteMark(raw.charAt(raw.length() - 1));
            String inner = raw.substring(isQuoteMark(raw.charAt(0)) ? 1 : 0, closed ? raw.length() - 1 : raw.length());
            out.add(new QuoteSpan(begin, end, StatementRules.clean(inner), closed));
        }
        return out;
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '\'' || c == '«' || c == '»';
    }

    private static boolean[][] quotedTokens(List<Sentence> sentences, List<QuoteSpan> quotes) {
        boolean[][] out = new boolean[sentences.size()][];
        for (Sentence s : sentences) {
            out[s.index] = new boolean[s.tokens.size() + 2];
            for (int t = 1; t <= s.tokens.size(); t++) {
                int b = s.token(t).beginPosition();
                for (QuoteSpan q : quotes) {
                    if (b >= q.begin() && b < q.end()) {
                        out[s.index][t] = true;
                        break;
                    }
                }
            }
        }
        return out;
    }
}
