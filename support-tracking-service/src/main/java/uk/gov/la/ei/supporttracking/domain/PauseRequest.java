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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A request to pause an inspection that has started, and Ofsted's answer (Ofsted's pausing guidance; H§5). */
@Entity
@Table(name = "pause_request")
public class PauseRequest extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Size(max = 200)
    @Column(name = "requested_by", nullable = false)
    public String requestedBy;
    @Size(max = 4000)
    @Column(nullable = false, columnDefinition = "text")
    public String reason;
    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;
    @Size(max = 320)
    @Column(name = "logged_by", nullable = false)
    public String loggedBy;
    @Enumerated(EnumType.STRING)
    public PauseOutcome outcome;
    @Column(name = "resumes_on")
    public LocalDate resumesOn;
    @Size(max = 4000)
    @Column(name = "decision_notes", columnDefinition = "text")
    public String decisionNotes;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Size(max = 320)
    @Column(name = "decided_by")
    public String decidedBy;

    public static List<PauseRequest> ofCase(UUID caseId) {
        return list("caseId = ?1 order by requestedAt, id", caseId);
    }
}
