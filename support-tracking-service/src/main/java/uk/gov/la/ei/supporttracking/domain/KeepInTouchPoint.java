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

/** One keep-in-touch point of a case's plan (H§4): an owner, a due time, and done / missed / cancelled. */
@Entity
@Table(name = "keep_in_touch_point")
public class KeepInTouchPoint extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PointKind kind;
    @Size(max = 300)
    @Column(nullable = false)
    public String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PointOrigin origin;
    @Column(nullable = false)
    public boolean optional;
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_role", nullable = false)
    public OwnerRole ownerRole;
    @Size(max = 200)
    @Column(name = "owner_name")
    public String ownerName;
    @Size(max = 320)
    @Column(name = "owner_email")
    public String ownerEmail;
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PointStatus status;
    @Column(name = "done_at")
    public Instant doneAt;
    @Size(max = 320)
    @Column(name = "done_by")
    public String doneBy;
    @Column(nullable = false)
    public boolean late;
    @Size(max = 2000)
    @Column(name = "cancelled_reason", columnDefinition = "text")
    public String cancelledReason;
    @Size(max = 320)
    @Column(name = "cancelled_by")
    public String cancelledBy;
    /** When the first alert went (to the SIM; to the CEM where the inspection has no SIM). */
    @Column(name = "first_alerted_at")
    public Instant firstAlertedAt;
    @Column(name = "cem_alerted_at")
    public Instant cemAlertedAt;
    @Column(name = "reminder_sent_at")
    public Instant reminderSentAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Size(max = 320)
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Size(max = 320)
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public static List<KeepInTouchPoint> ofCase(UUID caseId) {
        return list("caseId = ?1 order by dueAt, createdAt", caseId);
    }

    /** Done (late if it had been missed). */
    public void done(Instant at, String by, Instant now) {
        late = status == PointStatus.MISSED || at.isAfter(dueAt);
        status = PointStatus.DONE;
        doneAt = at;
        doneBy = by;
        touched(now, by);
    }

    public void cancel(String reason, String by, Instant now) {
        status = PointStatus.CANCELLED;
        cancelledReason = reason;
        cancelledBy = by;
        touched(now, by);
    }

    /** A new due time: planned again, with fresh alerts and reminder. */
    public void moveTo(Instant due, String by, Instant now) {
        dueAt = due;
        status = PointStatus.PLANNED;
        firstAlertedAt = null;
        cemAlertedAt = null;
        reminderSentAt = null;
        touched(now, by);
    }

    public void touched(Instant now, String by) {
        updatedAt = now;
        updatedBy = by;
    }
}
