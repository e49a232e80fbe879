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
}
