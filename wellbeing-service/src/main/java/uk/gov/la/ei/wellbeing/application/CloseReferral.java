package uk.gov.la.ei.wellbeing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.WellbeingReferralClosed;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.platform.outbox.Outbox;
import uk.gov.la.ei.platform.problem.ConflictProblem;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.wellbeing.domain.AuditAction;
import uk.gov.la.ei.wellbeing.domain.CheckIn;
import uk.gov.la.ei.wellbeing.domain.CheckInStatus;
import uk.gov.la.ei.wellbeing.domain.ClosureReason;
import uk.gov.la.ei.wellbeing.domain.ClosureRule;
import uk.gov.la.ei.wellbeing.domain.Referral;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Closing a referral, with a reason (ClosureRule). The check-ins still scheduled are cancelled; the
 * retention period starts.
 */
@ApplicationScoped
public class CloseReferral {

    @Inject
    ReferralGuard guard;
    @Inject
    Caller caller;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    @Transactional
    public Referral close(UUID referralId, ClosureReason reason, String note, String purpose) {
        ReferralGuard.Access access = guard.require(referralId, AuditAction.REFERRAL_CLOSED, true);
        Referral r = access.referral();
        if (!r.isOpen()) {
            throw new ConflictProblem("the referral was already closed at " + r.closedAt + " by " + r.closedBy);
        }
        List<Violation> violations = ClosureRule.check(reason, note);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.instant();
        for (CheckIn c : CheckIn.<CheckIn>list("referralId = ?1 and status = ?2", r.id, CheckInStatus.SCHEDULED)) {
            c.status = CheckInStatus.CANCELLED;
            c.outcomeAt = now;
            c.outcomeBy = caller.email();
        }
        r.close(reason, note == null || note.isBlank() ? null : note.strip(), caller.email(), now);
        outbox.publish(new WellbeingReferralClosed(r.id, r.inspectionId, r.urn, now));
        audit.allowed(caller.actor(), AuditAction.REFERRAL_CLOSED, r.id, reason.name(), access.why(purpose));
        return r;
    }
}
