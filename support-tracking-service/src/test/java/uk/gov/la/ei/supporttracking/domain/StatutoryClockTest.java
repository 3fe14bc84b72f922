package uk.gov.la.ei.supporttracking.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The Tri-borough framework's statutory clocks (T§4–§5) and the draft report's factual-accuracy check. */
class StatutoryClockTest {

    private final WorkingDays workingDays = new WorkingDays();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void aStatementOfActionIsDueWithinTenWorkingDaysOfTheReportsPublicationT5_28() {
        // published Friday 18 December 2026: Christmas Day, the substitute Boxing Day (28th) and New Year's Day do not count
        assertThat(StatutoryClock.STATEMENT_OF_ACTION.dueOn(d("2026-12-18"), workingDays)).isEqualTo(d("2027-01-06"));
        assertThat(StatutoryClock.STATEMENT_OF_ACTION.start()).isEqualTo(ClockStart.REPORT_PUBLISHED);
    }

    @Test
    void aWarningNoticesCompliancePeriodEndsFifteenWorkingDaysAfterTheDayItIsGivenT5_8() {
        assertThat(StatutoryClock.WARNING_NOTICE_COMPLIANCE.dueOn(d("2026-11-02"), workingDays)).isEqualTo(d("2026-11-23"));
        assertThat(StatutoryClock.WARNING_NOTICE_COMPLIANCE.start()).isEqualTo(ClockStart.WARNING_NOTICE_GIVEN);
    }

    @Test
    void theSchoolHasFiveWorkingDaysToCommentOnTheDraftReportsFactualAccuracy() {
        // received Thursday 21 May 2026: the Spring bank holiday (25 May) does not count
        assertThat(StatutoryClock.FACTUAL_ACCURACY_CHECK.dueOn(d("2026-05-21"), workingDays)).isEqualTo(d("2026-05-29"));
    }

    @Test
    void seriousWeaknessesAreReviewedSixMonthsAfterTheInspectionT5_26() {
        assertThat(StatutoryClock.SIX_MONTH_REVIEW.dueOn(d("2026-11-25"), workingDays)).isEqualTo(d("2027-05-25"));
        assertThat(StatutoryClock.SIX_MONTH_REVIEW.start()).isEqualTo(ClockStart.INSPECTION_ENDED);
    }

    @Test
    void weaknessesAreResolvedWithinAYearAndSpecialMeasuresLeftWithinTwoYearsOnTheLastWorkingDayOfThePeriodT4_6() {
        assertThat(StatutoryClock.WEAKNESSES_RESOLVED_WITHIN_ONE_YEAR.dueOn(d("2026-12-04"), workingDays)).isEqualTo(d("2027-12-03"));
        // 4 December 2027 is a Saturday (one year: Friday 3rd); 9 December 2028 too (two years: Friday 8th)
        assertThat(StatutoryClock.RECOVERY_WITHIN_TWO_YEARS.dueOn(d("2026-12-04"), workingDays)).isEqualTo(d("2028-12-04"));
        assertThat(StatutoryClock.RECOVERY_WITHIN_TWO_YEARS.dueOn(d("2026-12-05"), workingDays)).isEqualTo(d("2028-12-05"));
        assertThat(StatutoryClock.RECOVERY_WITHIN_TWO_YEARS.dueOn(d("2026-12-09"), workingDays)).isEqualTo(d("2028-12-08"));
    }

    @Test
    void everyClockSaysWhatItIsFor() {
        for (StatutoryClock clock : StatutoryClock.values()) {
            assertThat(clock.description()).as(clock.name()).isNotBlank();
        }
        assertThat(StatutoryClock.STATEMENT_OF_ACTION.description()).contains("10 working days");
    }
}
