package uk.gov.la.ei.wellbeing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The record the coroner asked for (third point): which offers were given, to whom, by whom, how and
 * when. For an e-mail, the service sent it itself through the mail queue ({@link #mailId}).
 */
@Entity
@Table(name = "signposting")
public class Signposting extends PanacheEntity {
    @Column(name = "referral_id", nullable = false)
    public UUID referralId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactChannel channel;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "signposting_offer", joinColumns = @JoinColumn(name = "signposting_id"))
    @Column(name = "offer_code", nullable = false)
    public List<@Size(max = 40) String> offerCodes = new ArrayList<>();
    @Size(max = 300)
    @Column(name = "recipient_name")
    public String recipientName;
    @Size(max = 320)
    @Column(name = "recipient_email")
    public String recipientEmail;
    @Size(max = 320)
    @Column(name = "signposted_by", nullable = false)
    public String signpostedBy;
    /** When the leader was told (for an e-mail: when the service queued it). */
    @Column(name = "signposted_at", nullable = false)
    public Instant signpostedAt;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    /** The queued e-mail (platform outgoing_mail), for channel EMAIL. */
    @Column(name = "mail_id")
    public Long mailId;
    @Size(max = 500)
    public String note;

    public static List<Signposting> of(UUID referralId) {
        return list("referralId = ?1 order by signpostedAt, id", referralId);
    }
}
