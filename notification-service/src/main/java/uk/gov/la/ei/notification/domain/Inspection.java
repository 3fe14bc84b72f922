package uk.gov.la.ei.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.contracts.notice.Framework;
import uk.gov.la.ei.contracts.notice.InspectionType;
import uk.gov.la.ei.notification.registry.EstablishmentCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** One inspection: one per Ofsted notice per URN (the same ofstedReference again is an update). */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String urn;
    @Column(name = "ofsted_reference", nullable = false)
    public String ofstedReference;
    @Column(name = "school_name")
    public String schoolName;
    @Column(name = "known_school", nullable = false)
    public boolean knownSchool;
    @Column(name = "data_fix_needed", nullable = false)
    public boolean dataFixNeeded;
    @Enumerated(EnumType.STRING)
    public EstablishmentCategory category;
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
    @Column(name = "notified_at", nullable = false)
    public Instant notifiedAt;
    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;
    @Column(name = "expected_days", nullable = false)
    public int expectedDays;
    @Column(name = "lead_inspector_name")
    public String leadInspectorName;
    @Column(name = "lead_inspector_email")
    public String leadInspectorEmail;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InspectionState state;
    @Column(name = "sim_name")
    public String simName;
    @Column(name = "sim_email")
    public String simEmail;
    @Column(name = "ai_name")
    public String aiName;
    @Column(name = "ai_email")
    public String aiEmail;
    @Column(name = "cem_name")
    public String cemName;
    @Column(name = "cem_email")
    public String cemEmail;
    @Column(name = "acknowledgement_due", nullable = false)
    public Instant acknowledgementDue;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    @Column(name = "acknowledged_by_name")
    public String acknowledgedByName;
    @Column(name = "acknowledged_by_email")
    public String acknowledgedByEmail;
    @Column(name = "school_contact")
    public String schoolContact;
    @Enumerated(EnumType.STRING)
    @Column(name = "agreed_involvement")
    public AgreedInvolvement agreedInvolvement;
    /** The agreed keep-in-touch times, as JSON (a list of purpose / at / owner). */
    @Column(name = "keep_in_touch", columnDefinition = "text")
    public String keepInTouch;
    @Column(name = "acknowledgement_notes", columnDefinition = "text")
    public String acknowledgementNotes;
    @Column(name = "overdue_escalated_at")
    public Instant overdueEscalatedAt;
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

    /** The SIM, the AI, and (for a school the registry does not know) the CEM it was routed to. */
    public boolean isAssignedTo(String email) {
        if (email == null) {
            return false;
        }
        return email.equalsIgnoreCase(simEmail) || email.equalsIgnoreCase(aiEmail)
                || (involvement == Involvement.UNKNOWN_SCHOOL && email.equalsIgnoreCase(cemEmail));
    }
}
