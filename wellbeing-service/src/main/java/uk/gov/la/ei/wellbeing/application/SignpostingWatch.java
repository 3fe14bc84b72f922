package uk.gov.la.ei.wellbeing.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import uk.gov.la.ei.contracts.events.SignpostingOverdue;
import uk.gov.la.ei.platform.inspections.KnownInspection;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.mail.MailQueue;
import uk.gov.la.ei.platform.outbox.Outbox;
import uk.gov.la.ei.wellbeing.domain.AuditAction;
import uk.gov.la.ei.wellbeing.domain.Referral;
import uk.gov.la.ei.wellbeing.domain.ReferralStatus;
import uk.gov.la.ei.wellbeing.domain.SignpostingDeadline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Nothing waits on someone remembering: a referral not signposted within one working day raises
 * SignpostingOverdue (identifiers only) and an e-mail to the SIM and the CEM – exactly once, however many
 * replicas look (row lock, re-check, mark).
 */
@ApplicationScoped
public class SignpostingWatch {

    private static final Logger LOG = Logger.getLogger(SignpostingWatch.class);
    private static final Actor WATCH = Actor.system("signposting-watch");

    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    MailQueue mail;
    @Inject
    WellbeingEmails emails;
    @Inject
    KnownInspections knownInspections;
    @Inject
    AuditLog audit;

    @Scheduled(every = "${wellbeing.watch.check-every:5m}", delayed = "${wellbeing.watch.first-check-after:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void check() {
        raiseOverdue();
    }

    /** @return how many referrals were raised as overdue in this round */
    public int raiseOverdue() {
        Instant now = clock.instant();
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> Referral.<Referral>find(
                        "status = ?1 and signpostedAt is null and signpostingOverdueAt is null and signpostingDue < ?2",
                        ReferralStatus.OPEN, now).list().stream().map(r -> r.id).toList());
        int raised = 0;
        for (UUID id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> raise(id))) {
                raised++;
            }
        }
        return raised;
    }

    private boolean raise(UUID id) {
        Referral r = Referral.findById(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (r == null || r.signpostingOverdueAt != null || !SignpostingDeadline.isOverdue(r, now)) {
            return false;
        }
        r.signpostingOverdueAt = now;
        outbox.publish(new SignpostingOverdue(r.id, r.inspectionId, r.urn, r.signpostingDue));
        KnownInspection i = knownInspections.find(r.inspectionId).orElse(null);
        int told = 0;
        if (i != null) {
            WellbeingEmails.Email email = emails.signpostingOverdue(r, i);
            for (String to : new java.util.LinkedHashSet<>(java.util.Arrays.asList(i.simEmail, i.cemEmail))) {
                if (to != null) {
                    mail.queue(to, email.subject(), email.body(), r.id.toString());
                    told++;
                }
            }
        }
        if (told == 0) {
            LOG.errorf("wellbeing referral %s (URN %s) is not signposted by %s and neither a SIM nor a CEM is known for"
                    + " inspection %s: the SignpostingOverdue event is published, no e-mail could be sent", r.id, r.urn,
                    r.signpostingDue, r.inspectionId);
        }
        audit.allowed(WATCH, AuditAction.SIGNPOSTING_OVERDUE, r.id, null, "not signposted by " + r.signpostingDue);
        return true;
    }
}
