package uk.gov.la.ei.wellbeing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import uk.gov.la.ei.contracts.events.WellbeingTrigger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something that opened or joined a referral, kept on it. Identified by its source (the concern, pause
 * request, feedback record or manual referral) so that the same source triggers once per kind – a
 * redelivered event or a corrected feedback record adds nothing. Never a copy of the source's text.
 */
@Entity
@Table(name = "referral_trigger")
public class ReferralTrigger extends PanacheEntity {
    @Column(name = "referral_id", nullable = false)
    public UUID referralId;
    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WellbeingTrigger kind;
    @Size(max = 100)
    @Column(name = "source_id", nullable = false)
    public String sourceId;
    /** When it happened at the source (a concern logged, feedback recorded). */
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    /** When this service learned of it. */
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    /** The service that told us (e.g. support-tracking-service), or the officer who referred by hand. */
    @Size(max = 320)
    @Column(name = "raised_by", nullable = false)
    public String raisedBy;
    /** A manual referral's short reason; nothing for an event. */
    @Size(max = 500)
    public String note;

    public static boolean exists(UUID inspectionId, WellbeingTrigger kind, String sourceId) {
        return count("inspectionId = ?1 and kind = ?2 and sourceId = ?3", inspectionId, kind, sourceId) > 0;
    }

    public static List<ReferralTrigger> of(UUID referralId) {
        return list("referralId = ?1 order by receivedAt, id", referralId);
    }
}
