package uk.gov.la.ei.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.la.ei.contracts.events.AssignmentReason;
import uk.gov.la.ei.contracts.events.FederationSnapshot;
import uk.gov.la.ei.contracts.events.InspectionRescheduled;
import uk.gov.la.ei.contracts.events.InspectionWithdrawn;
import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.contracts.notice.InspectionNotice;
import uk.gov.la.ei.contracts.notice.NoticeData;
import uk.gov.la.ei.notification.domain.AcknowledgementDeadline;
import uk.gov.la.ei.notification.domain.CemRouting;
import uk.gov.la.ei.notification.domain.HistoryKind;
import uk.gov.la.ei.notification.domain.Inspection;
import uk.gov.la.ei.notification.domain.InspectionHistory;
import uk.gov.la.ei.notification.domain.InspectionState;
import uk.gov.la.ei.notification.domain.InvolvementPolicy;
import uk.gov.la.ei.notification.domain.LaContactEntry;
import uk.gov.la.ei.notification.domain.School;
import uk.gov.la.ei.notification.registry.LaContact;
import uk.gov.la.ei.platform.inbox.IdempotentConsumer;
import uk.gov.la.ei.platform.mail.MailQueue;
import uk.gov.la.ei.platform.outbox.Outbox;
import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Acts on an Ofsted notice (flow steps 1–2), whether it came over Kafka or HTTP: creates or updates
 * the inspection, assigns the contacts by the involvement rule, queues their e-mails and publishes
 * ContactsAssigned – all in one transaction with the processed-event record, so the same event id
 * has one effect however often it arrives.
 */
@ApplicationScoped
public class ReceiveNotice {

    static final String CONSUMER = "notification-service.notices";

    @Inject
    IdempotentConsumer idempotent;
    @Inject
    Outbox outbox;
    @Inject
    MailQueue mail;
    @Inject
    NoticeEmails emails;
    @Inject
    FederationView federations;
    @Inject
    WorkingDays workingDays;
    @Inject
    Clock clock;
    @ConfigProperty(name = "notification.acknowledgement.extra-working-days", defaultValue = "0")
    int extraWorkingDays;

    public enum Result { CREATED, UPDATED, RESCHEDULED, WITHDRAWN, REPEATED }

    public record Outcome(Result result, UUID inspectionId) {
    }

    @Transactional
    public Outcome receive(InspectionNotice notice) {
        NoticeData data = notice.data();
        return idempotent.once(CONSUMER, notice.id(), notice.type().cloudEventType(), () -> act(notice))
                .orElseGet(() -> new Outcome(Result.REPEATED,
                        Inspection.forNotice(data.urn(), data.ofstedReference()).map(i -> i.id).orElse(null)));
    }

    private Outcome act(InspectionNotice notice) {
        NoticeData data = notice.data();
        Optional<Inspection> existing = Inspection.forNotice(data.urn(), data.ofstedReference());
        return switch (notice.type()) {
            case NOTIFIED -> existing.map(i -> update(i, notice)).orElseGet(() -> create(notice));
            // a reschedule of an inspection never notified here is still an inspection to act on
            case RESCHEDULED -> existing.map(i -> update(i, notice)).orElseGet(() -> create(notice));
            case WITHDRAWN -> withdraw(existing.orElseThrow(() -> new NoticeRefused("data.ofstedReference",
                    "no inspection " + data.ofstedReference() + " of URN " + data.urn() + " to withdraw")), notice);
        };
    }

    private Outcome create(InspectionNotice notice) {
        NoticeData data = notice.data();
        Instant now = clock.instant();
        School school = School.findById(data.urn());
        List<LaContact> laContacts = LaContactEntry.all();

        Inspection i = new Inspection();
        i.id = UUID.randomUUID();
        i.urn = data.urn();
        i.ofstedReference = data.ofstedReference();
        i.knownSchool = school != null;
        i.schoolName = school != null ? school.name : data.schoolName();
        i.category = school == null ? null : school.category;
        i.phase = school == null ? null : school.phase;
        i.involvement = InvolvementPolicy.involvementFor(i.category);
        applyNotice(i, notice);
        i.notifiedAt = notice.time().toInstant();
        i.state = InspectionState.NOTIFIED;
        if (school != null) {
            i.simName = school.simName;
            i.simEmail = school.simEmail;
            if (InvolvementPolicy.attachedInspectorInvolved(i.involvement)) {
                i.aiName = school.aiName;
                i.aiEmail = school.aiEmail;
            }
        }
        CemRouting.cemFor(i.category, i.phase, laContacts).ifPresent(cem -> {
            i.cemName = cem.name();
            i.cemEmail = cem.email();
        });
        i.dataFixNeeded = school == null || school.simEmail == null;
        i.acknowledgementDue = AcknowledgementDeadline.dueAt(i.notifiedAt, workingDays, extraWorkingDays);
        i.createdAt = now;
        i.updatedAt = now;
        i.persist();

        InspectionHistory.record(i.id, now, HistoryKind.NOTICE_RECEIVED, notice.source(),
                "%s notice %s: %s %s inspection starting %s".formatted(notice.type(), notice.id(), i.framework,
                        i.inspectionType, i.startDate));
        InspectionHistory.record(i.id, now, HistoryKind.CONTACTS_ASSIGNED, null,
                "involvement %s; SIM %s; AI %s; CEM %s".formatted(i.involvement, orNone(i.simEmail), orNone(i.aiEmail),
                        orNone(i.cemEmail)));
        if (i.dataFixNeeded) {
            InspectionHistory.record(i.id, now, HistoryKind.DATA_FIX_NEEDED, null, school == null
                    ? "URN " + i.urn + " is not in the school registry: routed to the CEM on duty"
                    : "no SIM is assigned to URN " + i.urn + ": routed to the CEM");
        }

        Optional<FederationSnapshot> federation = federations.of(i.urn, i.notifiedAt);
        tell(i, now, role -> emails.notified(i, role, federation));
        outbox.publish(ContactsAssignedEvent.of(i, school, shmi(laContacts), federation.orElse(null), AssignmentReason.NOTIFIED));
        return new Outcome(Result.CREATED, i.id);
    }

