package uk.gov.la.ei.supporttracking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import uk.gov.la.ei.contracts.events.EscalationLevel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A concern escalated – to the CEM or the region's linked SHMI (H§4) – who, when, how, and the answer. */
@Entity
@Table(name = "concern_escalation")
public class Escalation extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "concern_id", nullable = false)
    public UUID concernId;
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EscalationLevel level;
    @Size(max = 200)
    @Column(name = "to_name")
    public String toName;
    @Size(max = 320)
    @Column(name = "to_email")
    public String toEmail;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactChannel channel;
    @Column(name = "escalated_at", nullable = false)
    public Instant escalatedAt;
    @Size(max = 320)
    @Column(name = "escalated_by", nullable = false)
    public String escalatedBy;
    @Size(max = 4000)
    @Column(columnDefinition = "text")
    public String notes;
    @Column(name = "response_due", nullable = false)
    public Instant responseDue;
    @Size(max = 4000)
    @Column(columnDefinition = "text")
    public String response;
    @Column(name = "responded_at")
    public Instant respondedAt;
    @Size(max = 320)
    @Column(name = "response_recorded_by")
    public String responseRecordedBy;
    @Column(name = "unanswered_alerted_at")
    public Instant unansweredAlertedAt;

    public static List<Escalation> ofConcern(UUID concernId) {
        return list("concernId = ?1 order by escalatedAt, id", concernId);
    }

    public boolean answered() {
        return respondedAt != null;
    }
}
