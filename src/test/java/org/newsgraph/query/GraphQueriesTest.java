package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.newsgraph.extract.CriticismKind;

/** The questions against {@code query/fixture.cypher}: three articles, one a copy of another, two outlets. */
@ExtendWith(FixtureGraph.class)
class GraphQueriesTest {

    private final GraphQueries queries;

    GraphQueriesTest(Driver driver) {
        this.queries = new GraphQueries(driver);
    }

    private static List<String> ids(List<ActorRef> actors) {
        return actors.stream().map(ActorRef::id).toList();
    }

    // ---- names ---------------------------------------------------------------------------------------------

    @Test
    void resolvesAnIdExactly() {
        assertThat(queries.resolve("per-trump")).singleElement()
                .satisfies(m -> {
                    assertThat(m.id()).isEqualTo("per-trump");
                    assertThat(m.match()).isEqualTo(ActorMatch.Match.ID);
                });
    }

    @Test
    void resolvesNamesAndAliasesInAnyCase() {
        assertThat(queries.resolve("VLADIMIR putin")).extracting(ActorMatch::id, ActorMatch::match)
                .containsExactly(tuple("per-putin", ActorMatch.Match.NAME));
        // "Yuri" is a spelling only the actor's alias list has.
        assertThat(queries.resolve("yuri ushakov")).extracting(ActorMatch::id, ActorMatch::match)
                .containsExactly(tuple("per-ushakov", ActorMatch.Match.ALIAS));
        // "Steven Witkoff" is only an Alias node.
        assertThat(queries.resolve("steven witkoff")).extracting(ActorMatch::id).containsExactly("per-witkoff");
    }

    @Test
    void fallsBackToFullTextOnlyWhenNothingMatchesExactly() {
        assertThat(queries.resolve("Vladimir")).extracting(ActorMatch::id, ActorMatch::match)
                .containsExactly(tuple("per-putin", ActorMatch.Match.FULLTEXT));
        assertThat(queries.resolve("Ushakov")).extracting(ActorMatch::match).containsExactly(ActorMatch.Match.ALIAS);
    }

    @Test
    void takesLuceneSyntaxInANameLiterally() {
        assertThat(queries.resolve("Putin (AND \"")).isEmpty();
        assertThat(queries.resolve("Ushakov~ OR *")).isEmpty();
    }

    @Test
    void findsActorsWithTheirMentions() {
        List<ActorMatch> found = queries.actors("ushakov", 5);
        assertThat(found).first().satisfies(m -> {
            assertThat(m.id()).isEqualTo("per-ushakov");
            assertThat(m.name()).isEqualTo("Yury Ushakov");
            assertThat(m.type()).isEqualTo("PERSON");
            assertThat(m.aliases()).containsExactly("Ushakov", "Yuri Ushakov");
            assertThat(m.mentions()).isEqualTo(8);
        });
    }

    @Test
    void aNameThatMatchesNothingAnswersNothingRatherThanEverything() {
        assertThat(queries.whoMet("Nobody Atall")).isEmpty();
        assertThat(queries.whoCriticized(null, "Nobody Atall")).isEmpty();
        assertThat(queries.statements("Putin", "Nobody Atall")).isEmpty();
    }

    // ---- meetings ------------------------------------------------------------------------------------------

