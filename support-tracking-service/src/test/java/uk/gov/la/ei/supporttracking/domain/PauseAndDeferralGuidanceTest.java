package uk.gov.la.ei.supporttracking.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Ofsted's pausing guidance (19 January 2024) and deferral guidance, as DOMAIN.md "Ofsted facts" states them. */
class PauseAndDeferralGuidanceTest {

    private final WorkingDays workingDays = new WorkingDays();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void aPauseStopsAnInspectionThatHasStarted() {
        assertThat(PauseGuidance.mayBeRequested(d("2026-11-24"), d("2026-11-23"))).isFalse();
        assertThat(PauseGuidance.mayBeRequested(d("2026-11-24"), d("2026-11-24"))).isTrue();
    }

    @Test
    void aPauseIsUsuallyUntilTheNextDay() {
        assertThat(PauseGuidance.usualResumption(d("2026-11-24"), workingDays)).isEqualTo(d("2026-11-25"));
        // a Friday pause resumes after the weekend and the Summer bank holiday
        assertThat(PauseGuidance.usualResumption(d("2026-08-28"), workingDays)).isEqualTo(d("2026-09-01"));
    }

    @Test
    void aPauseLastsAtMostFiveWorkingDays() {
        assertThat(PauseGuidance.checkResumption(d("2026-11-24"), d("2026-12-01"), workingDays)).isEmpty();
        assertThat(PauseGuidance.checkResumption(d("2026-11-24"), d("2026-12-02"), workingDays)).get().asString()
                .contains("at most 5 working days");
    }

    @Test
    void anInspectionResumesOnAWorkingDayAfterThePause() {
        assertThat(PauseGuidance.checkResumption(d("2026-11-24"), d("2026-11-24"), workingDays)).get().asString().contains("after");
        assertThat(PauseGuidance.checkResumption(d("2026-11-27"), d("2026-11-28"), workingDays)).get().asString().contains("working day");
    }

    @Test
    void theRestOfAPausedInspectionMovesOnByTheWorkingDaysLost() {
        assertThat(PauseGuidance.workingDaysLost(d("2026-11-24"), d("2026-11-25"), workingDays)).isEqualTo(1);
        assertThat(PauseGuidance.workingDaysLost(d("2026-11-27"), d("2026-11-30"), workingDays)).isEqualTo(1);
    }

    @Test
    void deferralMovesAnInspectionThatHasNotStarted() {
        assertThat(DeferralGuidance.mayBeRequested(d("2026-11-24"), d("2026-11-23"))).isTrue();
        assertThat(DeferralGuidance.mayBeRequested(d("2026-11-24"), d("2026-11-24"))).isFalse();
    }

    @Test
    void aRequestedDeferralIsGrantedOrRefusedOnceAndStaysDecided() {
        assertThat(DeferralGuidance.mayMove(DeferralOutcome.REQUESTED, DeferralOutcome.GRANTED)).isTrue();
        assertThat(DeferralGuidance.mayMove(DeferralOutcome.REQUESTED, DeferralOutcome.REFUSED)).isTrue();
        assertThat(DeferralGuidance.mayMove(DeferralOutcome.REQUESTED, DeferralOutcome.REQUESTED)).isFalse();
        assertThat(DeferralGuidance.mayMove(DeferralOutcome.GRANTED, DeferralOutcome.REFUSED)).isFalse();
        assertThat(DeferralGuidance.mayMove(DeferralOutcome.REFUSED, DeferralOutcome.GRANTED)).isFalse();
    }
}
