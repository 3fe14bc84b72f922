package uk.gov.la.ei.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import uk.gov.la.ei.platform.relay.RelayedRecord;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One event waiting in (or already relayed from) the transactional outbox. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends RelayedRecord {

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;
    @Size(max = 200)
    @Column(nullable = false)
    public String topic;
    @Size(max = 64)
    @Column(name = "record_key", nullable = false)
    public String recordKey;
    /** Position among the messages of the same key, in commit order (taken under the key's row lock). */
    @Column(name = "key_seq", nullable = false)
    public long keySeq;
    @Size(max = 200)
    @Column(name = "event_type", nullable = false)
    public String eventType;
    /** The whole CloudEvent, structured mode JSON, exactly as it goes on the wire. */
    @Column(nullable = false, columnDefinition = "text")
    public String payload;
    /** The W3C trace context of the work that wrote it, carried on the record as {@code traceparent}. */
    @Size(max = 55)
    @Column(name = "trace_parent")
    public String traceParent;
    /** Set when the broker refused it for good (or too often): it waits for operations, holding back its key only. */
    @Column(name = "parked_at")
    public Instant parkedAt;
    @Column(name = "park_reason", columnDefinition = "text")
    public String parkReason;

    /** Unsent messages of keys with nothing parked, oldest first (a parked key's later messages wait apart). */
    public static List<OutboxMessage> pending(int limit) {
        return find("sentAt is null and parkedAt is null and recordKey not in "
                + "(select p.recordKey from OutboxMessage p where p.sentAt is null and p.parkedAt is not null) order by id")
                .page(0, limit).list();
    }

    public static long pendingCount() {
        return count("sentAt is null and parkedAt is null");
    }

    public static long parkedCount() {
        return count("sentAt is null and parkedAt is not null");
    }

    public static List<OutboxMessage> parked(int limit) {
        return find("sentAt is null and parkedAt is not null order by id").page(0, limit).list();
    }
}
