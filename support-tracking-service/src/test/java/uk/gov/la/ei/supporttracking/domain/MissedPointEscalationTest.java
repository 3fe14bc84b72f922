package uk.gov.la.ei.supporttracking.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DOMAIN.md step 4: "A missed point alerts the SIM, then the CEM." */
class MissedPointEscalationTest {

    private final MissedPointEscalation rule = new MissedPointEscalation(Duration.ofHours(2));
    private final Instant due = Instant.parse("2026-11-24T18:30:00Z");

    @Test
    void aPointNotDoneByItsDueTimeAlertsTheSimFirst() {
        assertThat(rule.firstAlertDue(PointStatus.PLANNED, due, null, due)).isFalse();
        assertThat(rule.firstAlertDue(PointStatus.PLANNED, due, null, due.plusSeconds(1))).isTrue();
        assertThat(MissedPointEscalation.firstAlerted(true)).isEqualTo(OwnerRole.SIM);
    }

    @Test
    void anInspectionWithoutASimAlertsTheCemAtOnce() {
        assertThat(MissedPointEscalation.firstAlerted(false)).isEqualTo(OwnerRole.CEM);
    }

    @Test
    void stillOpenTwoHoursAfterItsDueTimeTheMissedPointAlertsTheCem() {
        assertThat(rule.cemAlertDue(PointStatus.MISSED, false, due, null, due.plus(Duration.ofHours(2)))).isFalse();
        assertThat(rule.cemAlertDue(PointStatus.MISSED, false, due, null, due.plus(Duration.ofHours(2)).plusSeconds(1))).isTrue();
    }

    @Test
    void eachAlertIsRaisedOnce() {
        Instant later = due.plus(Duration.ofDays(1));
        assertThat(rule.firstAlertDue(PointStatus.MISSED, due, due.plusSeconds(60), later)).isFalse();
        assertThat(rule.cemAlertDue(PointStatus.MISSED, false, due, later.minusSeconds(5), later)).isFalse();
    }

    @Test
    void anOptionalPointIsTheSimsOwnCallAndNeverGoesToTheCem() {
        assertThat(rule.cemAlertDue(PointStatus.MISSED, true, due, null, due.plus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    void aPointDoneOrCancelledAlertsNobody() {
        Instant later = due.plus(Duration.ofDays(1));
        assertThat(rule.firstAlertDue(PointStatus.DONE, due, null, later)).isFalse();
        assertThat(rule.firstAlertDue(PointStatus.CANCELLED, due, null, later)).isFalse();
        assertThat(rule.cemAlertDue(PointStatus.DONE, false, due, null, later)).isFalse();
    }

    @Test
    void aNegativeDelayIsRefused() {
        assertThatThrownBy(() -> new MissedPointEscalation(Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
