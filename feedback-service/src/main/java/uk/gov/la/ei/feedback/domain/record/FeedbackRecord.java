package uk.gov.la.ei.feedback.domain.record;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The final-feedback record of one inspection (H§4 "recorded on the feedback template"): a draft the
 * SIM or AI fills in, then submitted versions – {@link FeedbackVersion}s, each immutable, the latest the
 * truth. It stays on the template version it was started on.
 */
@Entity
@Table(name = "feedback_record")
public class FeedbackRecord extends PanacheEntityBase {
    @Id
    @Column(name = "feedback_id")
    public UUID feedbackId;
    @Column(name = "inspection_id", nullable = false, unique = true)
    public UUID inspectionId;
    @Size(max = 7)
    @Column(nullable = false)
    public String urn;
    @Size(max = 60)
    @Column(name = "template_id", nullable = false)
    public String templateId;
    @Column(name = "template_version", nullable = false)
    public int templateVersion;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FeedbackState state;
    /** The draft's content as JSON; null once submitted (the versions hold it then). */
    @Column(name = "draft_content", columnDefinition = "text")
    public String draftContent;
    /** The latest submitted version; 0 while a draft. */
    @Column(name = "current_version", nullable = false)
    public int currentVersion;
    @Size(max = 320)
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Size(max = 320)
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    /** When an unexpected outcome was flagged for this record: once per record, however often it is corrected. */
    @Column(name = "unexpected_outcome_flagged_at")
    public Instant unexpectedOutcomeFlaggedAt;
    @Version
    @Column(name = "row_version", nullable = false)
    public int rowVersion;

    public static Optional<FeedbackRecord> ofInspection(UUID inspectionId) {
        return find("inspectionId", inspectionId).firstResultOptional();
    }
}
