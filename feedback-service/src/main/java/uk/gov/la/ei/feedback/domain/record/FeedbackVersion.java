package uk.gov.la.ei.feedback.domain.record;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.Immutable;
import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.OutcomeBand;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One submitted version of a feedback record, exactly as it was submitted, with what the rules made of
 * it. Never changed: Hibernate does not write an {@link Immutable} entity's changes, and the database
 * refuses an update or delete (trigger in V1__feedback.sql). A correction is a new version with its reason.
 */
@Entity
@Immutable
@Table(name = "feedback_version")
public class FeedbackVersion extends PanacheEntityBase {
    @Id
    @Column(name = "version_id")
    public UUID versionId;
    @Column(name = "feedback_id", nullable = false)
    public UUID feedbackId;
    @Column(name = "record_version", nullable = false)
    public int recordVersion;
    @Column(nullable = false, columnDefinition = "text")
    public String content;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_band", nullable = false)
    public OutcomeBand outcomeBand;
    @Size(max = 40)
    @Column(nullable = false)
    public String safeguarding;
    @Column(name = "safeguarding_effective", nullable = false)
    public boolean safeguardingEffective;
    @Enumerated(EnumType.STRING)
    @Column(name = "category_of_concern", nullable = false)
    public CategoryOfConcern categoryOfConcern;
    @Column(nullable = false)
    public boolean adverse;
    @Column(name = "signposting_needed", nullable = false)
    public boolean signpostingNeeded;
    @Column(name = "conduct_concerns", nullable = false)
    public boolean conductConcerns;
    @Column(name = "unexpected_outcome", nullable = false)
    public boolean unexpectedOutcome;
    /** The LA's categorisation of the school when the version was submitted (what "unexpected" compared with). */
    @Size(max = 30)
    @Column(name = "la_categorisation")
    public String laCategorisation;
    /** Why this version corrects the one before; null for the first. */
    @Column(name = "correction_reason", columnDefinition = "text")
    public String correctionReason;
    @Size(max = 320)
    @Column(name = "recorded_by_email", nullable = false)
    public String recordedByEmail;
    @Size(max = 200)
    @Column(name = "recorded_by_name")
    public String recordedByName;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<FeedbackVersion> of(UUID feedbackId) {
        return list("feedbackId = ?1 order by recordVersion", feedbackId);
    }

    public static Optional<FeedbackVersion> of(UUID feedbackId, int recordVersion) {
        return find("feedbackId = ?1 and recordVersion = ?2", feedbackId, recordVersion).firstResultOptional();
    }
}
