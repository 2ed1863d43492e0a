package org.concordia.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Claims' times as coders write them: a year, a month, a day, or a range of them. */
class TimeSpanTest {

    @Test
    void aYearAMonthAndADayCoverTheirDays() {
        assertThat(TimeSpan.parse("2020")).contains(new TimeSpan(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
        assertThat(TimeSpan.parse("2020-02")).contains(
                new TimeSpan(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29)));
        assertThat(TimeSpan.parse(" 2020-04-09 ")).contains(
                new TimeSpan(LocalDate.of(2020, 4, 9), LocalDate.of(2020, 4, 9)));
    }

    @Test
    void aRangeRunsFromTheStartOfItsFirstEndToTheEndOfItsLast() {
        assertThat(TimeSpan.parse("2020-04/2020-05")).contains(
                new TimeSpan(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 5, 31)));
        assertThat(TimeSpan.parse("2019 / 2020-03-15")).contains(
                new TimeSpan(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 3, 15)));
    }

    @Test
    void whatIsNoDateOrABackwardRangeIsNotATime() {
        assertThat(TimeSpan.isTime("spring 2020")).isFalse();
        assertThat(TimeSpan.isTime("2020-13")).isFalse();
        assertThat(TimeSpan.isTime("2020-02-30")).isFalse();
        assertThat(TimeSpan.isTime("2020-05/2020-04")).isFalse();
        assertThat(TimeSpan.isTime("2020/2021/2022")).isFalse();
        assertThat(TimeSpan.isTime("")).isFalse();
        assertThat(TimeSpan.isTime(null)).isFalse();
    }

    @Test
    void spansOverlapWhenTheyShareADay() {
        TimeSpan april = TimeSpan.parse("2020-04").orElseThrow();
        assertThat(april.overlaps(TimeSpan.parse("2020").orElseThrow())).isTrue();
        assertThat(april.overlaps(TimeSpan.parse("2020-04-30/2020-06").orElseThrow())).isTrue();
        assertThat(april.overlaps(TimeSpan.parse("2020-05-01").orElseThrow())).isFalse();
    }
}
