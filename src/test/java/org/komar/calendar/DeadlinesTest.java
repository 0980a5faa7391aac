package org.komar.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final WorkingDays KHMER_NEW_YEAR_2026 = new WorkingDays(List.of(
            LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 16)));

    private static Instant at(String phnomPenhTime) {
        return OffsetDateTime.parse(phnomPenhTime + "+07:00").toInstant();
    }

    @Test
    void a_procedural_limit_ends_at_midnight_of_its_last_day_in_phnom_penh() {
        // Monday 2 March 2026, 10 days: last day Thursday 12 March, expires at 24:00 Phnom Penh.
        assertThat(Deadlines.proceduralDays(at("2026-03-02T15:30:00"), 10, WorkingDays.weekendsOnly()))
                .isEqualTo(at("2026-03-13T00:00:00"));
    }

    @Test
    void the_day_of_the_trigger_is_not_counted_even_just_before_midnight() {
        assertThat(Deadlines.proceduralDays(at("2026-03-02T23:59:59"), 1, WorkingDays.weekendsOnly()))
                .isEqualTo(at("2026-03-04T00:00:00"));
    }

    @Test
    void a_procedural_limit_ending_on_a_saturday_runs_to_the_end_of_monday() {
        // Tuesday 3 March + 4 days = Saturday 7 March -> Monday 9 March 24:00.
        assertThat(Deadlines.proceduralDays(at("2026-03-03T09:00:00"), 4, WorkingDays.weekendsOnly()))
                .isEqualTo(at("2026-03-10T00:00:00"));
    }

    @Test
    void a_procedural_limit_ending_in_khmer_new_year_runs_past_the_holidays() {
        // Friday 10 April + 4 days = Tuesday 14 April (holiday); 15, 16 holidays -> Friday 17 April 24:00.
        assertThat(Deadlines.proceduralDays(at("2026-04-10T09:00:00"), 4, KHMER_NEW_YEAR_2026))
                .isEqualTo(at("2026-04-18T00:00:00"));
    }

    @Test
    void months_are_calendar_months_and_the_end_of_a_short_month_is_its_last_day() {
        // 31 January + 1 month = 28 February 2026 (a Saturday) -> Monday 2 March 24:00.
        assertThat(Deadlines.proceduralMonths(at("2026-01-31T10:00:00"), 1, WorkingDays.weekendsOnly()))
                .isEqualTo(at("2026-03-03T00:00:00"));
    }

    @Test
    void working_days_skip_weekends_and_holidays() {
        // Thursday 9 April 2026 + 5 working days: 10, 13, 17, 20, 21 (14-16 are holidays) -> Tuesday 21 April.
        assertThat(KHMER_NEW_YEAR_2026.plusWorkingDays(LocalDate.of(2026, 4, 9), 5))
                .isEqualTo(LocalDate.of(2026, 4, 21));
        assertThat(Deadlines.proceduralWorkingDays(at("2026-04-09T16:00:00"), 5, KHMER_NEW_YEAR_2026))
                .isEqualTo(at("2026-04-22T00:00:00"));
    }

    @Test
    void liberty_limits_run_from_the_exact_instant_and_never_roll_over_a_weekend_or_holiday() {
        assertThat(Deadlines.libertyHours(at("2026-04-13T22:15:00"), 24)).isEqualTo(at("2026-04-14T22:15:00"));
        // Two months from Friday 14 February 2026 ends Tuesday 14 April, a holiday: it stays there.
        assertThat(Deadlines.libertyMonths(at("2026-02-14T10:00:00"), 2)).isEqualTo(at("2026-04-14T10:00:00"));
        assertThat(Deadlines.libertyDays(at("2026-03-06T10:00:00"), 1)).isEqualTo(at("2026-03-07T10:00:00"));
    }

    @Test
    void weekdays_and_holidays_are_told_apart() {
        assertThat(KHMER_NEW_YEAR_2026.isWorkingDay(LocalDate.of(2026, 4, 13))).isTrue();
        assertThat(KHMER_NEW_YEAR_2026.isWorkingDay(LocalDate.of(2026, 4, 14))).isFalse();
        assertThat(KHMER_NEW_YEAR_2026.isWorkingDay(LocalDate.of(2026, 4, 18))).isFalse();
        assertThat(KHMER_NEW_YEAR_2026.isHoliday(LocalDate.of(2026, 4, 18))).isFalse();
        assertThat(KHMER_NEW_YEAR_2026.onOrNextWorkingDay(LocalDate.of(2026, 4, 14)))
                .isEqualTo(LocalDate.of(2026, 4, 17));
        assertThatThrownBy(() -> KHMER_NEW_YEAR_2026.plusWorkingDays(LocalDate.of(2026, 4, 9), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
