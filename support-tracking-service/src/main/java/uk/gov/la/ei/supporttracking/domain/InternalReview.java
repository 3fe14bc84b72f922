package uk.gov.la.ei.supporttracking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An internal review task for a senior officer (the coroner's second point). One per case. */
@Entity
@Table(name = "internal_review")
public class InternalReview extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false, unique = true)
    public UUID caseId;
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Size(max = 1000)
    @Column(nullable = false)
    public String reasons;
    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;
    @Size(max = 320)
    @Column(name = "opened_by", nullable = false)
    public String openedBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status;
    @Size(max = 4000)
    @Column(columnDefinition = "text")
    public String findings;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Size(max = 320)
    @Column(name = "closed_by")
    public String closedBy;

    public static Optional<InternalReview> ofCase(UUID caseId) {
        return find("caseId", caseId).firstResultOptional();
    }
}
