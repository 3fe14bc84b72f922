package uk.gov.la.ei.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.la.ei.contracts.events.AssignmentReason;
import uk.gov.la.ei.contracts.events.FederationSnapshot;
import uk.gov.la.ei.contracts.events.InspectionRescheduled;
import uk.gov.la.ei.contracts.events.InspectionWithdrawn;
import uk.gov.la.ei.contracts.notice.InspectionNotice;
import uk.gov.la.ei.contracts.notice.NoticeData;
import uk.gov.la.ei.notification.domain.AcknowledgementDeadline;
import uk.gov.la.ei.notification.domain.ContactAssignment;
import uk.gov.la.ei.notification.domain.HistoryKind;
import uk.gov.la.ei.notification.domain.Inspection;
import uk.gov.la.ei.notification.domain.InspectionHistory;
import uk.gov.la.ei.notification.domain.InspectionLifecycle;
import uk.gov.la.ei.notification.domain.InspectionLifecycle.NoticeEffect;
import uk.gov.la.ei.notification.domain.InspectionState;
import uk.gov.la.ei.notification.domain.LaContactEntry;
import uk.gov.la.ei.notification.domain.School;
import uk.gov.la.ei.notification.registry.LaContact;
import uk.gov.la.ei.platform.inbox.IdempotentConsumer;
import uk.gov.la.ei.platform.outbox.Outbox;
import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Acts on an Ofsted notice (flow steps 1–2), whether it came over Kafka or HTTP: what it does to the
 * inspection is {@link InspectionLifecycle#effectOf}; each effect queues its e-mails and publishes its
 * event – all in one transaction with the processed-event record, so the same event id has one effect
 * however often it arrives.
 */
@ApplicationScoped
public class ReceiveNotice {

    static final String CONSUMER = "notification-service.notices";

    @Inject
    IdempotentConsumer idempotent;
    @Inject
    Outbox outbox;
    @Inject
    InformContacts inform;
    @Inject
    NoticeEmails emails;
    @Inject
    FederationView federations;
    @Inject
    CoordinatedInspections coordination;
    @Inject
    WorkingDays workingDays;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "notification.acknowledgement.extra-working-days", defaultValue = "0")
    int extraWorkingDays;

    public enum Result { CREATED, UPDATED, RESCHEDULED, RENOTIFIED, WITHDRAWN, REPEATED }

    public record Outcome(Result result, UUID inspectionId) {
    }

    /**
     * Acts on the notice once. Flushes before returning: a concurrent change of the same inspection fails
     * here (retried on Kafka, a 409 over HTTP), never at commit.
     */
    @Transactional
    public Outcome receive(InspectionNotice notice) {
        NoticeData data = notice.data();
        Outcome outcome = idempotent.once(CONSUMER, notice.id(), notice.type().cloudEventType(), () -> act(notice))
                .orElseGet(() -> new Outcome(Result.REPEATED,
                        Inspection.forNotice(data.urn(), data.ofstedReference()).map(i -> i.id).orElse(null)));
        ConcurrentChange.flush();
        return outcome;
    }

    private Outcome act(InspectionNotice notice) {
        NoticeData data = notice.data();
        School school = School.findById(data.urn());
        oneAtATime(school, data.urn());
        Optional<Inspection> existing = Inspection.forNotice(data.urn(), data.ofstedReference());
        boolean startMoved = existing.isPresent() && data.startDate() != null && !data.startDate().equals(existing.get().startDate);
        NoticeEffect effect = InspectionLifecycle.effectOf(notice.type(), existing.map(i -> i.state), startMoved);
        return switch (effect) {
            case CREATE -> create(notice, school);
            case UPDATE -> update(existing.get(), notice);
            case RESCHEDULE -> reschedule(existing.get(), notice);
            case RENOTIFY -> renotify(existing.get(), notice, school);
            case WITHDRAW -> withdraw(existing.get(), notice);
            case ALREADY_WITHDRAWN -> alreadyWithdrawn(existing.get(), notice);
            case NOTHING_TO_WITHDRAW -> throw new NoticeRefused("data.ofstedReference",
                    "no inspection " + data.ofstedReference() + " of URN " + data.urn() + " to withdraw");
        };
    }

    /**
     * Notices of one school – or of one federation, whose partners' notices decide a coordinated
     * inspection – are acted on one at a time, whichever replica or path (Kafka, HTTP) they come by: two at
     * once would both create the inspection, or both miss the partner.
     */
    private void oneAtATime(School school, String urn) {
        String key = school != null && school.federationCode != null ? "federation:" + school.federationCode : "urn:" + urn;
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(:key))) as locked")
                .setParameter("key", "notification-service.notice:" + key)
                .getSingleResult();
    }

    private Instant acknowledgementDue(Instant receivedAt) {
        return AcknowledgementDeadline.dueAt(receivedAt, workingDays, extraWorkingDays);
    }

    private Outcome create(InspectionNotice notice, School school) {
        NoticeData data = notice.data();
        Instant now = clock.instant();
        List<LaContact> laContacts = LaContactEntry.all();

        Inspection i = new Inspection();
        i.id = UUID.randomUUID();
        i.urn = data.urn();
        i.ofstedReference = data.ofstedReference();
        i.schoolName = data.schoolName();
        ContactAssignment.adoptSchool(i, school);
        applyNotice(i, notice);
        i.notified(notice.time().toInstant(), now, acknowledgementDue(now));
        i.assignContacts(ContactAssignment.contactsFor(i, school, laContacts), now);
        i.persist();

        InspectionHistory.record(i.id, now, HistoryKind.NOTICE_RECEIVED, notice.source(),
                "%s notice %s: %s %s inspection starting %s; acknowledgement due by %s".formatted(notice.type(), notice.id(),
                        i.framework, i.inspectionType, i.startDate, i.acknowledgementDue));
        recordContacts(i, now, school);
        Optional<FederationSnapshot> federation = federations.of(i.urn, i.notifiedAt);
        inform.tell(i, now, role -> emails.notified(i, role, federation, false));
        outbox.publish(ContactsAssignedEvent.of(i, school, ContactsAssignedEvent.shmi(laContacts), federation.orElse(null),
                AssignmentReason.NOTIFIED));
        coordination.identify(i, now);
        return new Outcome(Result.CREATED, i.id);
    }

    /** The same URN and Ofsted reference again with nothing moved: details updated, nobody told twice. */
    private Outcome update(Inspection i, InspectionNotice notice) {
        Instant now = clock.instant();
        applyNotice(i, notice);
        if (!i.knownSchool && notice.data().schoolName() != null) {
            i.schoolName = notice.data().schoolName();
        }
        i.updateDetails(now);
        InspectionHistory.record(i.id, now, HistoryKind.NOTICE_UPDATED, notice.source(),
                "%s notice %s".formatted(notice.type(), notice.id()));
        return new Outcome(Result.UPDATED, i.id);
    }

    /** The start moved: a fresh deadline, the SIM/AI told again, InspectionRescheduled for downstream. */
    private Outcome reschedule(Inspection i, InspectionNotice notice) {
        Instant now = clock.instant();
        LocalDate previousStart = i.startDate;
        boolean wasAcknowledged = i.state == InspectionState.ACKNOWLEDGED;
        applyNotice(i, notice);
        i.reschedule(notice.time().toInstant(), now, acknowledgementDue(now));
        InspectionHistory.record(i.id, now, HistoryKind.RESCHEDULED, notice.source(),
                "%s notice %s: start moved from %s to %s; acknowledgement due again by %s%s".formatted(notice.type(),
                        notice.id(), previousStart, i.startDate, i.acknowledgementDue,
                        wasAcknowledged ? " (the acknowledgement for the old dates no longer stands)" : ""));
        Optional<FederationSnapshot> federation = federations.of(i.urn, i.notifiedAt);
        inform.tell(i, now, role -> emails.rescheduled(i, previousStart, federation));
        outbox.publish(new InspectionRescheduled(i.id, notice.id(), i.urn, i.ofstedReference, previousStart,
                i.startDate, i.expectedDays, i.acknowledgementDue));
        coordination.identify(i, now);
        return new Outcome(Result.RESCHEDULED, i.id);
    }

    /** Notified again after a withdrawal: contacts as the registry has them now, a fresh deadline, all told. */
    private Outcome renotify(Inspection i, InspectionNotice notice, School school) {
        Instant now = clock.instant();
        List<LaContact> laContacts = LaContactEntry.all();
        applyNotice(i, notice);
        if (school == null && notice.data().schoolName() != null) {
            i.schoolName = notice.data().schoolName();
        }
        ContactAssignment.adoptSchool(i, school);
        i.renotify(notice.time().toInstant(), now, acknowledgementDue(now));
        i.assignContacts(ContactAssignment.contactsFor(i, school, laContacts), now);
        InspectionHistory.record(i.id, now, HistoryKind.RENOTIFIED, notice.source(),
                "%s notice %s: notified again after the withdrawal, starting %s; acknowledgement due by %s".formatted(
                        notice.type(), notice.id(), i.startDate, i.acknowledgementDue));
        recordContacts(i, now, school);
        Optional<FederationSnapshot> federation = federations.of(i.urn, i.notifiedAt);
        inform.tell(i, now, role -> emails.notified(i, role, federation, true));
        outbox.publish(ContactsAssignedEvent.of(i, school, ContactsAssignedEvent.shmi(laContacts), federation.orElse(null),
                AssignmentReason.RENOTIFIED));
        coordination.identify(i, now);
        return new Outcome(Result.RENOTIFIED, i.id);
    }

    private Outcome withdraw(Inspection i, InspectionNotice notice) {
        Instant now = clock.instant();
        i.withdraw(now);
        i.lastNoticeId = notice.id();
        InspectionHistory.record(i.id, now, HistoryKind.WITHDRAWN, notice.source(), "withdrawn by notice " + notice.id());
        NoticeEmails.Email email = emails.withdrawn(i);
        inform.tell(i, now, role -> email);
        outbox.publish(new InspectionWithdrawn(i.id, notice.id(), i.urn, i.ofstedReference, notice.time().toInstant()));
        return new Outcome(Result.WITHDRAWN, i.id);
    }

    /** A second withdrawal (a new event id) changes nothing and tells nobody twice. */
    private Outcome alreadyWithdrawn(Inspection i, InspectionNotice notice) {
        InspectionHistory.record(i.id, clock.instant(), HistoryKind.NOTICE_UPDATED, notice.source(),
                "withdrawal notice " + notice.id() + " for an inspection already withdrawn");
        i.lastNoticeId = notice.id();
        return new Outcome(Result.UPDATED, i.id);
    }

    private static void recordContacts(Inspection i, Instant now, School school) {
        InspectionHistory.record(i.id, now, HistoryKind.CONTACTS_ASSIGNED, null,
                "involvement %s; SIM %s; AI %s; CEM %s".formatted(i.involvement, orNone(i.simEmail), orNone(i.aiEmail),
                        orNone(i.cemEmail)));
        if (i.dataFixNeeded) {
            InspectionHistory.record(i.id, now, HistoryKind.DATA_FIX_NEEDED, null, school == null
                    ? "URN " + i.urn + " is not in the school registry: routed to the CEM on duty"
                    : "no SIM is assigned to URN " + i.urn + ": routed to the CEM, who may acknowledge it");
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

    private static String orNone(String s) {
        return s == null ? "none" : s;
    }
}
