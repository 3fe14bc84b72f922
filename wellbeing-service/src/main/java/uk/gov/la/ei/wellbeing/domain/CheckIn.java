package uk.gov.la.ei.wellbeing.domain;

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

/**
 * A check-in with the leader (H§4: "regular checking in through visits or telephone calls"): due at a
 * time, then done or missed with a short note. A missed one is escalated to the CEM, once.
 */
@Entity
@Table(name = "check_in")
public class CheckIn extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "referral_id", nullable = false)
    public UUID referralId;
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CheckInStatus status;
    /** "default plan" or the officer who scheduled it. */
    @Size(max = 320)
    @Column(name = "planned_by", nullable = false)
    public String plannedBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "outcome_at")
    public Instant outcomeAt;
    @Size(max = 320)
    @Column(name = "outcome_by")
    public String outcomeBy;
    @Enumerated(EnumType.STRING)
    public ContactChannel channel;
    @Size(max = 500)
    public String note;
    /** When the miss was escalated to the CEM (so it is escalated once). */
    @Column(name = "missed_escalated_at")
    public Instant missedEscalatedAt;

    public static CheckIn scheduled(UUID referralId, Instant dueAt, String plannedBy, Instant now) {
        CheckIn c = new CheckIn();
        c.id = UUID.randomUUID();
        c.referralId = referralId;
        c.dueAt = dueAt;
        c.status = CheckInStatus.SCHEDULED;
        c.plannedBy = plannedBy;
        c.createdAt = now;
        return c;
    }

    public static List<CheckIn> of(UUID referralId) {
        return list("referralId = ?1 order by dueAt, createdAt", referralId);
    }

    public boolean isScheduled() {
        return status == CheckInStatus.SCHEDULED;
    }
}
