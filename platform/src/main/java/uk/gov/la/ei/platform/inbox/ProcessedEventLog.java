package uk.gov.la.ei.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.gov.la.ei.platform.bounds.SqlWrittenColumns;
import uk.gov.la.ei.platform.events.MalformedEventException;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The inbox half of exactly-once effects: a consumer records each event id it handles in the same
 * transaction as the effects, and skips an id it has seen. Kafka delivers at least once; this makes
 * the effect happen once.
 */
@ApplicationScoped
public class ProcessedEventLog {

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /**
     * True the first time {@code consumer} sees {@code eventId} (and records it); false for a repeat.
     * Atomic even when two deliveries race: the primary key decides.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(String consumer, String eventId, String eventType) {
        if (eventId == null || eventId.isEmpty() || eventId.length() > SqlWrittenColumns.EVENT_ID) {
            throw new MalformedEventException("id", "must be 1 to " + SqlWrittenColumns.EVENT_ID + " characters");
        }
        if (eventType != null && eventType.length() > SqlWrittenColumns.EVENT_TYPE) {
            throw new MalformedEventException("type", "is longer than " + SqlWrittenColumns.EVENT_TYPE + " characters");
        }
        if (consumer.length() > SqlWrittenColumns.CONSUMER) {
            throw new IllegalArgumentException("consumer name longer than " + SqlWrittenColumns.CONSUMER + ": " + consumer);
        }
        int inserted = em.createNativeQuery("""
                        insert into processed_event (consumer, event_id, event_type, processed_at)
                        values (:consumer, :eventId, :eventType, :at)
                        on conflict (consumer, event_id) do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .setParameter("eventType", eventType)
                .setParameter("at", OffsetDateTime.now(clock))
                .executeUpdate();
        return inserted == 1;
    }

    /** Removes the record of an event this consumer turned out not to handle (in the same transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String consumer, String eventId) {
        em.createNativeQuery("delete from processed_event where consumer = :consumer and event_id = :eventId")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate();
    }
}
