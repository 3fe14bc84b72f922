package uk.gov.la.ei.notification.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** H§4: the notice is acknowledged with the school by the end of the working day it arrives. */
class AcknowledgementDeadlineTest {

    private final WorkingDays days = new WorkingDays(LocalTime.of(17, 0));

    @Test
    void aMondayNoticeIsDueByTheEndOfMonday() {
        assertThat(AcknowledgementDeadline.dueAt(Instant.parse("2026-11-23T12:04:00Z"), days, 0))
                .isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));
    }

    @Test
    void aNoticeOnChristmasEveEveningIsDueAfterTheBankHolidays() {
        assertThat(AcknowledgementDeadline.dueAt(Instant.parse("2026-12-24T18:30:00Z"), days, 0))
                .isEqualTo(Instant.parse("2026-12-29T17:00:00Z"));
    }

    @Test
    void anLaMayAllowExtraWorkingDays() {
        assertThat(AcknowledgementDeadline.dueAt(Instant.parse("2026-11-27T10:00:00Z"), days, 1))
                .isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
    }

    @Test
    void overdueOnlyOnceTheDeadlineHasPassed() {
        Instant due = Instant.parse("2026-11-23T17:00:00Z");
        assertThat(AcknowledgementDeadline.isOverdue(due, due)).isFalse();
        assertThat(AcknowledgementDeadline.isOverdue(due, due.plus(Duration.ofSeconds(1)))).isTrue();
    }

    @Test
    void anAcknowledgementIsLateIfTheSchoolWasContactedAfterTheDeadline() {
        Instant due = Instant.parse("2026-11-23T17:00:00Z");
        assertThat(AcknowledgementDeadline.isLate(due, due.plusSeconds(60), due.plusSeconds(120))).isTrue();
    }

    @Test
    void anAcknowledgementRecordedAfterTheDeadlineIsLateWhateverContactTimeItDeclares() {
        Instant due = Instant.parse("2026-11-23T17:00:00Z");
        assertThat(AcknowledgementDeadline.isLate(due, due.minusSeconds(3600), Instant.parse("2026-11-24T09:00:00Z"))).isTrue();
        assertThat(AcknowledgementDeadline.isLate(due, due.minusSeconds(3600), due)).isFalse();
    }
}
