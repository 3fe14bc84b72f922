package uk.gov.la.ei.feedback.domain.collation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An inspection as the collation report counts it (H§4 "recorded and collated to inform future work and
 * discussion with regional HMIs"): its type, when it was notified and when the SIM or AI acknowledged it.
 * Kept from notification-service's facts; the acknowledgement is the latest AcknowledgementRecorded.
 */
@Entity
@Table(name = "collated_inspection")
public class CollatedInspection extends PanacheEntityBase {
    @Id
    @Column(name = "inspection_id")
    public UUID inspectionId;
    @Size(max = 7)
    @Column(nullable = false)
    public String urn;
    @Size(max = 300)
    @Column(name = "school_name")
    public String schoolName;
    @Size(max = 20)
    @Column(name = "inspection_type")
    public String inspectionType;
    @Size(max = 20)
    public String framework;
    @Column(name = "notified_at", nullable = false)
    public Instant notifiedAt;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    @Column(name = "acknowledged_late")
    public Boolean acknowledgedLate;
    @Column(nullable = false)
    public boolean withdrawn;
}
