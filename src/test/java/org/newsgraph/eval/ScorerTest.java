package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.newsgraph.eval.Fixtures.actor;
import static org.newsgraph.eval.Fixtures.actorsOnly;
import static org.newsgraph.eval.Fixtures.facts;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final Offset<Double> EXACT = within(1e-12);

    private final SetResult basic = Scorer.score("basic", Fixtures.read("basic/gold.json"), Fixtures.read("basic/system.json"));

    private static void assertScore(CategoryResult r, int tp, int fp, int fn, double p, double rec, double f1) {
        assertThat(r.score()).isEqualTo(new Score(tp, fp, fn));
        assertThat(r.score().precision()).isCloseTo(p, EXACT);
        assertThat(r.score().recall()).isCloseTo(rec, EXACT);
        assertThat(r.score().f1()).isCloseTo(f1, EXACT);
    }

    private static List<String> texts(List<Fact> facts) {
        return facts.stream().map(Fact::text).toList();
    }

    @Test
    void actorsAlignByNameOrAliasIgnoringCaseAndCountSpuriousGroups() {
        CategoryResult actors = basic.get(Category.ACTORS);
        // Kwon by alias, Ishizuka, Tokyo = Japan by alias, the ministry despite case, Sakuragi;
        // the DATE actor is ignored, the spurious GROUP counts as false like the unknown person.
        assertScore(actors, 5, 2, 2, 5 / 7.0, 5 / 7.0, 5 / 7.0);
        assertThat(texts(actors.misses())).containsExactly("Kenji Morioka (PERSON)", "data-sharing arrangement (PROPOSAL)");
        assertThat(texts(actors.falseFacts())).containsExactly("Lorraine Abernathy (PERSON)", "opposition lawmakers (GROUP)");
        assertThat(basic.typeMismatches()).containsExactly(new TypeMismatch("Japan", "PLACE", "Tokyo", "ORGANIZATION"));
    }

    @Test
    void meetingsAreUnorderedDistinctPairsWithStatus() {
        CategoryResult meetings = basic.get(Category.MEETINGS);
        // Ishizuka–Kwon (given reversed, and twice) and Kwon–Sakuragi found; the three-way meeting's
        // Sakuragi–Ishizuka pair was reported PLANNED, not HELD.
        assertScore(meetings, 2, 2, 2, 0.5, 0.5, 0.5);
        assertThat(texts(meetings.misses())).containsExactly(
                "Hideo Sakuragi — Haruka Ishizuka (HELD)", "Haruka Ishizuka — Kwon Min-seok (PLANNED)");
        assertThat(texts(meetings.falseFacts())).containsExactly(
                "Haruka Ishizuka — Lorraine Abernathy (HELD)", "Hideo Sakuragi — Haruka Ishizuka (PLANNED)");
    }

    @Test
    void falseFactsNameTheirFirstSourceSentenceAndArticleFile() {
        Fact abernathy = basic.get(Category.MEETINGS).falseFacts().getFirst();
        assertThat(abernathy.sentence()).isEqualTo("Ishizuka spoke by phone with Lorraine Abernathy.");
        assertThat(abernathy.article()).isEqualTo("tokyo-talks.txt");
        Fact miss = basic.get(Category.MEETINGS).misses().getFirst();
        assertThat(miss.sentence()).isEqualTo("Kwon and Ishizuka called on Sakuragi on Thursday.");
        assertThat(miss.article()).isEqualTo("tokyo-talks.txt");
    }

    @Test
    void criticismsAreDirected() {
        CategoryResult criticisms = basic.get(Category.CRITICISMS);
        assertScore(criticisms, 1, 2, 1, 1 / 3.0, 0.5, 0.4);
        assertThat(texts(criticisms.falseFacts())).containsExactly(
                "Tokyo → Chinese Foreign Ministry (CRITICIZE)", "Chinese Foreign Ministry → opposition lawmakers (CRITICIZE)");
        assertThat(texts(criticisms.misses())).containsExactly(
                "Chinese foreign ministry → data-sharing arrangement (DENOUNCE)");
    }

    @Test
    void statementsMatchOneToOneBestOverlapFirstWithTheSameSpeaker() {
        CategoryResult statements = basic.get(Category.STATEMENTS);
        // The full quote wins Ishizuka's statement; the partial one is then spare. "not directed" is below the
        // threshold; Morioka's words said by Sakuragi do not count.
        assertScore(statements, 1, 3, 2, 0.25, 1 / 3.0, 2 / 7.0);
        assertThat(texts(statements.falseFacts())).containsExactly(
                "Haruka Ishizuka: \"Our two countries face the same sea\"",
                "Kwon: \"not directed\"",
                "Hideo Sakuragi: \"the data link could be operational by the end of the year\"");
    }

    @Test
    void rolesAcceptExactAndQualifiedTitles() {
        CategoryResult roles = basic.get(Category.ROLES);
        // "Foreign Minister" exactly, "the prime minister of Japan" keeps every gold word and the head noun;
        // a bare "minister" lacks the gold's "foreign".
        assertScore(roles, 2, 2, 2, 0.5, 0.5, 0.5);
        assertThat(texts(roles.misses())).containsExactly("Kenji Morioka: chief cabinet secretary", "Kwon Min-seok: foreign minister");
    }

    @Test
    void statementThresholdIsInclusive() {
        List<String> gold = Words.of("a b c d e");
        assertThat(Scorer.overlap(gold, Words.of("a b c x y z w v u t"))).isCloseTo(0.6, EXACT);
        assertThat(Scorer.overlap(gold, Words.of("a b x y z w v u t s"))).isCloseTo(0.4, EXACT);

        Facts.Actor speaker = actor("p", "Ann Lee", "PERSON");
        Facts g = facts(List.of(speaker), List.of(), List.of(),
                List.of(new Facts.Statement("p", "a b c d e", List.of())), List.of());
        Facts atThreshold = facts(List.of(speaker), List.of(), List.of(),
                List.of(new Facts.Statement("p", "a b c x y z w v u t", List.of())), List.of());
        Facts below = facts(List.of(speaker), List.of(), List.of(),
                List.of(new Facts.Statement("p", "a b x y z", List.of())), List.of());
        assertThat(Scorer.score("t", g, atThreshold).get(Category.STATEMENTS).score()).isEqualTo(new Score(1, 0, 0));
        assertThat(Scorer.score("t", g, below).get(Category.STATEMENTS).score()).isEqualTo(new Score(0, 1, 1));
    }

    @Test
    void overlapUsesTokenF1WhenTheSystemQuotesOnlyPart() {
        // 4 of 6 gold words: containment 0.667, F1 = 8/10.
        assertThat(Scorer.overlap(Words.of("the subject had come up briefly"), Words.of("subject had come up")))
                .isCloseTo(0.8, EXACT);
        // Case, punctuation and curly apostrophes do not matter.
        assertThat(Scorer.overlap(Words.of("Ukraine's \"priorities\""), Words.of("UKRAINE’S priorities!"))).isCloseTo(1.0, EXACT);
        assertThat(Words.of("The U.S. plan, end.Next")).containsExactly("the", "us", "plan", "end", "next");
    }

    @Test
    void titleMatching() {
        assertThat(Scorer.titleMatch(Scorer.title("special envoy"), Scorer.title("The Special Envoy"))).isEqualTo(2);
        assertThat(Scorer.titleMatch(Scorer.title("special envoy"), Scorer.title("US special envoy"))).isEqualTo(1);
        assertThat(Scorer.titleMatch(Scorer.title("secretary"), Scorer.title("secretary of state"))).isEqualTo(1);
        assertThat(Scorer.titleMatch(Scorer.title("special envoy"), Scorer.title("envoy"))).isZero();
        assertThat(Scorer.titleMatch(Scorer.title("president"), Scorer.title("vice president"))).isZero();
        assertThat(Scorer.titleMatch(Scorer.title("state"), Scorer.title("secretary of state"))).isZero();
        assertThat(Scorer.titleMatch(Scorer.title("u.s. attorney"), Scorer.title("US Attorney"))).isEqualTo(2);
    }

    @Test
    void aliasAlignmentPrefersMoreSharedNamesThenTheSameMainName() {
        // Gold has South Korea (alias Seoul) and the city Seoul; the system's "Seoul" is the city.
        Facts gold = actorsOnly(actor("south-korea", "South Korea", "PLACE", "Seoul"), actor("seoul", "Seoul", "PLACE"));
        Facts system = actorsOnly(actor("x1", "Seoul", "PLACE"), actor("x2", "Republic of Korea", "PLACE", "South Korea", "Seoul"));
        SetResult r = Scorer.score("t", gold, system);
        assertThat(r.get(Category.ACTORS).score()).isEqualTo(new Score(2, 0, 0));

        // Both alignments are visible through the facts: x2 criticizing x1 is South Korea criticizing Seoul.
        Facts goldFact = facts(gold.actors(), List.of(), List.of(new Facts.Criticism("south-korea", "seoul", null, List.of())),
                List.of(), List.of());
        Facts systemFact = facts(system.actors(), List.of(), List.of(new Facts.Criticism("x2", "x1", null, List.of())),
                List.of(), List.of());
        assertThat(Scorer.score("t", goldFact, systemFact).get(Category.CRITICISMS).score()).isEqualTo(new Score(1, 0, 0));
    }

    @Test
    void namesCompareWithoutDiacriticsOrPunctuation() {
        Facts gold = actorsOnly(actor("a", "Volodymyr Zelenskyy", "PERSON", "Zelensky"), actor("b", "United States", "PLACE", "U.S."),
                actor("c", "José Acuña", "PERSON"));
        Facts system = actorsOnly(actor("x", "ZELENSKY", "PERSON"), actor("y", "US", "PLACE"), actor("z", "Jose Acuna", "PERSON"));
        assertThat(Scorer.score("t", gold, system).get(Category.ACTORS).score()).isEqualTo(new Score(3, 0, 0));
    }

    @Test
    void nothingOnEitherSideIsPerfectButSilenceIsNot() {
        assertThat(Score.ZERO.precision()).isEqualTo(1.0);
        assertThat(Score.ZERO.f1()).isEqualTo(1.0);
        Score silent = new Score(0, 0, 3);
        assertThat(silent.precision()).isZero();
        assertThat(silent.recall()).isZero();
        assertThat(silent.f1()).isZero();
        assertThat(new Score(0, 2, 0).recall()).isZero();
    }
}
