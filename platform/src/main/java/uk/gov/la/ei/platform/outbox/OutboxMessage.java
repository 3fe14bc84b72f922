package uk.gov.la.ei.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One event waiting in (or already relayed from) the transactional outbox. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntity {

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;
    @Column(nullable = false)
    public String topic;
    @Column(name = "record_key", nullable = false)
    public String recordKey;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    /** The whole CloudEvent, structured mode JSON, exactly as it goes on the wire. */
    @Column(nullable = false, columnDefinition = "text")
    public String payload;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "last_error", columnDefinition = "text")
    public String lastError;

    /** The oldest unsent messages first: the order they were committed in. */
    public static List<OutboxMessage> pending(int limit) {
        return find("sentAt is null order by id").page(0, limit).list();
    }

    public static long pendingCount() {
        return count("sentAt is null");
    }
}
