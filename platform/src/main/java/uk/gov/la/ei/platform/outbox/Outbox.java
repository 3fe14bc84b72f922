package uk.gov.la.ei.platform.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.la.ei.contracts.events.EventCatalog;
import uk.gov.la.ei.contracts.events.IntegrationEvent;
import uk.gov.la.ei.platform.bounds.SqlWrittenColumns;
import uk.gov.la.ei.platform.events.CloudEventCodec;
import uk.gov.la.ei.platform.problem.PayloadTooLargeProblem;
import uk.gov.la.ei.platform.tracing.Tracing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/**
 * The one way a service tells the others something: the event is stored in the caller's
 * transaction, so it exists if and only if the state change does, and is relayed to Kafka after commit.
 * <ul>
 *   <li>An event larger than the broker takes is refused here (413 naming its largest field), before
 *       anything is stored – never left to block the relay.</li>
 *   <li>Per key (the school's URN) a sequence number is taken under the key's row lock: two transactions
 *       writing for the same school are serialised, so the sequence is commit order, whatever ids the
 *       replicas' pooled sequences hand out.</li>
 * </ul>
 */
@ApplicationScoped
public class Outbox {

    /** What a record carries besides key and value (the content-type header, the batch's framing). */
    static final int RECORD_OVERHEAD_BYTES = 512;

    @Inject
    CloudEventCodec codec;
    @Inject
    Clock clock;
    @Inject
    Event<OutboxWritten> written;
    @Inject
    MeterRegistry metrics;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    Tracing tracing;
    /** Below the producer's max.request.size (1 MiB) and the broker's message.max.bytes. */
    @ConfigProperty(name = "platform.outbox.max-record-bytes", defaultValue = "1000000")
    int maxRecordBytes;

    /** Must run inside the transaction of the state change it reports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(IntegrationEvent event) {
        EventCatalog entry = EventCatalog.of(event);
        if (event.urn() == null || event.urn().length() > SqlWrittenColumns.RECORD_KEY) {
            throw new IllegalArgumentException(entry.name() + " must name its school's URN (the record key): " + event.urn());
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String payload = codec.encode(entry, event, id, now);
        int size = payload.getBytes(StandardCharsets.UTF_8).length + event.urn().length() + RECORD_OVERHEAD_BYTES;
        if (size > maxRecordBytes) {
            metrics.counter("outbox.events.refused", "type", entry.type()).increment();
            throw new PayloadTooLargeProblem(largestField(event), "the " + entry.name() + " event would be " + size
                    + " bytes, more than the " + maxRecordBytes + " a Kafka record may carry; shorten the largest field");
        }
        OutboxMessage message = new OutboxMessage();
        message.eventId = id;
        message.topic = entry.topic();
        message.recordKey = event.urn();
        message.keySeq = nextSequenceOf(event.urn());
        message.eventType = entry.type();
        message.payload = payload;
        message.traceParent = traceparentFor(entry.type());
        message.createdAt = now;
        message.persist();
        metrics.counter("outbox.events.written", "type", entry.type()).increment();
        // observed after a successful commit: the relay then sends without waiting for its next poll
        written.fire(new OutboxWritten(id));
        return id;
    }

    /**
     * The work in progress's trace; an event no request or record caused (a scheduled deadline check) starts
     * a trace of its own, so that every record on the wire can be followed downstream.
     */
    private String traceparentFor(String type) {
        String current = tracing.currentTraceparent();
        if (current != null) {
            return current;
        }
        var span = tracing.start("publish " + type, io.opentelemetry.api.trace.SpanKind.PRODUCER, null);
        span.end();
        return uk.gov.la.ei.platform.tracing.Tracing.traceparent(span);
    }

    /** The key's next position; the upsert locks the key's row until this transaction ends. */
    private long nextSequenceOf(String key) {
        Object seq = em.createNativeQuery("""
                        insert into outbox_key (record_key, last_seq) values (:key, 1)
                        on conflict (record_key) do update set last_seq = outbox_key.last_seq + 1
                        returning last_seq""")
                .setParameter("key", key)
                .getSingleResult();
        return ((Number) seq).longValue();
    }

    /** The event's field that takes the most room on the wire (what to shorten), e.g. {@code notes}. */
    String largestField(IntegrationEvent event) {
        JsonNode tree = mapper.valueToTree(event);
        String largest = "data";
        int size = -1;
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            int fieldSize = field.getValue().toString().length();
            if (fieldSize > size) {
                size = fieldSize;
                largest = field.getKey();
            }
        }
        return largest;
    }

    /** Fired inside the writing transaction; observers act after it commits. */
    public record OutboxWritten(UUID eventId) {
    }
}
