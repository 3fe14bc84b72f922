package uk.gov.la.ei.supporttracking.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A missed keep-in-touch point alerts the SIM, then the CEM if it is still open (DOMAIN.md step 4,
 * "A missed point alerts the SIM, then the CEM"):
 * <ul>
 *   <li>when its due time passes without it being done or cancelled, it is MISSED and the SIM is alerted
 *       (where the inspection has no SIM – a URN the registry does not know – the CEM at once);</li>
 *   <li>when it is still open {@code cemAfter} later, the CEM is alerted – except for an optional point
 *       (the AI's visit, the SIM's call before the start), which is the SIM's own call to make;</li>
 *   <li>each alert is raised once.</li>
 * </ul>
 */
public final class MissedPointEscalation {

    private final Duration cemAfter;

    public MissedPointEscalation(Duration cemAfter) {
        if (cemAfter.isNegative()) {
            throw new IllegalArgumentException("cemAfter must not be negative");
        }
        this.cemAfter = cemAfter;
    }

    /** The first alert is due: the point is still open, nobody was alerted yet, and its due time has passed. */
    public boolean firstAlertDue(PointStatus status, Instant dueAt, Instant firstAlertedAt, Instant now) {
        return status.isOpen() && firstAlertedAt == null && now.isAfter(dueAt);
    }

    /** The CEM's alert is due: still missed, not optional, not yet told, and {@code cemAfter} past the due time. */
    public boolean cemAlertDue(PointStatus status, boolean optional, Instant dueAt, Instant cemAlertedAt, Instant now) {
        return status == PointStatus.MISSED && !optional && cemAlertedAt == null && now.isAfter(cemAlertAt(dueAt));
    }

    public Instant cemAlertAt(Instant dueAt) {
        return dueAt.plus(cemAfter);
    }

    /** Whom the first alert goes to: the SIM, or the CEM when the inspection has no SIM. */
    public static OwnerRole firstAlerted(boolean inspectionHasSim) {
        return inspectionHasSim ? OwnerRole.SIM : OwnerRole.CEM;
    }
}
