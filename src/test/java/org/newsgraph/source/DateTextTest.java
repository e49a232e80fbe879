package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "December 02, 2025 | 2025-12-02",
            "Dec. 2, 2025 | 2025-12-02",
            "Sept. 27, 2024 | 2024-09-27",
            "2 December 2025 | 2025-12-02",
            "Thursday, 04 December 2025 | 2025-12-04",
            "Published 04.12.25, 07:06 AM | 2025-12-04",
            "12.06.2025 | 2025-06-12",
            "2025-12-04 | 2025-12-04",
            "2024-03-06T07:30:00-05:00 | 2024-03-06",
            "Updated: March 7th, 2024 at 9:15 | 2024-03-07",
            "the 3rd of May 2024 | 2024-05-03",
            "2024/05/03 | 2024-05-03",
            "25/12/2024 | 2024-12-25"})
    void parsesTheWaysPagesWriteDates(String text, LocalDate expected) {
        assertThat(DateText.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no date here", "31 February 2024", "05/06/2024", "version 1.2.3", "March 2024", "99.99.99"})
    void findsNoDateWhereThereIsNoneOrItIsAmbiguous(String text) {
        assertThat(DateText.parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Talks ended on 2 December 2025 in Moscow | 15", "On Dec 2, 2025 | 3"})
    void reportsWhereTheDateStands(String text, int start) {
        assertThat(DateText.find(text)).get().extracting(DateText.Found::start).isEqualTo(start);
    }
}
