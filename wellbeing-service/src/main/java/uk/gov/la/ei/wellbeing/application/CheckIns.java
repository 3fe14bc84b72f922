package uk.gov.la.ei.wellbeing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.platform.problem.ConflictProblem;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.problem.NotFoundProblem;
import uk.gov.la.ei.wellbeing.domain.AuditAction;
import uk.gov.la.ei.wellbeing.domain.CheckIn;
import uk.gov.la.ei.wellbeing.domain.CheckInStatus;
import uk.gov.la.ei.wellbeing.domain.ContactChannel;
import uk.gov.la.ei.wellbeing.domain.Referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Editing a referral's check-ins and recording how each went (H§4: "regular checking in through visits or
 * telephone calls"): add one, move one, cancel one, record one done or missed with a short note. A check-in
 * recorded as missed is escalated to the CEM just as one the watch finds past due.
 */
@ApplicationScoped
public class CheckIns {

    public enum Outcome {
        DONE,
        MISSED
    }

    public record Outcomes(Outcome outcome, Instant at, ContactChannel channel, String note) {
    }

    @Inject
    ReferralGuard guard;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    CheckInEscalation escalation;

    @Transactional
    public CheckIn add(UUID referralId, Instant dueAt, String purpose) {
        ReferralGuard.Access access = openReferral(referralId, AuditAction.CHECK_IN_SCHEDULED);
        Instant now = clock.instant();
        requireFuture("dueAt", dueAt, now);
        CheckIn c = CheckIn.scheduled(referralId, dueAt, caller.email(), now);
        c.persist();
        audit.allowed(caller.actor(), AuditAction.CHECK_IN_SCHEDULED, referralId, c.id.toString(), access.why(purpose));
        return c;
    }

    @Transactional
    public CheckIn reschedule(UUID referralId, UUID checkInId, Instant dueAt, String purpose) {
        ReferralGuard.Access access = openReferral(referralId, AuditAction.CHECK_IN_RESCHEDULED);
        CheckIn c = scheduledCheckIn(referralId, checkInId);
        requireFuture("dueAt", dueAt, clock.instant());
        c.dueAt = dueAt;
        audit.allowed(caller.actor(), AuditAction.CHECK_IN_RESCHEDULED, referralId, c.id.toString(), access.why(purpose));
        return c;
    }

    @Transactional
    public CheckIn cancel(UUID referralId, UUID checkInId, String note, String purpose) {
        ReferralGuard.Access access = openReferral(referralId, AuditAction.CHECK_IN_CANCELLED);
        CheckIn c = scheduledCheckIn(referralId, checkInId);
        c.status = CheckInStatus.CANCELLED;
        c.outcomeAt = clock.instant();
        c.outcomeBy = caller.email();
        c.note = note;
        audit.allowed(caller.actor(), AuditAction.CHECK_IN_CANCELLED, referralId, c.id.toString(), access.why(purpose));
        return c;
    }

    @Transactional
    public CheckIn record(UUID referralId, UUID checkInId, Outcomes o, String purpose) {
        AuditAction action = o.outcome() == Outcome.MISSED ? AuditAction.CHECK_IN_MISSED : AuditAction.CHECK_IN_DONE;
        ReferralGuard.Access access = openReferral(referralId, action);
        CheckIn c = scheduledCheckIn(referralId, checkInId);
        Instant now = clock.instant();
        List<Violation> violations = new ArrayList<>();
        if (o.outcome() == null) {
            violations.add(new Violation("outcome", "is required: DONE or MISSED"));
        }
        if (o.at() != null && o.at().isAfter(now.plus(Duration.ofMinutes(5)))) {
            violations.add(new Violation("at", "is in the future"));
        }
        if (o.outcome() == Outcome.DONE && o.channel() == null) {
            violations.add(new Violation("channel", "is required for a check-in done: CALL, VISIT or EMAIL"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        c.outcomeAt = o.at() == null ? now : o.at();
        c.outcomeBy = caller.email();
        c.channel = o.channel();
        c.note = o.note();
        if (o.outcome() == Outcome.DONE) {
            c.status = CheckInStatus.DONE;
            audit.allowed(caller.actor(), AuditAction.CHECK_IN_DONE, referralId, c.id.toString(), access.why(purpose));
        } else {
            c.status = CheckInStatus.MISSED;
            audit.allowed(caller.actor(), AuditAction.CHECK_IN_MISSED, referralId, c.id.toString(), access.why(purpose));
            escalation.escalate(access.referral(), c, now);
        }
        return c;
    }

    private ReferralGuard.Access openReferral(UUID referralId, AuditAction action) {
        ReferralGuard.Access access = guard.require(referralId, action, true);
        Referral r = access.referral();
        if (!r.isOpen()) {
            throw new ConflictProblem("the referral was closed at " + r.closedAt + ": its check-ins are final");
        }
        return access;
    }

    private static CheckIn scheduledCheckIn(UUID referralId, UUID checkInId) {
        CheckIn c = CheckIn.findById(checkInId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.referralId.equals(referralId)) {
            throw new NotFoundProblem("no check-in " + checkInId + " on referral " + referralId);
        }
        if (!c.isScheduled()) {
            throw new ConflictProblem("the check-in is already " + c.status + " (at " + c.outcomeAt + ")");
        }
        return c;
    }

    private static void requireFuture(String field, Instant at, Instant now) {
        if (at == null) {
            throw new InvalidInputException(field, "is required");
        }
        if (!at.isAfter(now)) {
            throw new InvalidInputException(field, "must be in the future");
        }
    }
}
