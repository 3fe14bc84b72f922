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
import java.util.Optional;
import java.util.UUID;

/**
 * A referral of a school's leader to wellbeing support after an inspection (H§6; DOMAIN.md flow step 9).
 * One open referral per inspection: every further trigger joins it. It holds no free text about the
 * leader's health – the triggers say what happened, the signpostings and check-ins what the LA did.
 */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Size(max = 7)
    @Column(nullable = false)
    public String urn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;
    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;
    /** The leader must be signposted by then (one working day), or the SIM and CEM are alerted. */
    @Column(name = "signposting_due", nullable = false)
    public Instant signpostingDue;
    /** When the leader was first signposted; null until then. */
    @Column(name = "signposted_at")
    public Instant signpostedAt;
    /** When the missed signposting deadline was raised (so it is raised once). */
    @Column(name = "signposting_overdue_at")
    public Instant signpostingOverdueAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Size(max = 320)
    @Column(name = "closed_by")
    public String closedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    public ClosureReason closeReason;
    @Size(max = 500)
    @Column(name = "close_note")
    public String closeNote;

    public static Referral open(UUID inspectionId, String urn, Instant at, Instant signpostingDue) {
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.inspectionId = inspectionId;
        r.urn = urn;
        r.status = ReferralStatus.OPEN;
        r.openedAt = at;
        r.signpostingDue = signpostingDue;
        return r;
    }

    /** The inspection's open referral, if there is one. */
    public static Optional<Referral> openFor(UUID inspectionId) {
        return find("inspectionId = ?1 and status = ?2", inspectionId, ReferralStatus.OPEN).firstResultOptional();
    }

    public boolean isOpen() {
        return status == ReferralStatus.OPEN;
    }

    public boolean isSignposted() {
        return signpostedAt != null;
    }

    /** The first signposting stops the signposting deadline; later ones are recorded but change nothing here. */
    public void signposted(Instant at) {
        if (signpostedAt == null || at.isBefore(signpostedAt)) {
            signpostedAt = at;
        }
    }

    public void close(ClosureReason reason, String note, String by, Instant at) {
        status = ReferralStatus.CLOSED;
        closeReason = reason;
        closeNote = note;
        closedBy = by;
        closedAt = at;
    }
}
