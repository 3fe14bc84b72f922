package uk.gov.la.ei.wellbeing.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import uk.gov.la.ei.wellbeing.domain.AuditAction;
import uk.gov.la.ei.wellbeing.domain.CheckIn;
import uk.gov.la.ei.wellbeing.domain.CheckInPlan;
import uk.gov.la.ei.wellbeing.domain.CheckInStatus;
import uk.gov.la.ei.wellbeing.domain.Referral;
import uk.gov.la.ei.wellbeing.domain.ReferralStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A check-in still scheduled after its due time is missed: marked so, and escalated to the CEM
 * (CheckInMissed and an e-mail) – exactly once, however many replicas look.
 */
@ApplicationScoped
public class CheckInWatch {

    private static final Actor WATCH = Actor.system("check-in-watch");

    @Inject
    Clock clock;
    @Inject
    CheckInEscalation escalation;
    @Inject
    AuditLog audit;

    @Scheduled(every = "${wellbeing.watch.check-every:5m}", delayed = "${wellbeing.watch.first-check-after:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void check() {
        markMissed();
    }

    /** @return how many check-ins were found missed in this round */
    public int markMissed() {
        Instant now = clock.instant();
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> CheckIn.<CheckIn>find(
                        "status = ?1 and dueAt < ?2 and referralId in (select r.id from Referral r where r.status = ?3)",
                        CheckInStatus.SCHEDULED, now, ReferralStatus.OPEN).list().stream().map(c -> c.id).toList());
        int missed = 0;
        for (UUID id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> miss(id))) {
                missed++;
            }
        }
        return missed;
    }

    private boolean miss(UUID id) {
        // the referral first, then the check-in: the order every change to a referral's check-ins takes
        // (recording one, closing the referral), so a check-in is never missed and cancelled at once. The
        // referral id is read as a value, so the check-in is loaded fresh under its lock below.
        UUID referralId = CheckIn.getEntityManager()
                .createQuery("select c.referralId from CheckIn c where c.id = ?1", UUID.class)
                .setParameter(1, id).getResultStream().findFirst().orElse(null);
        if (referralId == null) {
            return false;
        }
        Referral r = Referral.findById(referralId, LockModeType.PESSIMISTIC_WRITE);
        CheckIn c = CheckIn.findById(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (r == null || !r.isOpen() || c == null || !CheckInPlan.isMissed(c, now)) {
            return false;
        }
        c.status = CheckInStatus.MISSED;
        c.outcomeAt = now;
        c.outcomeBy = WATCH.id();
        audit.allowed(WATCH, AuditAction.CHECK_IN_MISSED, r.id, c.id.toString(), "not done by " + c.dueAt);
        escalation.escalate(r, c, now);
        return true;
    }
}
