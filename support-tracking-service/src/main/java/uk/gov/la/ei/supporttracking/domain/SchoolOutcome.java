package uk.gov.la.ei.supporttracking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.OutcomeBand;

import java.time.Instant;
import java.util.UUID;

/** The latest inspection outcome known for a school (from FeedbackRecorded), shown for partner schools. */
@Entity
@Table(name = "school_outcome")
public class SchoolOutcome extends PanacheEntityBase {
    @Id
    @Size(max = 7)
    public String urn;
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_band")
    public OutcomeBand outcomeBand;
    @Enumerated(EnumType.STRING)
    @Column(name = "category_of_concern")
    public CategoryOfConcern categoryOfConcern;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
