package uk.gov.la.ei.supporttracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.gov.la.ei.contracts.events.AcknowledgementOverdue;
import uk.gov.la.ei.contracts.events.AcknowledgementRecorded;
import uk.gov.la.ei.contracts.events.ContactsAssigned;
import uk.gov.la.ei.contracts.events.CoordinatedInspectionIdentified;
import uk.gov.la.ei.contracts.events.InspectionRescheduled;
import uk.gov.la.ei.contracts.events.InspectionWithdrawn;
import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.contracts.events.KeepInTouchTime;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.contracts.events.SupportCaseOpened;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.time.WorkingDays;
import uk.gov.la.ei.supporttracking.domain.CaseState;
import uk.gov.la.ei.supporttracking.domain.ContactChannel;
import uk.gov.la.ei.supporttracking.domain.ContactEntry;
import uk.gov.la.ei.supporttracking.domain.CoordinatedPartner;
import uk.gov.la.ei.supporttracking.domain.DeferralOutcome;
import uk.gov.la.ei.supporttracking.domain.DeferralRequest;
import uk.gov.la.ei.supporttracking.domain.KeepInTouchPoint;
import uk.gov.la.ei.supporttracking.domain.OwnerRole;
import uk.gov.la.ei.supporttracking.domain.PointKind;
import uk.gov.la.ei.supporttracking.domain.PointOrigin;
import uk.gov.la.ei.supporttracking.domain.PointStatus;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the case does with notification-service's facts (topic ei.notification.inspections): the first
 * ContactsAssigned opens the case with its default plan; a later one (REASSIGNED, RENOTIFIED, an updated
 * notice) is an upsert of the same case, never a second one; a reschedule re-plans; a withdrawal cancels the
 * open points and keeps the case as a record; an acknowledgement marks the initial contact done. Every fact
 * also goes on the inspection's timeline. Runs inside the consumer's transaction.
 */
@ApplicationScoped
public class InspectionFacts {

    private static final Logger LOG = Logger.getLogger(InspectionFacts.class);

    @Inject
    KnownInspections known;
    @Inject
    PlanKeeper plan;
    @Inject
    CaseEvents events;
    @Inject
    Timeline timeline;
    @Inject
    FeedbackFacts feedback;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void contactsAssigned(ContactsAssigned c, Instant eventTime, String eventId) {
        Instant now = clock.instant();
        String reason = c.reason() == null ? "NOTIFIED" : c.reason().name();
        timeline.record(c.inspectionId(), c.urn(), c.reason() == null || "NOTIFIED".equals(reason) ? c.notifiedAt() : orNow(eventTime),
                Sources.NOTIFICATION, "ContactsAssigned", Sources.NOTIFICATION,
                "notice " + c.ofstedReference() + " (" + c.inspectionType() + ", " + c.framework() + ") starting " + c.startDate()
                        + " for " + c.expectedDays() + " day(s); involvement " + c.involvement() + "; contacts " + reason
                        + ": SIM " + email(c.sim()) + ", AI " + email(c.attachedInspector()) + ", CEM " + email(c.cem())
                        + "; acknowledgement due " + CaseMails.when(c.acknowledgementDue()), c.noticeId(), eventId);
        CaseContacts contacts = CaseContacts.of(c);
        Optional<SupportCase> existing = SupportCase.lockForInspection(c.inspectionId());
        if (existing.isEmpty()) {
            open(c, contacts, now);
            return;
        }
        SupportCase sc = existing.get();
        boolean reopened = sc.state == CaseState.WITHDRAWN;
        boolean newDeadline = !Objects.equals(sc.acknowledgementDue, c.acknowledgementDue());
        boolean moved = !Objects.equals(sc.startDate, c.startDate()) || sc.expectedDays != c.expectedDays();
        sc.urn = c.urn();
        sc.schoolName = c.schoolName();
        sc.involvement = c.involvement();
        sc.startDate = c.startDate();
        sc.expectedDays = c.expectedDays();
        sc.notifiedAt = c.notifiedAt();
        sc.acknowledgementDue = c.acknowledgementDue();
        if (reopened || (moved && sc.state == CaseState.AWAITING_RESCHEDULE)) {
            sc.state = CaseState.OPEN;
        }
        sc.touched(now, Sources.SYSTEM);
        List<String> changes = plan.reconcile(sc, contacts, now, newDeadline && (reopened || moved || c.reason() != null
                && c.reason().name().equals("RENOTIFIED")), reopened);
        if (reopened) {
            timeline.own(sc, now, "SupportCaseReopened", Sources.SYSTEM, "the inspection was notified again; the case is open again"
                    + (changes.isEmpty() ? "" : ": " + String.join("; ", changes)), null);
        } else if (!changes.isEmpty()) {
            timeline.own(sc, now, "PlanUpdated", Sources.SYSTEM, "contacts " + reason + ": " + String.join("; ", changes), null);
        }
    }

