package uk.gov.la.ei.wellbeing.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Check-ins with a referred leader: within one working day, then weekly for four weeks; early after an adverse outcome. */
class CheckInPlanTest {

    private final WorkingDays workingDays = new WorkingDays();
    private final CheckInPlan plan = new CheckInPlan(1, 4);

    @Test
    void theDefaultIsOneWithinAWorkingDayThenOneAWeekForFourWeeks() {
        assertThat(plan.scheduleFrom(Instant.parse("2026-11-23T12:30:00Z"), workingDays)).containsExactly(
                Instant.parse("2026-11-24T17:00:00Z"),
                Instant.parse("2026-12-01T17:00:00Z"),
                Instant.parse("2026-12-08T17:00:00Z"),
                Instant.parse("2026-12-15T17:00:00Z"),
                Instant.parse("2026-12-22T17:00:00Z"));
    }

    @Test
    void aWeeklyCheckInThatFallsOnABankHolidayMovesToTheNextWorkingDay() {
        // first on Friday 18 December 2026; Friday 25 December and Monday 28 December (Boxing Day substitute) are
        // bank holidays, as is Friday 1 January 2027
        assertThat(plan.scheduleFrom(Instant.parse("2026-12-17T10:00:00Z"), workingDays)).containsExactly(
                Instant.parse("2026-12-18T17:00:00Z"),
                Instant.parse("2026-12-29T17:00:00Z"),
                Instant.parse("2027-01-04T17:00:00Z"),
                Instant.parse("2027-01-08T17:00:00Z"),
                Instant.parse("2027-01-15T17:00:00Z"));
    }

    @Test
    void theNumbersAreConfiguration() {
        assertThat(new CheckInPlan(2, 0).scheduleFrom(Instant.parse("2026-11-23T12:30:00Z"), workingDays))
                .containsExactly(Instant.parse("2026-11-25T17:00:00Z"));
    }

    @Test
    void afterAnAdverseOutcomeTheLeaderIsCheckedOnWithinOneWorkingDayEvenIfTheNextCheckInIsLater() {
        // learned on Thursday 26 November; the next check-in of the schedule is Tuesday 1 December
        assertThat(plan.earlyCheckInAfterAdverseOutcome(Instant.parse("2026-11-26T11:00:00Z"),
                List.of(Instant.parse("2026-12-01T17:00:00Z")), workingDays))
                .contains(Instant.parse("2026-11-27T17:00:00Z"));
    }

    @Test
    void noExtraCheckInWhenOneIsAlreadyDueWithinOneWorkingDay() {
        assertThat(plan.earlyCheckInAfterAdverseOutcome(Instant.parse("2026-11-23T12:30:00Z"),
                List.of(Instant.parse("2026-11-24T17:00:00Z")), workingDays)).isEmpty();
    }

    @Test
    void aCheckInStillScheduledAfterItsDueTimeIsMissed() {
        CheckIn c = CheckIn.scheduled(UUID.randomUUID(), Instant.parse("2026-11-24T17:00:00Z"), "default plan",
                Instant.parse("2026-11-23T12:30:00Z"));
        assertThat(CheckInPlan.isMissed(c, Instant.parse("2026-11-24T17:00:00Z"))).isFalse();
        assertThat(CheckInPlan.isMissed(c, Instant.parse("2026-11-24T17:00:01Z"))).isTrue();
        c.status = CheckInStatus.DONE;
        assertThat(CheckInPlan.isMissed(c, Instant.parse("2026-11-30T09:00:00Z"))).isFalse();
    }
}
