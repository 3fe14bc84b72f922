package uk.gov.la.ei.notification.domain;

import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Instant;

/**
 * The SIM or AI must acknowledge a notice with the school by the end of the working day on which the LA
 * received it (H§4: "Upon receipt of the notification… the SIM or AI makes contact with the school"),
 * plus any extra working days the LA configures. A notice after hours belongs to the next working day.
 *
 * <p>The clock starts at <em>receipt</em>, not at the publisher's {@code time}: a notice whose
 * {@code time} is in the future must not postpone the deadline, and one whose {@code time} is hours old
 * is still the LA's to act on from when it arrived.
 */
public final class AcknowledgementDeadline {

    private AcknowledgementDeadline() {
    }

    /** @param receivedAt when this service took the notice in (its own clock) */
    public static Instant dueAt(Instant receivedAt, WorkingDays workingDays, int extraWorkingDays) {
        return workingDays.endOfWorkingDayAfter(receivedAt, extraWorkingDays);
    }

    public static boolean isOverdue(Instant dueAt, Instant now) {
        return now.isAfter(dueAt);
    }

    /**
     * An acknowledgement is late if the school was contacted after the deadline, or if it was recorded
     * after the deadline whatever contact time it declares: until it is recorded nobody can see that the
     * notice was acted on, and the deadline exists so that nobody has to take that on trust.
     */
    public static boolean isLate(Instant dueAt, Instant contactedAt, Instant recordedAt) {
        return (contactedAt != null && contactedAt.isAfter(dueAt)) || (recordedAt != null && recordedAt.isAfter(dueAt));
    }
}
