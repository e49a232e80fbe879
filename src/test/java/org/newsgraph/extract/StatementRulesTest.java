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
}
