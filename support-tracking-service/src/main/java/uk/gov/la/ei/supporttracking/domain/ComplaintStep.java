package uk.gov.la.ei.supporttracking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A step of a complaint's way through Ofsted's process (e.g. submitted, acknowledged, internal review, ICASO). */
@Entity
@Table(name = "complaint_step")
public class ComplaintStep extends PanacheEntity {
    @Column(name = "complaint_id", nullable = false)
    public UUID complaintId;
    @Size(max = 200)
    @Column(nullable = false)
    public String step;
    @Column(nullable = false)
    public Instant at;
    @Size(max = 4000)
    @Column(columnDefinition = "text")
    public String notes;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Size(max = 320)
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public static List<ComplaintStep> ofComplaint(UUID complaintId) {
        return list("complaintId = ?1 order by at, id", complaintId);
    }
}
