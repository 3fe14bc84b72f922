package uk.gov.la.ei.platform.relay;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * Something stored to be delivered after commit (an outbox event, a queued e-mail): when it was
 * written, when it was delivered, how many attempts it took and why the last one failed. Kept after
 * delivery, as the record of what was sent and when.
 */
@MappedSuperclass
public abstract class RelayedRecord extends PanacheEntity {
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "last_error", columnDefinition = "text")
    public String lastError;

    public void delivered(Instant at) {
        attempts++;
        sentAt = at;
        lastError = null;
    }

    public void failed(String error) {
        attempts++;
        lastError = error;
    }
}
