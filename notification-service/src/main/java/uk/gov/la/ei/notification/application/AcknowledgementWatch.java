package uk.gov.la.ei.notification.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import uk.gov.la.ei.contracts.events.AcknowledgementOverdue;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.notification.domain.HistoryKind;
import uk.gov.la.ei.notification.domain.Inspection;
import uk.gov.la.ei.notification.domain.InspectionHistory;
import uk.gov.la.ei.notification.domain.InspectionState;
import uk.gov.la.ei.platform.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Nothing waits on someone remembering: a notice not acknowledged by its deadline is escalated to the
 * CEM – an AcknowledgementOverdue event and an e-mail – exactly once, however many replicas look.
 */
@ApplicationScoped
public class AcknowledgementWatch {

    private static final Logger LOG = Logger.getLogger(AcknowledgementWatch.class);

    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    InformContacts inform;
    @Inject
    NoticeEmails emails;

    @Scheduled(every = "${notification.acknowledgement.check-every:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void check() {
        escalateOverdue();
    }

    /** @return how many inspections were escalated in this round */
    public int escalateOverdue() {
        Instant now = clock.instant();
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> Inspection.<Inspection>find(
                        "state = ?1 and overdueEscalatedAt is null and acknowledgementDue < ?2",
                        InspectionState.NOTIFIED, now).list().stream().map(i -> i.id).toList());
        int escalated = 0;
        for (UUID id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> escalate(id))) {
                escalated++;
            }
        }
        return escalated;
    }

    private boolean escalate(UUID id) {
        Inspection i = Inspection.findById(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (i == null || !i.isAwaitingEscalation(now)) {
            return false;
        }
        i.escalateOverdue(now);
        Person cem = ContactsAssignedEvent.person(i.cemName, i.cemEmail);
        InspectionHistory.record(i.id, now, HistoryKind.ACKNOWLEDGEMENT_OVERDUE, null,
                "not acknowledged by " + i.acknowledgementDue + "; escalated to CEM " + (cem == null ? "(none configured)" : cem.email()));
        outbox.publish(new AcknowledgementOverdue(i.id, i.urn, i.acknowledgementDue, cem));
        if (cem != null && cem.email() != null) {
            NoticeEmails.Email email = emails.overdue(i);
            inform.tell(i, now, Map.of(cem.email(), "County Education Manager (escalation)"), role -> email);
        } else {
            LOG.errorf("inspection %s of URN %s is overdue and no CEM is configured: load la-contacts", i.id, i.urn);
        }
        return true;
    }
}
