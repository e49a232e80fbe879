package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Meetings in person: held, planned, and the contacts, wishes and conditions that are not meetings. */
class MeetingRulesTest {

    @Test
    void metWithIsAHeldMeeting() {
        var f = Read.article("Trade Minister Jane Holloway met with Peter Amsel, the head of Kestrel Mining, in Lisbon on Monday.");
        assertThat(f.meetings()).containsExactly("Jane Holloway + Peter Amsel (HELD)");
    }

    @Test
    void willMeetAndIsDueToMeetArePlanned() {
        var f = Read.article("""
                Jane Holloway will meet Peter Amsel in Vienna on Friday.

                Tobias Renner is due to hold talks with Mara Velkova in Madrid next week.""");
        assertThat(f.meetings()).containsExactlyInAnyOrder(
                "Jane Holloway + Peter Amsel (PLANNED)", "Mara Velkova + Tobias Renner (PLANNED)");
    }

    @Test
    void phoneCallsWishesAndConditionsAreNotMeetings() {
        var f = Read.article("""
                Jane Holloway spoke by phone with Peter Amsel on Tuesday.

                Tobias Renner said he was ready to meet Mara Velkova if she dropped her conditions.

                A possible summit between Holloway and Renner has not been scheduled.

                Velkova wants to meet Amsel before the vote.""");
        assertThat(f.meetings()).isEmpty();
    }

    @Test
    void aNegatedMeetingIsNoMeeting() {
        var f = Read.article("Jane Holloway did not meet Peter Amsel during her visit to Ottawa.");
        assertThat(f.meetings()).isEmpty();
    }

    @Test
    void hostAndReceivePassiveGiveBothSides() {
        var f = Read.article("""
                Prime Minister Tobias Renner hosted his counterpart, Mara Velkova, in Prague on Tuesday.

                Jane Holloway was received by Peter Amsel in Oslo on Thursday.""");
        assertThat(f.meetings()).containsExactlyInAnyOrder(
                "Mara Velkova + Tobias Renner (HELD)", "Jane Holloway + Peter Amsel (HELD)");
    }

    @Test
    void aListHungOnTheVerbNamesTheGuests() {
        var f = Read.article("Foreign Minister Jane Holloway hosted ministers from six countries in Lisbon on Monday, "
                + "including Tobias Renner and Mara Velkova.");
        assertThat(f.meetings()).containsExactly("Jane Holloway + Mara Velkova + Tobias Renner (HELD)");
    }

    @Test
    void attendingTheSameSummitIsNotAMeeting() {
        var f = Read.article("Jane Holloway and Peter Amsel both attended the climate summit in Madrid last year.");
        assertThat(f.meetings()).isEmpty();
    }

    @Test
    void sittingDownWithSomeoneIsAMeetingButItsOtherObjectsAreNot() {
        var f = Read.article("Jane Holloway sat down with Peter Amsel on Tuesday to discuss the merger.");
        assertThat(f.meetings()).containsExactly("Jane Holloway + Peter Amsel (HELD)");
    }

    @Test
    void officialsOfAnOrganizationStandForIt() {
        var f = Read.article("""
                Jane Holloway met officials from the Fenwick Water Authority in Oslo on Monday.

                Peter Amsel is due to meet Kestrel Mining executives in Vienna on Thursday.""");
        assertThat(f.meetings()).containsExactlyInAnyOrder(
                "Fenwick Water Authority + Jane Holloway (HELD)", "Kestrel Mining + Peter Amsel (PLANNED)");
    }

    @Test
    void someoneWhoJoinedTheTalksJoinsTheMeetingJustReported() {
        var f = Read.article("""
                Jane Holloway held talks with Peter Amsel in Vienna on Monday.

                Tobias Renner joined the talks in the afternoon.""");
        assertThat(f.meetings()).containsExactlyInAnyOrder(
                "Jane Holloway + Peter Amsel (HELD)", "Jane Holloway + Peter Amsel + Tobias Renner (HELD)");
    }

    @Test
    void wouldInReportedSpeechIsAnnouncedNotHypothetical() {
        var f = Read.article("""
                Jane Holloway said she would meet Peter Amsel in Oslo on Thursday.

                Tobias Renner said he would meet Mara Velkova if the strike ended.""");
        assertThat(f.meetings()).containsExactly("Jane Holloway + Peter Amsel (PLANNED)");
    }

    @Test
    void aTimetableInThePresentTenseIsPlanned() {
        var f = Read.article("Jane Holloway travels to Oslo on Monday for talks with Peter Amsel.");
        assertThat(f.meetings()).containsExactly("Jane Holloway + Peter Amsel (PLANNED)");
    }

    @Test
    void callingOnSomeoneIsAVisit() {
        var f = Read.article("On Thursday Jane Holloway called on Prime Minister Peter Amsel at his residence.");
        assertThat(f.meetings()).containsExactly("Jane Holloway + Peter Amsel (HELD)");
    }

    @Test
    void aNamedPersonAndOthersOfAGroupAreThePersonOnly() {
        var f = Read.article("Jane Holloway sat down with Peter Amsel and other union leaders in Oslo last month.");
        assertThat(f.meetings()).containsExactly("Jane Holloway + Peter Amsel (HELD)");
    }

    @Test
    void aPronounConjoinedWithANameIsSomeoneElse() {
        var f = Read.article("Mara Velkova said Peter Amsel had called her days before she and Amsel met with Tobias Renner.");
        assertThat(f.meetings()).containsExactly("Mara Velkova + Peter Amsel + Tobias Renner (HELD)");
    }
    @Test
    void aMeetingNamedInPassingWithBothSidesWasHeld() {
        var f = Read.article("The merger was discussed at a meeting of regulator chief Tobias Renner with bank boss "
                + "Mara Velkova and investor Peter Amsel in Bonn on Monday, two people said.");
        assertThat(f.meetings()).containsExactly("Mara Velkova + Peter Amsel + Tobias Renner (HELD)");
    }

    @Test
    void aDelegationLedBySomeoneMeetsThroughItsLeader() {
        var f = Read.article("A Danish delegation led by Jane Holloway, the foreign minister, met envoy Peter Amsel "
                + "in Lisbon on Sunday.");
        assertThat(f.meetings()).containsExactly("Jane Holloway + Peter Amsel (HELD)");
    }

    @Test
    void dueToMeetBeforeAnAttributionIsPlanned() {
        var f = Read.article("""
                Tobias Renner is due to meet Mara Velkova in Vienna on Friday, a union spokesman said.

                Jane Holloway is due to hold talks with Peter Amsel in Oslo on Thursday, a Kestrel Mining spokesman said.""");
        assertThat(f.meetings()).containsExactlyInAnyOrder(
                "Mara Velkova + Tobias Renner (PLANNED)", "Jane Holloway + Peter Amsel (PLANNED)");
    }

    @Test
    void aWeekdayEveningBeforePublicationWasHeld() {
        var f = Read.article("Jane Holloway and Peter Amsel were received by Tobias Renner in Bonn on Sunday evening, "
                + "and officials are understood to have raised no objections.");
        assertThat(f.meetings()).containsExactly("Jane Holloway + Peter Amsel + Tobias Renner (HELD)");
    }
    @Test
    void whoeverJoinsAParticipantJoinsTheMeetingJustReported() {
        var f = Read.article("""
                Talks between Jane Holloway and Peter Amsel are under way in Oslo.

                Holloway is joined by her foreign policy aide Tobias Renner.""");
        assertThat(f.meetings()).contains("Jane Holloway + Peter Amsel + Tobias Renner (HELD)");
    }
}
