package uk.gov.la.ei.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.contracts.notice.Framework;
import uk.gov.la.ei.contracts.notice.InspectionType;
import uk.gov.la.ei.notification.domain.InspectionLifecycle.Transition;
import uk.gov.la.ei.notification.registry.EstablishmentCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One inspection: one per Ofsted notice per URN (the same ofstedReference again is an update). Its state
 * changes only through the methods below, each one a step of {@link InspectionLifecycle}.
 */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {
    @Id
    public UUID id;
    @Size(max = Bounds.URN)
    @Column(nullable = false)
    public String urn;
    @Size(max = Bounds.OFSTED_REFERENCE)
    @Column(name = "ofsted_reference", nullable = false)
    public String ofstedReference;
    @Size(max = Bounds.SCHOOL_NAME)
    @Column(name = "school_name")
    public String schoolName;
    @Column(name = "known_school", nullable = false)
    public boolean knownSchool;
    @Column(name = "data_fix_needed", nullable = false)
    public boolean dataFixNeeded;
    @Enumerated(EnumType.STRING)
    public EstablishmentCategory category;
    @Size(max = Bounds.PHASE)
    public String phase;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Involvement involvement;
    @Enumerated(EnumType.STRING)
    @Column(name = "inspection_type", nullable = false)
    public InspectionType inspectionType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Framework framework;
    /** When Ofsted notified, as the publisher says (the notice's {@code time}). */
    @Column(name = "notified_at", nullable = false)
    public Instant notifiedAt;
    /** When this service received the notice (its own clock): the acknowledgement deadline runs from here. */
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;
    @Column(name = "expected_days", nullable = false)
    public int expectedDays;
    @Size(max = Bounds.PERSON_NAME)
    @Column(name = "lead_inspector_name")
    public String leadInspectorName;
    @Size(max = Bounds.EMAIL)
    @Column(name = "lead_inspector_email")
    public String leadInspectorEmail;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InspectionState state;
    @Size(max = Bounds.PERSON_NAME)
    @Column(name = "sim_name")
    public String simName;
    @Size(max = Bounds.EMAIL)
    @Column(name = "sim_email")
    public String simEmail;
    @Size(max = Bounds.PERSON_NAME)
    @Column(name = "ai_name")
    public String aiName;
    @Size(max = Bounds.EMAIL)
    @Column(name = "ai_email")
    public String aiEmail;
    @Size(max = Bounds.PERSON_NAME)
    @Column(name = "cem_name")
    public String cemName;
    @Size(max = Bounds.EMAIL)
    @Column(name = "cem_email")
    public String cemEmail;
    @Column(name = "acknowledgement_due", nullable = false)
    public Instant acknowledgementDue;
    /** When the school was contacted, as the acknowledgement declares. */
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    /** When the acknowledgement was recorded here. */
    @Column(name = "acknowledgement_recorded_at")
    public Instant acknowledgementRecordedAt;
    @Size(max = Bounds.PERSON_NAME)
    @Column(name = "acknowledged_by_name")
    public String acknowledgedByName;
    @Size(max = Bounds.EMAIL)
    @Column(name = "acknowledged_by_email")
    public String acknowledgedByEmail;
    @Size(max = Bounds.SCHOOL_CONTACT)
    @Column(name = "school_contact")
    public String schoolContact;
    @Enumerated(EnumType.STRING)
    @Column(name = "agreed_involvement")
    public AgreedInvolvement agreedInvolvement;
    /** The agreed keep-in-touch times, as JSON (a list of purpose / at / owner). */
    @Column(name = "keep_in_touch", columnDefinition = "text")
    public String keepInTouch;
    @Size(max = Bounds.ACKNOWLEDGEMENT_NOTES)
    @Column(name = "acknowledgement_notes", columnDefinition = "text")
    public String acknowledgementNotes;
    @Column(name = "overdue_escalated_at")
    public Instant overdueEscalatedAt;
    @Size(max = Bounds.NOTICE_ID)
    @Column(name = "last_notice_id", nullable = false)
    public String lastNoticeId;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public int version;

    public static Optional<Inspection> forNotice(String urn, String ofstedReference) {
        return find("urn = ?1 and ofstedReference = ?2", urn, ofstedReference).firstResultOptional();
    }

    public static Optional<Inspection> latestFor(String urn) {
        return find("urn = ?1 order by notifiedAt desc, createdAt desc", urn).firstResultOptional();
    }

    /**
     * The school's inspections a change of its SIM or AI reaches: those not withdrawn that started on or
     * after {@code since} (what follows an inspection – follow-up, a programme of support – goes on long
     * after the notice, and downstream services take "who is the SIM" from the latest ContactsAssigned).
     */
    public static List<Inspection> openFor(String urn, LocalDate since) {
        return list("urn = ?1 and state <> ?2 and startDate >= ?3 order by notifiedAt", urn, InspectionState.WITHDRAWN, since);
    }

    // ---------------------------------------------------------------- the steps of InspectionLifecycle

    /** {@link Transition#NOTIFY}: the first notice; the acknowledgement deadline starts at receipt. */
    public void notified(Instant notifiedAt, Instant receivedAt, Instant acknowledgementDue) {
        state = Transition.NOTIFY.from(state);
        this.notifiedAt = notifiedAt;
        this.receivedAt = receivedAt;
        this.acknowledgementDue = acknowledgementDue;
        this.createdAt = receivedAt;
        this.updatedAt = receivedAt;
    }

    /** {@link Transition#UPDATE_DETAILS}. */
    public void updateDetails(Instant now) {
        state = Transition.UPDATE_DETAILS.from(state);
        updatedAt = now;
    }

    /**
     * {@link Transition#RESCHEDULE}: the start moved. A fresh deadline from receipt of this notice; an
     * acknowledgement given for the old dates no longer stands (the keep-in-touch times were for them), so
     * the inspection awaits acknowledgement again, and may be escalated again if that lapses.
     */
    public void reschedule(Instant notifiedAt, Instant receivedAt, Instant acknowledgementDue) {
        state = Transition.RESCHEDULE.from(state);
        freshDeadline(notifiedAt, receivedAt, acknowledgementDue);
    }

    /** {@link Transition#RENOTIFY}: notified again after a withdrawal; a fresh deadline, as a new notice. */
    public void renotify(Instant notifiedAt, Instant receivedAt, Instant acknowledgementDue) {
        state = Transition.RENOTIFY.from(state);
        freshDeadline(notifiedAt, receivedAt, acknowledgementDue);
    }

    /** {@link Transition#WITHDRAW}. */
    public void withdraw(Instant now) {
        state = Transition.WITHDRAW.from(state);
        updatedAt = now;
    }

    /** {@link Transition#ACKNOWLEDGE}; whether it was late is {@link #acknowledgedLate()}. */
    public void acknowledge(Instant contactedAt, Instant recordedAt, String byName, String byEmail, String schoolContact,
                            AgreedInvolvement agreedInvolvement, String keepInTouchJson, String notes) {
        state = requireAcknowledgeable();
        acknowledgedAt = contactedAt;
        acknowledgementRecordedAt = recordedAt;
        acknowledgedByName = byName;
        acknowledgedByEmail = byEmail;
        this.schoolContact = schoolContact;
        this.agreedInvolvement = agreedInvolvement;
        keepInTouch = keepInTouchJson;
        acknowledgementNotes = notes;
        updatedAt = recordedAt;
    }

    /** Refuses ({@link IllegalTransition}) unless {@link Transition#ACKNOWLEDGE} may run; returns the state it leads to. */
    public InspectionState requireAcknowledgeable() {
        if (state == InspectionState.ACKNOWLEDGED) {
            throw new IllegalTransition(Transition.ACKNOWLEDGE, state,
                    "already acknowledged by " + acknowledgedByEmail + " (school contacted at " + acknowledgedAt + ")");
        }
        return Transition.ACKNOWLEDGE.from(state);
    }

    /** {@link Transition#ESCALATE_OVERDUE}: once per deadline, only once it has passed. */
    public void escalateOverdue(Instant now) {
        state = Transition.ESCALATE_OVERDUE.from(state);
        if (overdueEscalatedAt != null) {
            throw new IllegalTransition(Transition.ESCALATE_OVERDUE, state, "already escalated at " + overdueEscalatedAt);
        }
        if (!AcknowledgementDeadline.isOverdue(acknowledgementDue, now)) {
            throw new IllegalTransition(Transition.ESCALATE_OVERDUE, state, "not overdue until " + acknowledgementDue);
        }
        overdueEscalatedAt = now;
        updatedAt = now;
    }

    /** Whether {@link #escalateOverdue} may run now. */
    public boolean isAwaitingEscalation(Instant now) {
        return Transition.ESCALATE_OVERDUE.allowedFrom(state) && overdueEscalatedAt == null
                && AcknowledgementDeadline.isOverdue(acknowledgementDue, now);
    }

    /**
     * {@link Transition#ASSIGN_CONTACTS}: the contacts as the registry has them now.
     *
     * @return whether anyone changed
     */
    public boolean assignContacts(Contacts contacts, Instant now) {
        state = Transition.ASSIGN_CONTACTS.from(state);
        Contacts before = contacts();
        simName = contacts.simName();
        simEmail = contacts.simEmail();
        aiName = contacts.aiName();
        aiEmail = contacts.aiEmail();
        cemName = contacts.cemName();
        cemEmail = contacts.cemEmail();
        dataFixNeeded = !knownSchool || simEmail == null;
        if (before.equals(contacts)) {
            return false;
        }
        updatedAt = now;
        return true;
    }

    /** {@link Transition#IDENTIFY_COORDINATION}: checks the step is allowed (the partner is recorded elsewhere). */
    public void identifyCoordination() {
        state = Transition.IDENTIFY_COORDINATION.from(state);
    }

    private void freshDeadline(Instant notifiedAt, Instant receivedAt, Instant acknowledgementDue) {
        this.notifiedAt = notifiedAt;
        this.acknowledgementDue = acknowledgementDue;
        overdueEscalatedAt = null;
        acknowledgedAt = null;
        acknowledgementRecordedAt = null;
        acknowledgedByName = null;
        acknowledgedByEmail = null;
        schoolContact = null;
        agreedInvolvement = null;
        keepInTouch = null;
        acknowledgementNotes = null;
        updatedAt = receivedAt;
    }

    // ---------------------------------------------------------------- questions

    /** Late against the deadline by the contact time it declares or by when it was recorded. */
    public boolean acknowledgedLate() {
        return acknowledgedAt != null && AcknowledgementDeadline.isLate(acknowledgementDue, acknowledgedAt,
                acknowledgementRecordedAt);
    }

    /** The earliest moment the notice can have been known: a contact before it cannot be an acknowledgement. */
    public Instant noticeKnownFrom() {
        return receivedAt == null || notifiedAt.isBefore(receivedAt) ? notifiedAt : receivedAt;
    }

    public Contacts contacts() {
        return new Contacts(simName, simEmail, aiName, aiEmail, cemName, cemEmail);
    }

    /** The LA people assigned to an inspection. */
    public record Contacts(String simName, String simEmail, String aiName, String aiEmail, String cemName,
                           String cemEmail) {
    }
}
