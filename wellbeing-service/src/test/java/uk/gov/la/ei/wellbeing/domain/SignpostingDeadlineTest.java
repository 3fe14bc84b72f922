package uk.gov.la.ei.wellbeing.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A referred leader is signposted within one working day (by the end of the next working day), or the SIM and CEM are alerted. */
class SignpostingDeadlineTest {

    private final WorkingDays workingDays = new WorkingDays();

    @Test
    void aReferralOnMondayLunchtimeIsSignpostedByTheEndOfTuesday() {
        assertThat(SignpostingDeadline.dueAt(Instant.parse("2026-11-23T12:30:00Z"), workingDays, 1))
                .isEqualTo(Instant.parse("2026-11-24T17:00:00Z"));
    }

    @Test
    void aReferralOnChristmasEveIsSignpostedByTheEndOfTheNextWorkingDayAfterTheBankHolidays() {
        // Thursday 24 December 2026; Christmas Day Friday, Boxing Day Saturday (substitute Monday 28th)
        assertThat(SignpostingDeadline.dueAt(Instant.parse("2026-12-24T10:00:00Z"), workingDays, 1))
                .isEqualTo(Instant.parse("2026-12-29T17:00:00Z"));
    }

    @Test
    void aReferralAfterHoursOnFridayCountsFromMonday() {
        assertThat(SignpostingDeadline.dueAt(Instant.parse("2026-11-27T18:00:00Z"), workingDays, 1))
                .isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
    }

    @Test
    void itIsOverdueOnlyOnceTheDeadlineHasPassedWithoutSignposting() {
        Referral r = Referral.open(java.util.UUID.randomUUID(), "116123", Instant.parse("2026-11-23T12:30:00Z"),
                Instant.parse("2026-11-24T17:00:00Z"));
        assertThat(SignpostingDeadline.isOverdue(r, Instant.parse("2026-11-24T17:00:00Z"))).isFalse();
        assertThat(SignpostingDeadline.isOverdue(r, Instant.parse("2026-11-24T17:00:01Z"))).isTrue();
    }

    @Test
    void aSignpostedOrClosedReferralIsNeverOverdue() {
        Instant late = Instant.parse("2026-11-30T09:00:00Z");
        Referral signposted = Referral.open(java.util.UUID.randomUUID(), "116123", Instant.parse("2026-11-23T12:30:00Z"),
                Instant.parse("2026-11-24T17:00:00Z"));
        signposted.signposted(Instant.parse("2026-11-23T15:00:00Z"));
        assertThat(SignpostingDeadline.isOverdue(signposted, late)).isFalse();

        Referral closed = Referral.open(java.util.UUID.randomUUID(), "116123", Instant.parse("2026-11-23T12:30:00Z"),
                Instant.parse("2026-11-24T17:00:00Z"));
        closed.close(ClosureReason.LEADER_DECLINED_SUPPORT, null, "sim@hants-ei.example", Instant.parse("2026-11-24T09:00:00Z"));
        assertThat(SignpostingDeadline.isOverdue(closed, late)).isFalse();
    }
}
