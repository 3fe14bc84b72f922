package uk.gov.la.ei.feedback.domain.collation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import uk.gov.la.ei.contracts.events.WellbeingTrigger;

import java.time.Instant;
import java.util.UUID;

/**
 * A wellbeing referral, identifiers only (H§6: the detail stays in wellbeing-service): what opened it
 * and whether the leader was signposted – the report's signposting coverage.
 */
@Entity
@Table(name = "collated_referral")
public class CollatedReferral extends PanacheEntityBase {
    @Id
    @Column(name = "referral_id")
    public UUID referralId;
    @Column(name = "inspection_id")
    public UUID inspectionId;
    @Size(max = 7)
    @Column(nullable = false)
    public String urn;
    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind")
    public WellbeingTrigger trigger;
    @Column(name = "opened_at")
    public Instant openedAt;
    @Column(name = "signposted_at")
    public Instant signpostedAt;
}
