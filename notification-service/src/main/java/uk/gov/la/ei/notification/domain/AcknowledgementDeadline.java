package uk.gov.la.ei.notification.domain;

import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Instant;

/**
 * The SIM or AI must acknowledge a notice with the school by the end of the working day on which it
 * arrived (H§4: "Upon receipt of the notification… the SIM or AI makes contact with the school"),
 * plus any extra working days the LA configures. A notice after hours belongs to the next working day.
 */
public final class AcknowledgementDeadline {

    private AcknowledgementDeadline() {
    }

    public static Instant dueAt(Instant notifiedAt, WorkingDays workingDays, int extraWorkingDays) {
        return workingDays.endOfWorkingDayAfter(notifiedAt, extraWorkingDays);
    }

    public static boolean isOverdue(Instant dueAt, Instant now) {
        return now.isAfter(dueAt);
    }
}
