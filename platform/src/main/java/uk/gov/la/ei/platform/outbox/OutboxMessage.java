package uk.gov.la.ei.platform.outbox;

import uk.gov.la.ei.platform.relay.RelayedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.List;
import java.util.UUID;

/** One event waiting in (or already relayed from) the transactional outbox. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends RelayedRecord {

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

    /** The oldest unsent messages first: the order they were committed in. */
    public static List<OutboxMessage> pending(int limit) {
        return find("sentAt is null order by id").page(0, limit).list();
    }

    public static long pendingCount() {
        return count("sentAt is null");
    }
}
