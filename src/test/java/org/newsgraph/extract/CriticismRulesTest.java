package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Criticism: who criticized whom or what, in active, passive and nominal form; negated or hedged is none. */
class CriticismRulesTest {

    @Test
    void accusedOfTargetsTheObject() {
        var f = Read.article("Senator Jane Holloway accused Peter Amsel of misleading the committee.");
        assertThat(f.criticisms()).containsExactly("Jane Holloway -> Peter Amsel (ACCUSE)");
    }

    @Test
    void passiveCriticismIsTurnedAround() {
        var f = Read.article("Peter Amsel was criticised by Jane Holloway for his handling of the strike.");
        assertThat(f.criticisms()).containsExactly("Jane Holloway -> Peter Amsel (CRITICIZE)");
    }

    @Test
    void drewCriticismFromNamesTheCritic() {
        var f = Read.article("""
                The government unveiled a plan to close three rural hospitals on Monday.

                The plan drew criticism from Mara Velkova, who called it "a disgrace".""");
        assertThat(f.criticisms()).containsExactly("Mara Velkova -> plan to close three rural hospitals (CRITICIZE)");
    }

    @Test
    void aDefiniteDescriptionTakesUpTheProposalIntroducedBefore() {
        var f = Read.article("""
                Kestrel Mining made a 4.5% pay offer to its drivers on Monday.

                The Road Haulage Union rejected the offer on Tuesday.""");
        assertThat(f.criticisms()).hasSize(1);
        Criticism c = f.raw.criticisms().get(0);
        assertThat(f.type(c.target())).isEqualTo(ActorType.PROPOSAL);
        assertThat(f.name(c.target())).isEqualTo("4.5% pay offer");
    }

    @Test
    void theVerbAfterAnInsertBelongsToTheOpeningName() {
        var f = Read.article("""
                The Federation of Harbour Pilots, which represents about 3,000 pilots in the northern ports and \
                neighbouring states, denounced Kestrel Mining's expansion as "reckless".""");
        assertThat(f.criticisms()).containsExactly("Federation of Harbour Pilots -> Kestrel Mining (DENOUNCE)");
    }

    @Test
    void whoseLeaderBrandingItCriticizesTheProposalTheSentenceIsAbout() {
        var f = Read.article("""
                Kestrel Mining's bid drew criticism from the Federation of Harbour Pilots, whose general secretary, \
                Olu Adebayo, branded it "a cost-cutting exercise".""");
        assertThat(f.criticisms()).contains("Olu Adebayo -> Kestrel Mining's bid (ACCUSE)",
                "Federation of Harbour Pilots -> Kestrel Mining's bid (CRITICIZE)");
    }

    @Test
    void theDirectorsAreTheCompanyWhoseBoardWasNamed() {
        var f = Read.article("""
                Harrow Metals' board rejected the offer on Monday.

                Dana Whitlow, a fund manager, criticised the directors for refusing to negotiate.""");
        assertThat(f.criticisms()).contains("Dana Whitlow -> Harrow Metals (CRITICIZE)");
    }

    @Test
    void mrAndMsWithOneSurnamePickThePersonOfThatSex() {
        var f = Read.article("""
                Park Jiwon, the estranged sister of chairman Park Minho, met investors in Seoul on Monday.

                Ms. Park said she supported the plan. Mr. Park has been less restrained. He accused \
                Dana Whitlow of lying.""");
        assertThat(f.criticisms()).containsExactly("Park Minho -> Dana Whitlow (ACCUSE)");
    }

    @Test
    void negatedAndDeclinedCriticismIsNone() {
        var f = Read.article("""
                Jane Holloway declined to criticise Peter Amsel on Tuesday.

                Tobias Renner did not condemn the strike.""");
        assertThat(f.criticisms()).isEmpty();
    }

    @Test
    void praiseIsNotCriticism() {
        var f = Read.article("Jane Holloway praised Peter Amsel for his courage.");
        assertThat(f.criticisms()).isEmpty();
    }

    @Test
    void urgingSomeoneToActIsADemand() {
        var f = Read.article("Jane Holloway urged Peter Amsel to resign on Tuesday.");
        assertThat(f.criticisms()).containsExactly("Jane Holloway -> Peter Amsel (DEMAND)");
    }

    @Test
    void callingOnSomeoneWithoutADemandIsAVisitNotADemand() {
        var f = Read.article("Jane Holloway called on Peter Amsel at his office on Tuesday.");
        assertThat(f.criticisms()).isEmpty();
    }

    @Test
    void dismissingTheClaimsTargetsWhoeverMadeThem() {
        var f = Read.article("""
                Jane Holloway accused Kestrel Mining of polluting the river.

                Kestrel Mining dismissed the claims.""");
        assertThat(f.criticisms()).containsExactly(
                "Jane Holloway -> Kestrel Mining (ACCUSE)", "Kestrel Mining -> Jane Holloway (REJECT)");
    }

    @Test
    void nameCallingWithAPejorative() {
        var f = Read.article("Jane Holloway called Peter Amsel reckless during the debate.");
        assertThat(f.criticisms()).containsExactly("Jane Holloway -> Peter Amsel (CRITICIZE)");
    }

    @Test
    void aCountrysGovernmentIsTheCountry() {
        var f = Read.article("Jane Holloway criticised the Portuguese government for the delay.");
        assertThat(f.criticisms()).containsExactly("Jane Holloway -> Portugal (CRITICIZE)");
    }
    @Test
    void aNameCallingQuoteIsNotPartOfTheProposalsName() {
        var f = Read.article("Jane Holloway branded Kestrel Mining's plan to sell the chemicals unit "
                + "\"a fire sale dressed up as value\".");
        assertThat(f.criticisms()).containsExactly(
                "Jane Holloway -> Kestrel Mining's plan to sell the chemicals unit (ACCUSE)");
    }
}
