package uk.gov.la.ei.supporttracking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step in an inspection's story, from any of the four services: what, when, who. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntity {
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Size(max = 7)
    public String urn;
    @Column(nullable = false)
    public Instant at;
    @Size(max = 40)
    @Column(nullable = false)
    public String source;
    @Size(max = 60)
    @Column(nullable = false)
    public String kind;
    @Size(max = 320)
    @Column(nullable = false)
    public String actor;
    @Column(nullable = false, columnDefinition = "text")
    public String summary;
    @Size(max = 100)
    public String ref;
    @Size(max = 200)
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<TimelineEntry> of(UUID inspectionId) {
        return list("inspectionId = ?1 order by at, id", inspectionId);
    }
}
