package uk.gov.la.ei.feedback.domain.collation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/**
 * A keep-in-touch point that passed its due time without being done (H§4). One row per point and due
 * time: the alert to the SIM and the later one to the CEM are the same missed point.
 */
@Entity
@Table(name = "missed_keep_in_touch_point")
public class MissedKeepInTouchPoint extends PanacheEntityBase {
    @Id
    @Column(name = "missed_id")
    public UUID missedId;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Size(max = 7)
    @Column(nullable = false)
    public String urn;
    @Size(max = 200)
    @Column(nullable = false)
    public String point;
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;
    @Size(max = 40)
    @Column(name = "last_alerted_role")
    public String lastAlertedRole;
}
