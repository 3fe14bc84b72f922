package uk.gov.la.ei.supporttracking.domain;

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
import java.util.List;
import java.util.UUID;

/** A concern about the inspection (H§4, H§5), followed to an outcome. */
@Entity
@Table(name = "concern")
public class Concern extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Size(max = 7)
    @Column(nullable = false)
    public String urn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConcernCategory category;
    @Size(max = 4000)
    @Column(nullable = false, columnDefinition = "text")
    public String summary;
    @Size(max = 200)
    @Column(name = "raised_by", nullable = false)
    public String raisedBy;
    @Column(name = "raised_with_inspector", nullable = false)
    public boolean raisedWithInspector;
    @Size(max = 4000)
    @Column(name = "inspector_response", columnDefinition = "text")
    public String inspectorResponse;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConcernSource source;
    @Column(name = "feedback_id")
    public UUID feedbackId;
    @Column(name = "logged_at", nullable = false)
    public Instant loggedAt;
    @Size(max = 320)
    @Column(name = "logged_by", nullable = false)
    public String loggedBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConcernStatus status;
    @Size(max = 4000)
    @Column(name = "agreed_action", columnDefinition = "text")
    public String agreedAction;
    @Column(name = "agreed_action_at")
    public Instant agreedActionAt;
    @Size(max = 320)
    @Column(name = "agreed_action_by")
    public String agreedActionBy;
    @Column(name = "resolve_by", nullable = false)
    public Instant resolveBy;
    @Column(name = "unresolved_cem_alerted_at")
    public Instant unresolvedCemAlertedAt;
    @Column(name = "unresolved_senior_alerted_at")
    public Instant unresolvedSeniorAlertedAt;
    @Enumerated(EnumType.STRING)
    public ConcernOutcome outcome;
    @Size(max = 4000)
    @Column(name = "outcome_summary", columnDefinition = "text")
    public String outcomeSummary;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Size(max = 320)
    @Column(name = "closed_by")
    public String closedBy;
    @Column(name = "complaint_id")
    public UUID complaintId;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Size(max = 320)
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public static List<Concern> ofCase(UUID caseId) {
        return list("caseId = ?1 order by loggedAt, id", caseId);
    }

    public boolean isClosed() {
        return status == ConcernStatus.CLOSED;
    }

    public void touched(Instant now, String by) {
        updatedAt = now;
        updatedBy = by;
    }
}