    /** The same URN and Ofsted reference again: an update of the same inspection, not a second one. */
    private Outcome update(Inspection i, InspectionNotice notice) {
        Instant now = clock.instant();
        LocalDate previousStart = i.startDate;
        InspectionState previousState = i.state;
        applyNotice(i, notice);
        if (!i.knownSchool && notice.data().schoolName() != null) {
            i.schoolName = notice.data().schoolName();
        }
        if (i.state == InspectionState.WITHDRAWN) {
            i.state = i.acknowledgedAt == null ? InspectionState.NOTIFIED : InspectionState.ACKNOWLEDGED;
        }
        i.updatedAt = now;
        boolean moved = !Objects.equals(previousStart, i.startDate);
        InspectionHistory.record(i.id, now, moved ? HistoryKind.RESCHEDULED : HistoryKind.NOTICE_UPDATED, notice.source(),
                "%s notice %s%s".formatted(notice.type(), notice.id(),
                        moved ? ": start moved from " + previousStart + " to " + i.startDate : "")
                        + (previousState == InspectionState.WITHDRAWN ? "; the withdrawn inspection is reinstated" : ""));
        if (!moved) {
            return new Outcome(Result.UPDATED, i.id);
        }
        NoticeEmails.Email email = emails.rescheduled(i, previousStart);
        tell(i, now, role -> email);
        outbox.publish(new InspectionRescheduled(i.id, notice.id(), i.urn, i.ofstedReference, previousStart,
                i.startDate, i.expectedDays, i.acknowledgementDue));
        return new Outcome(Result.RESCHEDULED, i.id);
    }

    private Outcome withdraw(Inspection i, InspectionNotice notice) {
        Instant now = clock.instant();
        if (i.state == InspectionState.WITHDRAWN) {
            // a second withdrawal (a new event id) changes nothing and tells nobody twice
            InspectionHistory.record(i.id, now, HistoryKind.NOTICE_UPDATED, notice.source(),
                    "withdrawal notice " + notice.id() + " for an inspection already withdrawn");
            i.lastNoticeId = notice.id();
            return new Outcome(Result.UPDATED, i.id);
        }
        i.state = InspectionState.WITHDRAWN;
        i.lastNoticeId = notice.id();
        i.updatedAt = now;
        InspectionHistory.record(i.id, now, HistoryKind.WITHDRAWN, notice.source(), "withdrawn by notice " + notice.id());
        NoticeEmails.Email email = emails.withdrawn(i);
        tell(i, now, role -> email);
        outbox.publish(new InspectionWithdrawn(i.id, notice.id(), i.urn, i.ofstedReference, notice.time().toInstant()));
        return new Outcome(Result.WITHDRAWN, i.id);
    }

    /** Queues an e-mail to each recipient (in the capacity they are told in) and records it. */
    private void tell(Inspection i, Instant now, Function<String, NoticeEmails.Email> emailFor) {
        for (Map.Entry<String, String> recipient : recipients(i).entrySet()) {
            NoticeEmails.Email email = emailFor.apply(recipient.getValue());
            mail.queue(recipient.getKey(), email.subject(), email.body(), i.id.toString());
            InspectionHistory.record(i.id, now, HistoryKind.EMAIL_QUEUED, null,
                    "to " + recipient.getValue() + " " + recipient.getKey() + ": " + email.subject());
        }
    }

    private static void applyNotice(Inspection i, InspectionNotice notice) {
        NoticeData data = notice.data();
        if (data.inspectionType() != null) {
            i.inspectionType = data.inspectionType();
        }
        if (data.framework() != null) {
            i.framework = data.framework();
        }
        if (data.startDate() != null) {
            i.startDate = data.startDate();
        }
        i.expectedDays = data.expectedDays() != null ? data.expectedDays() : (i.expectedDays > 0 ? i.expectedDays : 2);
        if (data.leadInspector() != null) {
            i.leadInspectorName = data.leadInspector().name();
            i.leadInspectorEmail = data.leadInspector().email();
        }
        i.lastNoticeId = notice.id();
    }

    /**
     * Who is told, with the capacity they are told in: the SIM (and the AI where the LA is fully
     * involved); the CEM when there is no SIM to tell, so that no notice waits on a data fix.
     */
    static Map<String, String> recipients(Inspection i) {
        Map<String, String> to = new LinkedHashMap<>();
        if (i.simEmail != null) {
            to.put(i.simEmail, "School Improvement Manager (SIM)");
        }
        if (i.aiEmail != null && i.involvement == Involvement.FULL) {
            to.putIfAbsent(i.aiEmail, "Attached Inspector (AI)");
        }
        if (i.simEmail == null && i.cemEmail != null) {
            to.putIfAbsent(i.cemEmail, i.knownSchool ? "County Education Manager (no SIM is assigned)"
                    : "County Education Manager on duty (URN not in the registry)");
        }
        return to;
    }

    private static List<Person> shmi(List<LaContact> contacts) {
        return contacts.stream().filter(c -> c.role() == LaContact.Role.SHMI)
                .map(c -> new Person(c.name(), c.email())).toList();
    }

    private static String orNone(String s) {
        return s == null ? "none" : s;
    }
}
