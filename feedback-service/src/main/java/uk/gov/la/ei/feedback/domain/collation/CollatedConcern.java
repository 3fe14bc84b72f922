package uk.gov.la.ei.feedback.domain.collation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import uk.gov.la.ei.contracts.events.ConcernCategory;
import uk.gov.la.ei.contracts.events.ConcernOutcome;

import java.time.Instant;
import java.util.UUID;

/** A concern about an inspection as the collation report counts it: its category, escalations and how it ended. */
@Entity
@Table(name = "collated_concern")
public class CollatedConcern extends PanacheEntityBase {
    @Id
    @Column(name = "concern_id")
    public UUID concernId;
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Size(max = 7)
    @Column(nullable = false)
    public String urn;
    @Enumerated(EnumType.STRING)
    public ConcernCategory category;
    @Column(name = "logged_at")
    public Instant loggedAt;
    @Column(name = "raised_with_inspector")
    public Boolean raisedWithInspector;
    @Column(name = "escalated_to_cem_at")
    public Instant escalatedToCemAt;
    @Column(name = "escalated_to_shmi_at")
    public Instant escalatedToShmiAt;
    @Enumerated(EnumType.STRING)
    public ConcernOutcome outcome;
    @Column(name = "closed_at")
    public Instant closedAt;
}
