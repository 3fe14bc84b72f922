package uk.gov.la.ei.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step in an inspection's history: what happened, when, and who did it. */
@Entity
@Table(name = "inspection_event")
public class InspectionHistory extends PanacheEntity {
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Column(nullable = false)
    public Instant at;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HistoryKind kind;
    @Size(max = Bounds.ACTOR)
    public String actor;
    @Column(columnDefinition = "text")
    public String detail;

    public static void record(UUID inspectionId, Instant at, HistoryKind kind, String actor, String detail) {
        InspectionHistory entry = new InspectionHistory();
        entry.inspectionId = inspectionId;
        entry.at = at;
        entry.kind = kind;
        entry.actor = actor;
        entry.detail = detail;
        entry.persist();
    }

    public static List<InspectionHistory> of(UUID inspectionId) {
        return list("inspectionId = ?1 order by id", inspectionId);
    }
}
