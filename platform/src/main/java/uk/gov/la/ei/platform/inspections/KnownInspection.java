package uk.gov.la.ei.platform.inspections;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import uk.gov.la.ei.contracts.events.Involvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An inspection as a downstream service knows it from notification-service's events: enough to decide
 * who may act on it and to describe it, without reading another service's tables. Kept by
 * {@link KnownInspections}.
 */
@Entity
@Table(name = "known_inspection")
public class KnownInspection extends PanacheEntityBase {
    @Id
    @Column(name = "inspection_id")
    public UUID inspectionId;
    @Size(max = 7)
    @Column(nullable = false)
    public String urn;
    @Size(max = 300)
    @Column(name = "school_name")
    public String schoolName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Involvement involvement;
    /** The LA's own categorisation of the school (T§2), e.g. GOOD; null when not categorised. */
    @Size(max = 30)
    @Column(name = "la_categorisation")
    public String laCategorisation;
    @Size(max = 320)
    @Column(name = "sim_email")
    public String simEmail;
    @Size(max = 320)
    @Column(name = "ai_email")
    public String aiEmail;
    @Size(max = 320)
    @Column(name = "cem_email")
    public String cemEmail;
    @Size(max = 20)
    @Column(name = "ofsted_reference")
    public String ofstedReference;
    @Size(max = 20)
    @Column(name = "inspection_type")
    public String inspectionType;
    @Size(max = 20)
    public String framework;
    @Column(name = "notified_at", nullable = false)
    public Instant notifiedAt;
    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;
    @Column(name = "expected_days", nullable = false)
    public int expectedDays;
    @Column(name = "acknowledgement_due")
    public Instant acknowledgementDue;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    /** As notification-service judged it (contacted or recorded after the deadline); null while not acknowledged. */
    @Column(name = "acknowledged_late")
    public Boolean acknowledgedLate;
    @Column(nullable = false)
    public boolean withdrawn;
    /** The latest ContactsAssigned event's data, as JSON: headteacher, SHMI, federation, lead inspector… */
    @Column(name = "contacts_assigned", nullable = false, columnDefinition = "text")
    public String contactsAssigned;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
