package uk.gov.la.ei.supporttracking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A feedback fact that arrived before its inspection's case (topics are not ordered with each other). */
@Entity
@Table(name = "awaiting_case")
public class AwaitingCase extends PanacheEntity {
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Size(max = 200)
    @Column(name = "event_id", nullable = false)
    public String eventId;
    @Size(max = 200)
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Column(nullable = false, columnDefinition = "text")
    public String payload;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static List<AwaitingCase> of(UUID inspectionId) {
        return list("inspectionId = ?1 order by id", inspectionId);
    }
}