    @Test
    void whoMetGivesParticipantsPlaceStatusAndSources() {
        assertThat(queries.whoMet("putin")).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("mtg-moscow-talks");
            assertThat(ids(m.participants())).containsExactly("per-witkoff", "per-putin", "per-ushakov");
            assertThat(m.date()).isEqualTo("2025-12-02");
            assertThat(m.place()).isEqualTo(new ActorRef("plc-moscow", "Moscow"));
            assertThat(m.status()).isEqualTo("HELD");
            assertThat(m.disputed()).isTrue();
            assertThat(m.corroboration()).isEqualTo(2);
            assertThat(m.sources()).extracting(Source::article, Source::duplicateOf).containsExactly(
                    tuple("art-harbour-sochi", null),
                    tuple("art-interwire-moscow", null),
                    tuple("art-harbour-syndicated", "art-interwire-moscow"));
            assertThat(m.sources().get(0).sentence()).contains("in Sochi on Tuesday");
            assertThat(m.sources().get(0).outlet()).isEqualTo("Harbour Post");
            assertThat(m.sources().get(0).published()).isEqualTo("2025-12-03");
        });
    }

    @Test
    void whoMetWithoutANameListsEveryMeetingByDate() {
        assertThat(queries.whoMet(null)).extracting(MeetingRow::id).containsExactly(
                "mtg-zelensky-von-der-leyen", "mtg-witkoff-trump", "mtg-moscow-talks", "mtg-witkoff-kushner");
    }

    @Test
    void aCopyOfAnArticleAddsNoCorroboration() {
        // Reported by Interwire and by Harbour Post's copy of the same Interwire article.
        assertThat(queries.whoMet("Donald Trump")).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("PLANNED");
            assertThat(m.date()).isEqualTo("2025-12");
            assertThat(m.place()).isNull();
            assertThat(m.outlets()).containsExactly("Harbour Post", "Interwire");
            assertThat(m.corroboration()).isEqualTo(1);
        });
        assertThat(queries.whoCriticized("Ushakov", null)).singleElement()
                .satisfies(c -> assertThat(c.corroboration()).isEqualTo(1));
        assertThat(queries.roles("Ushakov")).singleElement()
                .satisfies(r -> assertThat(r.corroboration()).isEqualTo(1));
    }

    @Test
    void meetingsWithinDatesWhereAMonthCountsWhenItOverlaps() {
        assertThat(queries.meetings(MeetingFilter.ANY.between(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31))))
                .extracting(MeetingRow::id)
                .containsExactly("mtg-witkoff-trump", "mtg-moscow-talks", "mtg-witkoff-kushner");
        assertThat(queries.meetings(MeetingFilter.ANY.between(null, LocalDate.of(2025, 11, 30))))
                .extracting(MeetingRow::id).containsExactly("mtg-zelensky-von-der-leyen");
        // "December" may be after the 3rd; "December 2" is not.
        assertThat(queries.meetings(MeetingFilter.ANY.between(LocalDate.of(2025, 12, 3), null)))
                .extracting(MeetingRow::id).containsExactly("mtg-witkoff-trump");
        assertThat(queries.meetings(MeetingFilter.ANY.withActor("Witkoff").between(LocalDate.of(2025, 12, 2),
                LocalDate.of(2025, 12, 2)))).extracting(MeetingRow::id)
                .containsExactly("mtg-witkoff-trump", "mtg-moscow-talks", "mtg-witkoff-kushner");
    }

    @Test
    void meetingsAtAPlaceTheMeetingIsHeldInOrASourceNames() {
        assertThat(queries.meetings(MeetingFilter.ANY.withPlace("Moscow"))).extracting(MeetingRow::id)
                .containsExactly("mtg-moscow-talks");
        // Held in Moscow by most accounts; one source says Sochi.
        assertThat(queries.meetings(MeetingFilter.ANY.withPlace("sochi"))).singleElement()
                .satisfies(m -> assertThat(m.place().id()).isEqualTo("plc-moscow"));
        assertThat(queries.meetings(MeetingFilter.ANY.withPlace("Ukraine"))).isEmpty();
        assertThat(queries.meetings(MeetingFilter.ANY.withPlace("Nowhere Atall"))).isEmpty();
        assertThat(queries.meetings(MeetingFilter.ANY.withActor("Kushner").withPlace("Moscow"))).isEmpty();
    }

    @Test
    void meetingsReportedByEnoughOutlets() {
        // The planned meeting is reported by one article and its copy: one outlet.
        assertThat(queries.meetings(MeetingFilter.ANY.withMinOutlets(2))).extracting(MeetingRow::id).containsExactly(
                "mtg-zelensky-von-der-leyen", "mtg-moscow-talks", "mtg-witkoff-kushner");
        assertThat(queries.meetings(MeetingFilter.ANY.withActor("Trump").withMinOutlets(2))).isEmpty();
        assertThat(queries.meetings(MeetingFilter.ANY.withMinOutlets(3))).isEmpty();
    }

    @Test
    void meetingFiltersRefuseNonsense() {
        assertThatThrownBy(() -> MeetingFilter.ANY.withMinOutlets(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeetingFilter.ANY.between(LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
    }

    // ---- criticisms, statements, roles ---------------------------------------------------------------------

    @Test
    void whoCriticizedFiltersByCriticAndTarget() {
        assertThat(queries.whoCriticized(null, "trump")).singleElement().satisfies(c -> {
            assertThat(c.critic()).isEqualTo(new ActorRef("per-zelensky", "Volodymyr Zelensky"));
            assertThat(c.target()).isEqualTo(new ActorRef("per-trump", "Donald Trump"));
            assertThat(c.kind()).isEqualTo("CRITICIZE");
            assertThat(c.quote()).isEqualTo("We will not be pressured.");
            assertThat(c.date()).isEqualTo("2025-12-03");
            assertThat(c.outlets()).containsExactly("Harbour Post");
        });
        assertThat(queries.whoCriticized("Ushakov", null)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("REJECT");
            assertThat(c.target().id()).isEqualTo("prp-peace-plan");
            assertThat(c.quote()).isNull();
        });
        assertThat(queries.whoCriticized("Zelensky", "Putin")).isEmpty();
        assertThat(queries.whoCriticized(null, null)).extracting(CriticismRow::id)
                .containsExactly("crt-ushakov-plan", "crt-zelensky-trump");
    }

    @Test
    void statementsOfASpeakerAboutSomeone() {
        assertThat(queries.statements("Ushakov", "Ukraine")).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("The talks were useful");
            assertThat(s.direct()).isTrue();
            assertThat(s.date()).isEqualTo("2025-12-02");
            assertThat(ids(s.about())).containsExactly("plc-ukraine");
            assertThat(s.corroboration()).isEqualTo(2);
            assertThat(s.sources()).hasSize(3);
        });
        assertThat(queries.statements("Ushakov", "Trump")).isEmpty();
        assertThat(queries.statements("Putin", null)).singleElement()
                .satisfies(s -> assertThat(s.direct()).isFalse());
    }

    @Test
    void criticismsOfOneKind() {
        assertThat(queries.whoCriticized(null, null, CriticismKind.REJECT)).extracting(CriticismRow::id)
                .containsExactly("crt-ushakov-plan");
        assertThat(queries.whoCriticized("Zelensky", null, CriticismKind.CRITICIZE)).extracting(CriticismRow::id)
                .containsExactly("crt-zelensky-trump");
        assertThat(queries.whoCriticized("Zelensky", null, CriticismKind.REJECT)).isEmpty();
        assertThat(queries.whoCriticized(null, "peace plan", CriticismKind.ACCUSE)).isEmpty();
    }

    @Test
    void statementsContainingWordsInAnyCase() {
        assertThat(queries.statements(null, null, "USEFUL talks")).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("stm-ushakov-talks");
            assertThat(s.speaker().id()).isEqualTo("per-ushakov");
            assertThat(s.corroboration()).isEqualTo(2);
        });
        // Every word is required, and words combine with the speaker and the subject.
        assertThat(queries.statements(null, null, "useful proposals")).isEmpty();
        assertThat(queries.statements("Putin", null, "proposals")).extracting(StatementRow::id)
                .containsExactly("stm-putin-proposals");
        assertThat(queries.statements("Putin", null, "useful")).isEmpty();
        assertThat(queries.statements(null, "United States", null)).extracting(StatementRow::id)
                .containsExactly("stm-putin-proposals");
        assertThat(queries.statements(null, "Ukraine", "agreements")).isEmpty();
        // Lucene's syntax is taken literally: "OR" is a word, and punctuation carries no word.
        assertThat(queries.statements(null, null, "useful OR *")).isEmpty();
        assertThat(queries.statements(null, null, "talks\\ \"")).extracting(StatementRow::id)
                .containsExactly("stm-ushakov-talks");
        assertThatThrownBy(() -> queries.statements(null, " ", "  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rolesWithAndWithoutAnOrganization() {
        assertThat(queries.roles("Zelensky")).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("president");
            assertThat(r.organization()).isEqualTo(new ActorRef("plc-ukraine", "Ukraine"));
            assertThat(r.sources()).singleElement()
                    .satisfies(s -> assertThat(s.sentence()).contains("Ukraine's president"));
        });
        assertThat(queries.roles("Putin")).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("president");
            assertThat(r.organization()).isNull();
        });
    }

    // ---- connections ---------------------------------------------------------------------------------------

    @Test
    void connectionsGoAroundHubs() {
        // Through the hub Ukraine they are two steps apart (Ushakov spoke about it, Zelensky is its president).
        List<Connection> chains = queries.connection("Ushakov", "Zelensky", 4);
        assertThat(chains).singleElement().satisfies(c -> {
            assertThat(c.hops()).isEqualTo(3);
            assertThat(c.steps()).extracting(s -> s.from().id(), Connection.Step::eventId, s -> s.to().id())
                    .containsExactly(
                            tuple("per-ushakov", "mtg-moscow-talks", "per-witkoff"),
                            tuple("per-witkoff", "mtg-witkoff-trump", "per-trump"),
                            tuple("per-trump", "crt-zelensky-trump", "per-zelensky"));
            assertThat(c.steps()).allSatisfy(s -> assertThat(s.sources()).isNotEmpty());
            assertThat(c.steps().get(0).describe()).isEqualTo("met (HELD in Moscow)");
            assertThat(c.steps().get(2).describe()).startsWith("was criticized (CRITICIZE").endsWith(") by");
        });
        assertThat(queries.connection("Ushakov", "Zelensky", 2)).isEmpty();
    }

    @Test
    void aHubMayEndAConnection() {
        assertThat(queries.connection("Ushakov", "Ukraine", 1)).singleElement().satisfies(c -> {
            assertThat(c.steps()).singleElement().satisfies(s -> {
                assertThat(s.event()).isEqualTo("STATEMENT");
                assertThat(s.describe()).isEqualTo("spoke about");
            });
        });
    }

    @Test
    void connectionHopsAreBounded() {
        assertThatThrownBy(() -> queries.connection("Putin", "Trump", GraphQueries.MAX_HOPS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- sources -------------------------------------------------------------------------------------------

    @Test
    void sourcesOfAMeetingByArticleWithEachSentencesClaims() {
        assertThat(queries.sources("mtg-moscow-talks")).hasValueSatisfying(f -> {
            assertThat(f.kind()).isEqualTo("MEETING");
            assertThat(f.date()).isEqualTo("2025-12-02");
            assertThat(f.detail()).isEqualTo("HELD in Moscow");
            assertThat(ids(f.actors())).containsExactly("per-witkoff", "per-putin", "per-ushakov");
            assertThat(f.corroboration()).isEqualTo(2);
            assertThat(f.articles()).extracting(FactSources.Article::id, FactSources.Article::outlet,
                    FactSources.Article::published, FactSources.Article::duplicateOf).containsExactly(
                    tuple("art-harbour-sochi", "Harbour Post", "2025-12-03", null),
                    tuple("art-interwire-moscow", "Interwire", "2025-12-03", null),
                    tuple("art-harbour-syndicated", "Harbour Post", "2025-12-04", "art-interwire-moscow"));
            FactSources.Article first = f.articles().get(0);
            assertThat(first.title()).isEqualTo("Kremlin talks end without breakthrough");
            assertThat(first.url()).isEqualTo("https://harbourpost.example/kremlin-talks");
            assertThat(first.sentences()).singleElement().satisfies(s -> {
                assertThat(s.text()).contains("in Sochi on Tuesday");
                assertThat(s.index()).isZero();
                assertThat(s.rule()).isEqualTo("hosted");
                assertThat(s.confidence()).isEqualTo(0.8);
                assertThat(s.place()).isEqualTo("plc-sochi");
            });
        });
    }

    @Test
    void sourcesOfEveryKindOfFact() {
        assertThat(queries.sources("rol-ushakov-aide")).hasValueSatisfying(f -> {
            assertThat(f.kind()).isEqualTo("ROLE");
            assertThat(f.detail()).isEqualTo("foreign policy aide");
            assertThat(ids(f.actors())).containsExactly("org-kremlin", "per-ushakov");
            assertThat(f.corroboration()).isEqualTo(1);
            assertThat(f.articles()).hasSize(2);
        });
        assertThat(queries.sources("crt-zelensky-trump")).hasValueSatisfying(f -> {
            assertThat(f.kind()).isEqualTo("CRITICISM");
            assertThat(f.detail()).isEqualTo("CRITICIZE \"We will not be pressured.\"");
            assertThat(f.articles()).singleElement().satisfies(a -> assertThat(a.sentences()).singleElement()
                    .satisfies(s -> assertThat(s.text()).startsWith("Zelensky criticized Trump")));
        });
        assertThat(queries.sources("stm-putin-proposals")).hasValueSatisfying(f ->
                assertThat(f.kind()).isEqualTo("STATEMENT"));
        assertThat(queries.sources("per-putin")).isEmpty();
        assertThat(queries.sources("mtg-nothing")).isEmpty();
    }

    // ---- network -------------------------------------------------------------------------------------------

    @Test
    void networkRanksActorsByWeightedDegreeWithoutHubs() {
        Network network = queries.network(null, null, false);
        assertThat(network.nodes()).extracting(Network.Node::rank, Network.Node::id, Network.Node::degree,
                Network.Node::weight).containsExactly(
                tuple(1, "per-witkoff", 4, 4),
                tuple(2, "per-ushakov", 4, 4),
                tuple(3, "per-trump", 2, 2),
                tuple(4, "per-putin", 2, 2),
                tuple(5, "per-zelensky", 2, 2),
                tuple(6, "prp-peace-plan", 1, 1),
                tuple(7, "per-kushner", 1, 1),
                tuple(8, "org-kremlin", 1, 1),
                tuple(9, "per-von-der-leyen", 1, 1));
        assertThat(network.nodes()).noneMatch(Network.Node::hub);
        // Each pair once, from the smaller id.
        assertThat(network.links()).hasSize(9);
        assertThat(network.links()).filteredOn(l -> l.from().id().equals("per-trump")).extracting(
                l -> l.to().id(), Network.Link::events, Network.Link::kinds).containsExactly(
                tuple("per-witkoff", 1, List.of("MEETING")),
                tuple("per-zelensky", 1, List.of("CRITICISM")));
        assertThat(network.links()).anySatisfy(l -> {
            assertThat(l.from()).isEqualTo(new ActorRef("org-kremlin", "Kremlin"));
            assertThat(l.to().id()).isEqualTo("per-ushakov");
            assertThat(l.kinds()).containsExactly("ROLE");
        });
    }

    @Test
    void networkWithinDatesAndWithHubs() {
        Network december = queries.network(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31), false);
        // The November meeting and the undated roles drop out.
        assertThat(december.nodes()).extracting(Network.Node::id).containsExactly("per-witkoff", "per-ushakov",
                "per-trump", "per-putin", "prp-peace-plan", "per-kushner", "per-zelensky");
        assertThat(december.nodes().get(1).degree()).isEqualTo(3);

        Network withHubs = queries.network(null, null, true);
        assertThat(withHubs.nodes()).filteredOn(Network.Node::hub).extracting(Network.Node::id, Network.Node::degree)
                .containsExactlyInAnyOrder(tuple("plc-ukraine", 2), tuple("plc-united-states", 2));
        assertThat(withHubs.links()).anySatisfy(l -> {
            assertThat(l.from().id()).isEqualTo("per-ushakov");
            assertThat(l.to().id()).isEqualTo("plc-ukraine");
            assertThat(l.kinds()).containsExactly("STATEMENT");
        });
        assertThatThrownBy(() -> queries.network(LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 1), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- timeline, profile, conflicts ----------------------------------------------------------------------

    @Test
    void timelineInDateOrder() {
        assertThat(queries.timeline("Zelensky")).extracting(TimelineEntry::date, TimelineEntry::kind,
                TimelineEntry::relation, e -> ids(e.others())).containsExactly(
                tuple("2025-11-30", "MEETING", "ATTENDED", List.of("per-von-der-leyen")),
                tuple("2025-12-03", "CRITICISM", "CRITICIZED", List.of("per-trump")));
    }

    @Test
    void profileCountsAndRoles() {
        assertThat(queries.profile("putin")).hasValueSatisfying(p -> {
            assertThat(p.id()).isEqualTo("per-putin");
            assertThat(p.aliases()).containsExactly("Putin");
            assertThat(p.hub()).isFalse();
            assertThat(p.mentions()).isEqualTo(8);
            assertThat(p.articles()).isEqualTo(3);
            assertThat(p.meetings()).isEqualTo(1);
            assertThat(p.statements()).isEqualTo(1);
            assertThat(p.roles()).containsExactly(new ActorProfile.Role("president", null));
            // Hubs count: a profile describes the actor, it is no path to pass through.
            assertThat(p.counterparts()).containsExactly(
                    new ActorProfile.Counterpart(new ActorRef("per-witkoff", "Steve Witkoff"), 1, List.of("MEETING")),
                    new ActorProfile.Counterpart(new ActorRef("plc-united-states", "United States"), 1,
                            List.of("STATEMENT")),
                    new ActorProfile.Counterpart(new ActorRef("per-ushakov", "Yury Ushakov"), 1, List.of("MEETING")));
            assertThat(p.possiblySameAs()).singleElement()
                    .satisfies(s -> assertThat(s.actor().id()).isEqualTo("per-kushner"));
        });
        assertThat(queries.profile("Ukraine")).hasValueSatisfying(p -> assertThat(p.hub()).isTrue());
        assertThat(queries.profile("Witkoff")).hasValueSatisfying(p -> assertThat(p.counterparts())
                .extracting(c -> c.actor().name()).containsExactly("Donald Trump", "Jared Kushner", "United States",
                        "Vladimir Putin", "Yury Ushakov"));
        assertThat(queries.profile("Nobody Atall")).isEmpty();
    }

    @Test
    void conflictsShowEachValueWithItsOutlets() {
        List<Conflict> conflicts = queries.conflicts();
        // "in December" against "on December 2" (Witkoff and Kushner) is no conflict.
        assertThat(conflicts).extracting(Conflict::meeting, Conflict::attribute).containsExactly(
                tuple("mtg-zelensky-von-der-leyen", "date"),
                tuple("mtg-moscow-talks", "place"));

        Conflict place = conflicts.get(1);
        assertThat(place.chosen()).isEqualTo("plc-moscow");
        assertThat(place.claims()).extracting(Conflict.Claim::value, Conflict.Claim::label, Conflict.Claim::outlets,
                Conflict.Claim::corroboration).containsExactly(
                tuple("plc-moscow", "Moscow", List.of("Harbour Post", "Interwire"), 1),
                tuple("plc-sochi", "Sochi", List.of("Harbour Post"), 1));
        assertThat(place.claims().get(1).sources()).singleElement()
                .satisfies(s -> assertThat(s.sentence()).contains("Sochi"));

        Conflict date = conflicts.get(0);
        assertThat(date.claims()).extracting(Conflict.Claim::value, Conflict.Claim::outlets).containsExactly(
                tuple("2025-11-30", List.of("Harbour Post")),
                tuple("2025-12-01", List.of("Interwire")));
    }
}