    private void open(ContactsAssigned c, CaseContacts contacts, Instant now) {
        SupportCase sc = new SupportCase();
        sc.id = UUID.randomUUID();
        sc.inspectionId = c.inspectionId();
        sc.urn = c.urn();
        sc.schoolName = c.schoolName();
        sc.involvement = c.involvement();
        sc.state = CaseState.OPEN;
        sc.startDate = c.startDate();
        sc.expectedDays = c.expectedDays();
        sc.notifiedAt = c.notifiedAt();
        sc.acknowledgementDue = c.acknowledgementDue();
        sc.openedAt = now;
        sc.touched(now, Sources.SYSTEM);
        sc.persist();
        List<KeepInTouchPoint> points = plan.createPlan(sc, contacts, now);
        events.publish(sc, new SupportCaseOpened(sc.id, sc.inspectionId, sc.urn, sc.involvement, sc.startDate, points.size(), now),
                now, Sources.SYSTEM, "support case opened, involvement " + sc.involvement + ", keep-in-touch plan of " + points.size()
                        + " point(s): " + String.join(", ", points.stream().map(p -> p.kind + " " + CaseMails.when(p.dueAt)
                        + " (" + p.ownerRole + (p.optional ? ", optional" : "") + ")").toList()), sc.id);
        feedback.replayAwaiting(sc);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rescheduled(InspectionRescheduled r, Instant eventTime, String eventId) {
        Instant now = clock.instant();
        timeline.record(r.inspectionId(), r.urn(), orNow(eventTime), Sources.NOTIFICATION, "InspectionRescheduled", Sources.NOTIFICATION,
                "rescheduled from " + r.previousStartDate() + " to " + r.startDate() + " (" + r.expectedDays() + " day(s)); acknowledgement due "
                        + CaseMails.when(r.acknowledgementDue()), r.noticeId(), eventId);
        Optional<SupportCase> found = SupportCase.lockForInspection(r.inspectionId());
        if (found.isEmpty()) {
            LOG.warnf("rescheduled inspection %s has no support case yet: its ContactsAssigned has not arrived", r.inspectionId());
            return;
        }
        SupportCase sc = found.get();
        boolean newDeadline = r.acknowledgementDue() != null && !r.acknowledgementDue().equals(sc.acknowledgementDue);
        sc.startDate = r.startDate();
        sc.expectedDays = r.expectedDays();
        if (r.acknowledgementDue() != null) {
            sc.acknowledgementDue = r.acknowledgementDue();
        }
        boolean awaited = sc.state == CaseState.AWAITING_RESCHEDULE;
        if (sc.state != CaseState.WITHDRAWN) {
            sc.state = CaseState.OPEN;
        }
        sc.touched(now, Sources.SYSTEM);
        for (DeferralRequest d : DeferralRequest.ofCase(sc.id)) {
            if (d.outcome == DeferralOutcome.GRANTED && d.rescheduledTo == null) {
                d.rescheduledTo = r.startDate();
                d.rescheduledAt = now;
            }
        }
        CaseContacts contacts = CaseContacts.of(known.contactsAssigned(known.require(sc.inspectionId)));
        List<String> changes = plan.reconcile(sc, contacts, now, newDeadline, false);
        long custom = KeepInTouchPoint.ofCase(sc.id).stream().filter(p -> p.origin == PointOrigin.ADDED && p.status.isOpen()).count();
        timeline.own(sc, now, "PlanUpdated", Sources.SYSTEM, "re-planned for the new start date " + r.startDate()
                + (awaited ? " (the granted deferral's rescheduled notice)" : "")
                + (changes.isEmpty() ? "" : ": " + String.join("; ", changes))
                + (custom == 0 ? "" : "; " + custom + " point(s) added by people left as they were – move them if needed"), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(InspectionWithdrawn w, String eventId) {
        Instant now = clock.instant();
        timeline.record(w.inspectionId(), w.urn(), orNow(w.withdrawnAt()), Sources.NOTIFICATION, "InspectionWithdrawn",
                Sources.NOTIFICATION, "Ofsted withdrew notice " + w.ofstedReference(), w.noticeId(), eventId);
        SupportCase.lockForInspection(w.inspectionId()).ifPresent(sc -> {
            sc.state = CaseState.WITHDRAWN;
            sc.touched(now, Sources.SYSTEM);
            int n = plan.cancelOpen(sc, "inspection withdrawn by Ofsted", now);
            timeline.own(sc, now, "PlanCancelled", Sources.SYSTEM, n + " open keep-in-touch point(s) cancelled: the inspection was "
                    + "withdrawn; the case stays as a record", null);
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void acknowledged(AcknowledgementRecorded a, String eventId) {
        Instant now = clock.instant();
        String by = a.acknowledgedBy() == null ? Sources.NOTIFICATION : email(a.acknowledgedBy());
        timeline.record(a.inspectionId(), a.urn(), orNow(a.contactedAt()), Sources.NOTIFICATION, "AcknowledgementRecorded", by,
                "notice acknowledged with " + a.schoolContact() + "; involvement " + a.agreedInvolvement() + "; "
                        + (a.keepInTouchTimes() == null ? 0 : a.keepInTouchTimes().size()) + " keep-in-touch time(s) agreed"
                        + (a.keepInTouchTimes() == null ? "" : ": " + String.join(", ", a.keepInTouchTimes().stream()
                        .map(k -> k.purpose() + " " + k.at()).toList())) + (a.late() ? " (late)" : ""), null, eventId);
        Optional<SupportCase> found = SupportCase.lockForInspection(a.inspectionId());
        if (found.isEmpty()) {
            return;
        }
        SupportCase sc = found.get();
        Instant at = a.contactedAt() == null ? now : a.contactedAt();
        KeepInTouchPoint initial = KeepInTouchPoint.ofCase(sc.id).stream()
                .filter(p -> p.kind == PointKind.INITIAL_CONTACT && p.origin == PointOrigin.PLAN && p.status.isOpen())
                .findFirst().orElse(null);
        if (initial != null) {
            initial.done(at, by, now);
            timeline.own(sc, now, "KeepInTouchPointDone", by, "initial contact done " + CaseMails.when(at) + (initial.late ? " (late)" : ""), initial.id);
        }
        ContactEntry contact = new ContactEntry();
        contact.id = UUID.randomUUID();
        contact.caseId = sc.id;
        contact.inspectionId = sc.inspectionId;
        contact.pointId = initial == null ? null : initial.id;
        contact.madeByName = a.acknowledgedBy() == null ? null : truncate(a.acknowledgedBy().name(), 200);
        contact.madeByEmail = truncate(by, 320);
        contact.withWhom = a.schoolContact() == null ? "the school" : truncate(a.schoolContact(), 300);
        contact.channel = ContactChannel.OTHER;
        contact.contactedAt = at;
        contact.notes = "Acknowledged the notice; agreed involvement " + a.agreedInvolvement();
        contact.recordedAt = now;
        contact.recordedBy = truncate(by, 320);
        contact.persist();
        // H§7: for an academy the LA joins only where the school accepts the offer – the agreed times are its plan
        if (sc.involvement != Involvement.FULL && "OFFER_ACCEPTED".equals(a.agreedInvolvement()) && a.keepInTouchTimes() != null) {
            CaseContacts contacts = CaseContacts.of(known.contactsAssigned(known.require(sc.inspectionId)));
            for (KeepInTouchTime k : a.keepInTouchTimes()) {
                Instant due = k.at() == null ? null : k.at().atZone(WorkingDays.ENGLAND).toInstant();
                if (due != null && due.isAfter(now)) {
                    OwnerRole owner = contacts.attachedInspector() != null && k.owner() != null
                            && k.owner().equalsIgnoreCase(contacts.attachedInspector().email()) ? OwnerRole.ATTACHED_INSPECTOR : OwnerRole.SIM;
                    KeepInTouchPoint p = plan.newPoint(sc, PointKind.AGREED, truncate(k.purpose() == null ? PointKind.AGREED.title() : k.purpose(), 300),
                            PointOrigin.AGREED, false, owner, due, contacts, by, now);
                    timeline.own(sc, now, "KeepInTouchPointAdded", by, "agreed with the school: \"" + p.title + "\" by " + CaseMails.when(due), p.id);
                }
            }
        }
        sc.touched(now, by);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void acknowledgementOverdue(AcknowledgementOverdue o, String eventId) {
        Instant now = clock.instant();
        timeline.record(o.inspectionId(), o.urn(), orNow(o.dueAt()), Sources.NOTIFICATION, "AcknowledgementOverdue", Sources.SYSTEM,
                "not acknowledged by " + CaseMails.when(o.dueAt()) + "; escalated to CEM " + email(o.escalatedTo()), null, eventId);
        SupportCase.lockForInspection(o.inspectionId()).ifPresent(sc -> KeepInTouchPoint.ofCase(sc.id).stream()
                .filter(p -> p.kind == PointKind.INITIAL_CONTACT && p.origin == PointOrigin.PLAN && p.status.isOpen())
                .findFirst().ifPresent(p -> {
                    // notification-service has told the CEM: the missed point's CEM alert is given
                    p.status = PointStatus.MISSED;
                    p.cemAlertedAt = now;
                    p.touched(now, Sources.SYSTEM);
                }));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void coordinated(CoordinatedInspectionIdentified ci, Instant eventTime, String eventId) {
        Instant now = clock.instant();
        timeline.record(ci.inspectionId(), ci.urn(), orNow(eventTime), Sources.NOTIFICATION, "CoordinatedInspectionIdentified",
                Sources.NOTIFICATION, "coordinated inspection with " + ci.partnerSchoolName() + " (URN " + ci.partnerUrn() + ") of federation "
                        + ci.federationName(), ci.partnerInspectionId(), eventId);
        CoordinatedPartner.Key key = new CoordinatedPartner.Key(ci.inspectionId(), ci.partnerInspectionId());
        CoordinatedPartner p = CoordinatedPartner.findById(key);
        boolean isNew = p == null;
        if (isNew) {
            p = new CoordinatedPartner();
            p.key = key;
        }
        p.partnerUrn = ci.partnerUrn();
        p.partnerSchoolName = truncate(ci.partnerSchoolName(), 300);
        p.federationCode = truncate(ci.federationCode(), 20);
        p.federationName = truncate(ci.federationName(), 300);
        p.identifiedAt = now;
        if (isNew) {
            p.persist();
        }
    }

    private Instant orNow(Instant at) {
        return at == null ? clock.instant() : at;
    }

    static String email(Person p) {
        return p == null || p.email() == null ? "(none)" : p.email();
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
