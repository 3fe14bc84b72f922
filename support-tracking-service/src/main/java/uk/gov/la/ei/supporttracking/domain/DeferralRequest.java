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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A headteacher's deferral request the SIM/AI supported: circumstances, criteria considered, outcome (H§4). */
@Entity
@Table(name = "deferral_request")
public class DeferralRequest extends PanacheEntityBase {
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
    public String circumstances;
    @Size(max = 300)
    @Column(nullable = false)
    public String criteria;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeferralOutcome outcome;
    @Size(max = 4000)
    @Column(name = "outcome_notes", columnDefinition = "text")
    public String outcomeNotes;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Size(max = 320)
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Size(max = 320)
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "rescheduled_to")
    public LocalDate rescheduledTo;
    @Column(name = "rescheduled_at")
    public Instant rescheduledAt;

    public static List<DeferralRequest> ofCase(UUID caseId) {
        return list("caseId = ?1 order by recordedAt, id", caseId);
    }

    public List<String> criteriaList() {
        return criteria == null || criteria.isBlank() ? List.of() : Arrays.asList(criteria.split(","));
    }
}
