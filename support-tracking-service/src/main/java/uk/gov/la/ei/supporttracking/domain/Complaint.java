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

/** A complaint about the inspection, which the SIM or AI supports to its end (H§5). */
@Entity
@Table(name = "complaint")
public class Complaint extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Column(name = "concern_id")
    public UUID concernId;
    @Size(max = 4000)
    @Column(nullable = false, columnDefinition = "text")
    public String summary;
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

    public static List<Complaint> ofCase(UUID caseId) {
        return list("caseId = ?1 order by openedAt, id", caseId);
    }
}
