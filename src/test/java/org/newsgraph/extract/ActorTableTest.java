package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How an article's names become actors: datelines, short forms, spellings. */
class ActorTableTest {

    @Test
    void aDatelineNamesNoActor() {
        var f = Read.article("LISBON (Tidewire) - Jane Holloway met Peter Amsel on Monday.");
        assertThat(f.actors()).doesNotContain("LISBON (PLACE)", "Lisbon (PLACE)", "Tidewire (ORGANIZATION)");
        assertThat(f.meetings()).containsExactly("Jane Holloway + Peter Amsel (HELD)");
    }

    @Test
    void theFirstWordOfACompanyNameUsedAloneIsTheCompany() {
        var f = Read.article("""
                Brightwater Holdings said on Monday it would cut 400 jobs.

                Brightwater's chief executive, Peter Amsel, said the cuts were painful.""");
        assertThat(f.actors()).contains("Brightwater Holdings (ORGANIZATION)").doesNotContain("Brightwater (PERSON)",
                "Brightwater (ORGANIZATION)");
        assertThat(f.actor("Brightwater Holdings").aliases()).contains("Brightwater");
    }

    @Test
    void umlautSpellingsAreOnePerson() {
        var f = Read.article("""
                Jürgen Osterhout, the chief executive of Fenwick Bank, resigned on Monday.

                Juergen Osterhout said he had no regrets.""");
        assertThat(f.actors().stream().filter(a -> a.contains("Osterhout")).toList()).hasSize(1);
    }

    @Test
    void aFamilyNameWrittenFirstIsFoundAlone() {
        var f = Read.article("""
                Foreign Minister Tamsin Marlow received her counterpart, Wei Jianhong, in Helsinki on Monday.

                Wei said the talks had been useful.""");
        assertThat(f.statements()).containsExactly("Wei Jianhong: the talks had been useful");
    }

    @Test
    void postNominalLettersAreNotPartOfAName() {
        var f = Read.article("Mara Velkova KC told the inquiry that the board had been warned.");
        assertThat(f.actors()).contains("Mara Velkova (PERSON)");
    }
}
