package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quote attribution and reported speech. */
class StatementRulesTest {

    @Test
    void aQuoteInterruptedByItsAttributionIsOneStatement() {
        var f = Read.article("\"We will not back down,\" Jane Holloway said. \"The members have spoken.\"");
        assertThat(f.statements()).containsExactly("Jane Holloway: We will not back down The members have spoken.");
    }

    @Test
    void aQuoteInTheNextParagraphWithoutAttributionIsNotJoinedWhenClosed() {
        var f = Read.article("""
                "We will not back down," Jane Holloway said.

                Peter Amsel disagreed. "This offer is fair," he said.""");
        assertThat(f.statements()).containsExactly(
                "Jane Holloway: We will not back down", "Peter Amsel: This offer is fair");
    }

    @Test
    void reportedSpeechKeepsTheClause() {
        var f = Read.article("Peter Amsel said on Tuesday that the company would appeal the ruling.");
        assertThat(f.statements()).containsExactly("Peter Amsel: the company would appeal the ruling");
    }

    @Test
    void aSpokesmanForAnOrganizationIsTheOrganization() {
        var f = Read.article("The company will publish its results on Friday, a spokesman for Kestrel Mining said.");
        assertThat(f.statements()).containsExactly(
                "Kestrel Mining: The company will publish its results on Friday");
    }

    @Test
    void aPronounSpeakerIsThePersonNamedBefore() {
        var f = Read.article("""
                Jane Holloway, the union's general secretary, spoke outside the depot.

                "Nobody here wants a strike," she said.""");
        assertThat(f.statements()).containsExactly("Jane Holloway: Nobody here wants a strike");
    }

    @Test
    void aQuoteInsideAReportedClauseMakesTheWholeClauseTheStatement() {
        var f = Read.article("Kestrel Mining said it was \"disappointed\" by the decision and would consider its options.");
        assertThat(f.statements()).hasSize(1);
        assertThat(f.statements().get(0)).startsWith("Kestrel Mining: it was").contains("would consider its options");
    }

    @Test
    void aQuoteJudgingSomethingIsTheJudgesWords() {
        var f = Read.article("""
                Jane Holloway called the merger "a betrayal of the workers".

                Peter Amsel praised the negotiators for "working through the night".""");
        assertThat(f.statements()).containsExactly(
                "Jane Holloway: a betrayal of the workers", "Peter Amsel: working through the night");
    }

    @Test
    void wordsSomeoneWasToldToSayAreNotTheirStatement() {
        var f = Read.article("Peter Amsel told his staff to \"keep the lights on\" during the strike.");
        assertThat(f.statements()).isEmpty();
    }

    @Test
    void aParticipleOfSpeechReportsTheRestOfTheSentence() {
        var f = Read.article("Jane Holloway rejected the offer, saying the company had ignored the workers for years.");
        assertThat(f.statements()).containsExactly("Jane Holloway: the company had ignored the workers for years");
    }

    @Test
    void aStatementFromAnOrganizationAndOfficialsOfACountry() {
        var f = Read.article("""
                The two sides discussed fishing quotas and port fees, according to a statement from Kestrel Mining.

                The minister will travel to Lisbon next week, Portuguese officials said.""");
        assertThat(f.statements()).containsExactly(
                "Kestrel Mining: The two sides discussed fishing quotas and port fees",
                "Portugal: The minister will travel to Lisbon next week");
    }

    @Test
    void theUnionIsTheUnionNamedBefore() {
        var f = Read.article("""
                The Road Haulage Union called a strike on Monday.

                The union said its members would walk out for two days.""");
        assertThat(f.statements()).containsExactly("Road Haulage Union: its members would walk out for two days");
    }

    @Test
    void namesInAQuestionAreNotTheSpeaker() {
        var f = Read.article("""
                Peter Amsel, the ministry's spokesman, briefed reporters on Tuesday.

                Asked whether Jane Holloway had offered to resign, he said the question had not come up.""");
        assertThat(f.statements()).containsExactly("Peter Amsel: the question had not come up");
    }
    @Test
    void aQuoteEndingAClauseThatTheParserMisreadKeepsTheWholeClause() {
        var f = Read.article("Union general secretary Jane Holloway said the union would \"resist any deal that is "
                + "paid for with our jobs\".");
        assertThat(f.statements()).containsExactly(
                "Jane Holloway: the union would resist any deal that is paid for with our jobs");
    }

    @Test
    void theCompanyIsNotABusinessForumNamedLast() {
        var f = Read.article("""
                Kestrel Mining and its workers failed to agree on Monday.

                The dispute drew criticism from the Harbour Business Forum.

                The company said it would publish a reduced timetable on Friday.""");
        assertThat(f.statements()).containsExactly("Kestrel Mining: it would publish a reduced timetable on Friday");
    }
    @Test
    void aCompanySpokeswomanSpeaksForTheCompanyNamedBefore() {
        var f = Read.article("""
                Kestrel Mining and its workers failed to agree on Monday.

                A company spokeswoman said the offer would stay on the table until Friday.""");
        assertThat(f.statements()).containsExactly("Kestrel Mining: the offer would stay on the table until Friday");
    }
    @Test
    void aPartyAndStateTagDoesNotEndTheSentence() {
        var f = Read.article("Rep. Jane Holloway (R-Neb.) said the aid bill would pass before the recess. "
                + "Sen. Peter Amsel (D-N.C.) said it would not.");
        assertThat(f.statements()).containsExactly(
                "Jane Holloway: the aid bill would pass before the recess", "Peter Amsel: it would not");
    }
    @Test
    void aFirstPartThatIsOnlyAPhraseJoinsTheSecond() {
        var f = Read.article("\"For those who want the talks to succeed,\" Jane Holloway wrote in a post on X, "
                + "\"it is clear that the envoy favours the other side.\"");
        assertThat(f.statements()).containsExactly("Jane Holloway: For those who want the talks to succeed "
                + "it is clear that the envoy favours the other side.");
    }
}
