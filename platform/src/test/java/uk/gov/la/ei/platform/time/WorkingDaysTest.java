package uk.gov.la.ei.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines run in working days in England: weekends and England & Wales bank holidays do not count. */
class WorkingDaysTest {

    private final WorkingDays days = new WorkingDays(LocalTime.of(17, 0));

    @Test
    void theNextWorkingDayAfterChristmasEve2026IsTuesday29December() {
        // Fri 25 Dec Christmas, Sat/Sun, Mon 28 Dec is the substitute for Boxing Day (a Saturday)
        assertThat(days.nextWorkingDay(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void goodFridayAndEasterMonday2027AreNotWorkingDays() {
        assertThat(days.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2027, 3, 29))).isFalse();
        assertThat(days.nextWorkingDay(LocalDate.of(2027, 3, 25))).isEqualTo(LocalDate.of(2027, 3, 30));
    }

    @Test
    void weekendsAreNotWorkingDaysAndOrdinaryWeekdaysAre() {
        assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse(); // Saturday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse(); // Sunday
        assertThat(days.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();  // Monday
    }

    @Test
    void earlyMayAndSummerBankHolidaysInEngland() {
        assertThat(days.isBankHoliday(LocalDate.of(2027, 5, 3))).isTrue();
        assertThat(days.isBankHoliday(LocalDate.of(2027, 8, 30))).isTrue();
        // 2 January is a bank holiday in Scotland only
        assertThat(days.isBankHoliday(LocalDate.of(2027, 1, 2))).isFalse();
    }

    @Test
    void fiveWorkingDaysForFactualAccuracyCommentsSkipTheChristmasBreak() {
        // a draft report sent on Wednesday 23 December 2026: 24, 29, 30, 31 December, 4 January
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 12, 23), 5)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void tenWorkingDaysForAStatementOfAction() {
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 11, 23), 10)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(days.workingDaysBetween(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 7))).isEqualTo(10);
    }

    @Test
    void aMondayLunchtimeNoticeIsDueByFivePmThatDayLondonTime() {
        Instant notified = Instant.parse("2026-11-23T12:04:00Z");
        assertThat(days.endOfWorkingDay(notified)).isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));
    }

    @Test
    void inBritishSummerTimeTheEndOfTheDayIsFourPmUtc() {
        Instant notified = Instant.parse("2027-06-14T09:30:00Z");
        assertThat(days.endOfWorkingDay(notified)).isEqualTo(Instant.parse("2027-06-14T16:00:00Z"));
    }

    @Test
    void aNoticeAfterHoursOrOnAHolidayIsDueAtTheEndOfTheNextWorkingDay() {
        Instant evening = ZonedDateTime.of(2026, 12, 24, 18, 0, 0, 0, WorkingDays.ENGLAND).toInstant();
        assertThat(days.endOfWorkingDay(evening))
                .isEqualTo(ZonedDateTime.of(2026, 12, 29, 17, 0, 0, 0, WorkingDays.ENGLAND).toInstant());
        Instant goodFriday = ZonedDateTime.of(2027, 3, 26, 10, 0, 0, 0, WorkingDays.ENGLAND).toInstant();
        assertThat(days.endOfWorkingDay(goodFriday))
                .isEqualTo(ZonedDateTime.of(2027, 3, 30, 17, 0, 0, 0, WorkingDays.ENGLAND).toInstant());
    }
}
