package uk.gov.la.ei.wellbeing.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import uk.gov.la.ei.wellbeing.domain.AuditAction;
import uk.gov.la.ei.wellbeing.domain.CheckIn;
import uk.gov.la.ei.wellbeing.domain.Referral;
import uk.gov.la.ei.wellbeing.domain.ReferralCounts;
import uk.gov.la.ei.wellbeing.domain.ReferralStatus;
import uk.gov.la.ei.wellbeing.domain.ReferralTrigger;
import uk.gov.la.ei.wellbeing.domain.RetentionRule;
import uk.gov.la.ei.wellbeing.domain.Signposting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Erases closed referrals once the retention period has passed (RetentionRule), leaving only counts.
 * For each, in one transaction under its row lock: its counts are added to {@code referral_tally}; then the
 * referral, its triggers, signpostings and check-ins are deleted, with the e-mails this service sent about
 * it (the signposting e-mail names the leader and the offers) and the relayed outbox events that named it.
 * The audit log is not touched – it cannot be, and it holds nothing to erase (ids, who, what, when, why);
 * a line "REFERRAL_ERASED" is added to it.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    private static final Actor RETENTION = Actor.system("retention");

    @Inject
    Clock clock;
    @Inject
    WellbeingSettings settings;
    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;

    @Scheduled(every = "${wellbeing.retention.check-every:6h}", delayed = "${wellbeing.retention.first-check-after:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void check() {
        eraseExpired();
    }

    /** @return how many referrals were erased in this round */
    public int eraseExpired() {
        Instant cutoff = RetentionRule.closedBefore(clock.instant(), settings.closedReferralsKeptFor());
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> Referral.<Referral>find(
                "status = ?1 and closedAt < ?2", ReferralStatus.CLOSED, cutoff).list().stream().map(r -> r.id).toList());
        int erased = 0;
        for (UUID id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> erase(id))) {
                erased++;
            }
        }
        if (erased > 0) {
            LOG.infof("erased %d closed wellbeing referral(s) past the retention period (%s)", erased,
                    settings.closedReferralsKeptFor());
        }
        return erased;
    }

    private boolean erase(UUID id) {
        Referral r = Referral.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !RetentionRule.isDueForErasure(r, clock.instant(), settings.closedReferralsKeptFor())) {
            return false;
        }
        String reference = id.toString();
        Number waiting = (Number) em.createNativeQuery("select (select count(*) from outgoing_mail where reference = ?1"
                        + " and status = 'PENDING') + (select count(*) from outbox_message where sent_at is null and payload like ?2)")
                .setParameter(1, reference).setParameter(2, "%" + reference + "%").getSingleResult();
        if (waiting.longValue() > 0) {
            // an e-mail or event about it is still to be delivered: erase it in a later round, whole
            LOG.warnf("wellbeing referral %s is due for erasure but %d mail(s) or event(s) about it are not yet delivered",
                    id, waiting.longValue());
            return false;
        }
        Map<String, Long> counts = ReferralCounts.of(r, ReferralTrigger.of(id), Signposting.of(id), CheckIn.of(id));
        String period = ReferralCounts.periodOf(r);
        counts.forEach((metric, count) -> em.createNativeQuery("""
                        insert into referral_tally (period, metric, count) values (?1, ?2, ?3)
                        on conflict (period, metric) do update set count = referral_tally.count + excluded.count""")
                .setParameter(1, period).setParameter(2, metric).setParameter(3, count).executeUpdate());
        em.createNativeQuery("delete from outgoing_mail_attachment where mail_id in (select id from outgoing_mail"
                + " where reference = ?1 and status <> 'PENDING')").setParameter(1, reference).executeUpdate();
        em.createNativeQuery("delete from outgoing_mail where reference = ?1 and status <> 'PENDING'")
                .setParameter(1, reference).executeUpdate();
        em.createNativeQuery("delete from outbox_message where sent_at is not null and payload like ?1")
                .setParameter(1, "%" + reference + "%").executeUpdate();
        em.flush();
        em.clear();
        // triggers, signpostings (and their offers) and check-ins go with it (on delete cascade)
        em.createNativeQuery("delete from referral where id = ?1").setParameter(1, id).executeUpdate();
        audit.allowed(RETENTION, AuditAction.REFERRAL_ERASED, id, null,
                "closed more than " + settings.closedReferralsKeptFor() + " ago; counts kept");
        return true;
    }
}
