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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The follow-up decided after the inspection (H§4), with the facts it was decided from. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false, unique = true)
    public UUID caseId;
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpLevel level;
    /** What the rules decided, kept when the SIM overrides. */
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_level", nullable = false)
    public FollowUpLevel ruleLevel;
    @Size(max = 1000)
    @Column(name = "rules_applied", nullable = false)
    public String rulesApplied;
    @Column(nullable = false)
    public boolean overridden;
    @Size(max = 2000)
    @Column(name = "override_reason", columnDefinition = "text")
    public String overrideReason;
    @Column(name = "feedback_id", nullable = false)
    public UUID feedbackId;
    @Column(name = "feedback_record_version", nullable = false)
    public int feedbackRecordVersion;
    @Column(name = "feedback_recorded_at", nullable = false)
    public Instant feedbackRecordedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_band")
    public OutcomeBand outcomeBand;
    @Enumerated(EnumType.STRING)
    @Column(name = "category_of_concern")
    public CategoryOfConcern categoryOfConcern;
    @Column(name = "safeguarding_effective", nullable = false)
    public boolean safeguardingEffective;
    @Column(nullable = false)
    public boolean adverse;
    @Column(name = "conduct_concerns", nullable = false)
    public boolean conductConcerns;
    @Column(name = "signposting_needed", nullable = false)
    public boolean signpostingNeeded;
    @Column(name = "unexpected_outcome", nullable = false)
    public boolean unexpectedOutcome;
    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
    @Size(max = 320)
    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    public static Optional<FollowUp> ofCase(UUID caseId) {
        return find("caseId", caseId).firstResultOptional();
    }

    public List<String> rules() {
        return rulesApplied == null || rulesApplied.isBlank() ? List.of() : Arrays.asList(rulesApplied.split(","));
    }

    public FollowUpBasis basis(int concernsLogged) {
        return new FollowUpBasis(outcomeBand, categoryOfConcern, safeguardingEffective, adverse, conductConcerns,
                signpostingNeeded, unexpectedOutcome, concernsLogged);
    }
}
