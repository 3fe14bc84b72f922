package uk.gov.la.ei.wellbeing.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.notice.Violation;

import java.time.Instant;
import java.time.Period;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Closing needs a reason; a closed referral is kept for the retention period, then erased leaving only counts. */
class ClosureAndRetentionRulesTest {

    @Test
    void closingNeedsAReason() {
        assertThat(ClosureRule.check(null, null)).extracting(Violation::field).containsExactly("reason");
        assertThat(ClosureRule.check(ClosureReason.SUPPORT_IN_PLACE, null)).isEmpty();
    }

    @Test
    void anOtherReasonNeedsAShortNote() {
        assertThat(ClosureRule.check(ClosureReason.OTHER, " ")).extracting(Violation::field).containsExactly("note");
        assertThat(ClosureRule.check(ClosureReason.OTHER, "x".repeat(500))).isEmpty();
        assertThat(ClosureRule.check(ClosureReason.OTHER, "x".repeat(501))).extracting(Violation::field).containsExactly("note");
    }

    @Test
    void aClosedReferralIsErasedOnceTheRetentionPeriodHasPassedSinceItsClosure() {
        Referral r = Referral.open(UUID.randomUUID(), "116123", Instant.parse("2026-11-23T12:30:00Z"),
                Instant.parse("2026-11-24T17:00:00Z"));
        r.close(ClosureReason.CHECK_INS_COMPLETE, null, "officer@hants-ei.example", Instant.parse("2026-12-22T12:00:00Z"));
        Period twoYears = Period.ofYears(2);
        assertThat(RetentionRule.erasableAfter(r.closedAt, twoYears)).isEqualTo(Instant.parse("2028-12-22T12:00:00Z"));
        assertThat(RetentionRule.isDueForErasure(r, Instant.parse("2028-12-22T12:00:00Z"), twoYears)).isFalse();
        assertThat(RetentionRule.isDueForErasure(r, Instant.parse("2028-12-22T12:00:01Z"), twoYears)).isTrue();
    }

    @Test
    void anOpenReferralIsNeverErased() {
        Referral r = Referral.open(UUID.randomUUID(), "116123", Instant.parse("2020-01-06T12:30:00Z"),
                Instant.parse("2020-01-07T17:00:00Z"));
        assertThat(RetentionRule.isDueForErasure(r, Instant.parse("2030-01-01T00:00:00Z"), Period.ofYears(2))).isFalse();
    }

    @Test
    void whatIsLeftIsCountsByTheMonthItWasOpened() {
        Referral r = Referral.open(UUID.randomUUID(), "116123", Instant.parse("2026-11-23T12:30:00Z"),
                Instant.parse("2026-11-24T17:00:00Z"));
        r.signposted(Instant.parse("2026-11-24T10:00:00Z"));
        r.close(ClosureReason.SUPPORT_IN_PLACE, null, "officer@hants-ei.example", Instant.parse("2026-12-22T12:00:00Z"));
        ReferralTrigger pause = new ReferralTrigger();
        pause.kind = uk.gov.la.ei.contracts.events.WellbeingTrigger.PAUSE_REQUESTED;
        Signposting email = new Signposting();
        email.channel = ContactChannel.EMAIL;
        email.offerCodes = new java.util.ArrayList<>(java.util.List.of("HEADSUP4HTS", "HEALTH_ASSURED"));
        CheckIn done = CheckIn.scheduled(r.id, Instant.parse("2026-11-24T17:00:00Z"), "default plan", r.openedAt);
        done.status = CheckInStatus.DONE;
        CheckIn missed = CheckIn.scheduled(r.id, Instant.parse("2026-12-01T17:00:00Z"), "default plan", r.openedAt);
        missed.status = CheckInStatus.MISSED;

        assertThat(ReferralCounts.periodOf(r)).isEqualTo("2026-11");
        assertThat(ReferralCounts.of(r, java.util.List.of(pause), java.util.List.of(email), java.util.List.of(done, missed)))
                .containsEntry("referrals", 1L)
                .containsEntry("trigger.PAUSE_REQUESTED", 1L)
                .containsEntry("signposted", 1L)
                .containsEntry("signposted.within-deadline", 1L)
                .containsEntry("signposting.channel.EMAIL", 1L)
                .containsEntry("offer.HEADSUP4HTS", 1L)
                .containsEntry("check-ins.DONE", 1L)
                .containsEntry("check-ins.MISSED", 1L)
                .containsEntry("closed.SUPPORT_IN_PLACE", 1L)
                .doesNotContainKey("signposting.overdue");
    }
}
