package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HardWrapsTest {

    private static final List<String> WRAPPED = List.of(
            "The committee met on Thursday to discuss the budget for the coming year and",
            "agreed after a long debate that the so-called reserve fund would be cut by a",
            "third. Members said the negoti-",
            "ations had been hard.",
            "",
            "A second paragraph starts here and it also runs on for several lines, as the",
            "text of a printed page does when it is copied out of a PDF file by a reader",
            "who pastes it into a plain text file.",
            "What comes next?",
            "A heading like the one above stands on its own line and then the prose goes",
            "on again until the paragraph ends.");

    @Test
    void detectsHardWrapsButNotOneParagraphPerLine() {
        assertThat(HardWraps.detect(WRAPPED)).isTrue();
        List<String> unwrapped = List.of(
                "The committee met on Thursday to discuss the budget for the coming year and agreed after a long debate that the reserve fund would be cut by a third.",
                "",
                "A second paragraph starts here and it also runs on for several lines, as the text of a printed page does.",
                "",
                "Short one.",
                "Another paragraph that is rather longer than the others and ends with a full stop as paragraphs do.",
                "And a final paragraph of middling length to close the piece.");
        assertThat(HardWraps.detect(unwrapped)).isFalse();
        assertThat(HardWraps.detect(List.of("one line", "two lines"))).isFalse();
    }

    @Test
    void joinsLinesKeepsBreaksAndMendsSplitWords() {
        List<String> paragraphs = HardWraps.unwrap(WRAPPED, l -> false);
        assertThat(paragraphs).containsExactly(
                "The committee met on Thursday to discuss the budget for the coming year and agreed after a long "
                        + "debate that the so-called reserve fund would be cut by a third. Members said the "
                        + "negotiations had been hard.",
                "A second paragraph starts here and it also runs on for several lines, as the text of a printed "
                        + "page does when it is copied out of a PDF file by a reader who pastes it into a plain text file.",
                "What comes next?",
                "A heading like the one above stands on its own line and then the prose goes on again until the "
                        + "paragraph ends.");
    }

    @Test
    void standaloneLinesDoNotBreakTheParagraphAroundThem() {
        List<String> lines = List.of(
                "Officials from both countries said on Monday that the talks would continue into",
                "ADVERTISEMENT",
                "next week, after a first round in the capital ended without an agreement on",
                "the border crossings.",
                "Another paragraph follows the first one here, and it too is wrapped at the",
                "usual width of the page it was printed on.");
        List<String> paragraphs = HardWraps.unwrap(lines, l -> l.equals("ADVERTISEMENT"));
        assertThat(paragraphs).contains("ADVERTISEMENT").contains(
                "Officials from both countries said on Monday that the talks would continue into next week, after a "
                        + "first round in the capital ended without an agreement on the border crossings.");
    }

    @Test
    void aPageBreakInMidSentenceDoesNotEndTheParagraph() {
        List<String> lines = List.of(
                "The minister said on Friday that the government would not change its position on",
                "the border question before the elections, and that talks with the neighbouring",
                "",
                "Briefing                                                            Page 2 of 9",
                "",
                "countries would resume in the autumn at the earliest, according to his office.",
                "",
                "A new paragraph begins after a blank line, as it should, and runs on to the end",
                "of the line before it stops.");
        List<String> paragraphs = HardWraps.unwrap(lines, l -> l.contains("Page 2 of 9"));
        assertThat(paragraphs).containsExactly(
                "Briefing                                                            Page 2 of 9",
                "The minister said on Friday that the government would not change its position on the border "
                        + "question before the elections, and that talks with the neighbouring countries would resume "
                        + "in the autumn at the earliest, according to his office.",
                "A new paragraph begins after a blank line, as it should, and runs on to the end of the line before "
                        + "it stops.");
    }

    @ParameterizedTest
    @CsvSource({
            "negoti, ations, false",
            "so, called, true",
            "pro, Russian, true",
            "28, point, true",
            "son-in, law, true",
            "state, owned, true",
            "Kremlin, backed, true",
            "agree, ment, false",
            "self, styled, true",
            "inter, national, false"})
    void hyphenAtLineEnd(String left, String right, boolean keep) {
        assertThat(HardWraps.keepsHyphen(left, right, Set.of())).isEqualTo(keep);
    }

    @Test
    void theDocumentDecidesWhenItSpellsTheWordElsewhere() {
        assertThat(HardWraps.keepsHyphen("co", "operation", Set.of("co-operation"))).isTrue();
        assertThat(HardWraps.keepsHyphen("well", "being", Set.of("wellbeing"))).isFalse();
    }
}
