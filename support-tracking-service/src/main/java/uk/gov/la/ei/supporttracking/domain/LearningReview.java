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
import java.util.List;
import java.util.UUID;

/** An Ofsted Learning Review, instigated by the LA or the school (H§4). */
@Entity
@Table(name = "learning_review")
public class LearningReview extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "instigated_by", nullable = false)
    public LearningReviewInstigator instigatedBy;
    @Size(max = 4000)
    @Column(nullable = false, columnDefinition = "text")
    public String reason;
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
    public String outcome;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Size(max = 320)
    @Column(name = "closed_by")
    public String closedBy;

    public static List<LearningReview> ofCase(UUID caseId) {
        return list("caseId = ?1 order by openedAt, id", caseId);
    }
}
