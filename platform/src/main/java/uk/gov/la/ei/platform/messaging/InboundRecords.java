package uk.gov.la.ei.platform.messaging;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.la.ei.platform.events.DeadLetters;
import uk.gov.la.ei.platform.failure.FailureClassifier;
import uk.gov.la.ei.platform.failure.FailureKind;
import uk.gov.la.ei.platform.tracing.Tracing;
import io.opentelemetry.api.trace.SpanKind;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one path every {@code @Incoming} of every service takes (ARCHITECTURE.md, "Failure discipline"):
 * <ul>
 *   <li>a failure that will happen again (a {@code Refusal}, bad data, a constraint) sends the record to
 *       its topic's dead-letter topic with the reason, field, exception class, consumer and origin, and
 *       the consumer goes on with the next record;</li>
 *   <li>a failure that will pass (database or broker away, a lock, a timeout) is retried in place with
 *       backoff – order kept, nothing skipped – while readiness reports DOWN, and UP again on its own
 *       once the record goes through;</li>
 *   <li>an unknown failure is retried a bounded number of times (without counting while the database is
 *       unreachable), then dead-lettered.</li>
 * </ul>
 * It never throws while the application runs, so no record can leave a channel failed. (At shutdown a
 * record still being retried is left unacknowledged: the next start reads it again.)
 */
@ApplicationScoped
public class InboundRecords {

    private static final Logger LOG = Logger.getLogger(InboundRecords.class);

    @Inject
    DeadLetters deadLetters;
    @Inject
    InboundHealth health;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    MeterRegistry metrics;
    @Inject
    Clock clock;
    @Inject
    Tracing tracing;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "platform.inbound.retry.initial-backoff", defaultValue = "PT0.2S")
    Duration initialBackoff;
    @ConfigProperty(name = "platform.inbound.retry.max-backoff", defaultValue = "PT15S")
    Duration maxBackoff;
    @ConfigProperty(name = "platform.inbound.unknown-failure-attempts", defaultValue = "3")
    int unknownFailureAttempts;

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Handles one record under the failure discipline.
     *
     * @param consumer the consumer's name (its group and purpose), recorded on dead letters and in health
     */
    public void process(String consumer, ConsumerRecord<String, String> record, RecordHandler handler) {
        process(consumer, record, handler, 0);
    }

    private void process(String consumer, ConsumerRecord<String, String> record, RecordHandler handler, int unknownSoFar) {
        inRecordSpan(consumer, record, () -> processInSpan(consumer, record, handler, unknownSoFar));
    }

    /**
     * Handles a poll's records in one transaction (one commit, not one per record), under the same
     * discipline: if a record fails, the transaction is rolled back; the records before it go through again
     * together, the failing one alone through {@link #process} (dead letter, retry in place, or the bounded
     * tries of an unknown failure – the batch's try counted as the first), and the rest as a new batch. The
     * handler runs inside the batch's transaction ({@code @Transactional} methods join it); each record is
     * flushed (and the persistence context cleared) before the next, so a constraint or a too-long value is laid at the
     * record that caused it, and the batch costs no more per record than records one at a time.
     * Order is kept: no record is handled before one ahead of it has gone through or been dead-lettered.
     */
    public void processBatch(String consumer, ConsumerRecords<String, String> poll, RecordHandler handler) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>(poll.count());
        poll.forEach(records::add);
        processBatch(consumer, records, handler);
    }

    /** As {@link #processBatch(String, ConsumerRecords, RecordHandler)}, for records in the order given. */
    public void processBatch(String consumer, List<ConsumerRecord<String, String>> records, RecordHandler handler) {
        List<ConsumerRecord<String, String>> pending = records;
        while (!pending.isEmpty()) {
            if (pending.size() == 1) {
                process(consumer, pending.get(0), handler);
                return;
            }
            BatchFailure failure = inOneTransaction(consumer, pending, handler);
            if (failure == null) {
                metrics.counter("inbound.batches", "consumer", consumer).increment();
                return;
            }
            metrics.counter("inbound.batch.splits", "consumer", consumer).increment();
            if (failure.index() >= pending.size()) {
                // the commit itself failed: no record to blame, so each on its own
                LOG.warnf("%s: a batch of %d failed at commit (%s); one record at a time", consumer, pending.size(),
                        FailureClassifier.describe(failure.cause()));
                pending.forEach(r -> process(consumer, r, handler));
                return;
            }
            List<ConsumerRecord<String, String>> before = pending.subList(0, failure.index());
            if (!before.isEmpty() && inOneTransaction(consumer, before, handler) != null) {
                before.forEach(r -> process(consumer, r, handler));
            }
            FailureKind kind = FailureClassifier.classify(failure.cause());
            process(consumer, pending.get(failure.index()), handler,
                    kind == FailureKind.UNKNOWN && databaseReachable() ? 1 : 0);
            pending = pending.subList(failure.index() + 1, pending.size());
        }
    }

    /** Where a batch failed: the record's index (the batch's size for a failure at commit) and why. */
    private record BatchFailure(int index, Throwable cause) {
    }

    private BatchFailure inOneTransaction(String consumer, List<ConsumerRecord<String, String>> batch, RecordHandler handler) {
        int[] at = {0};
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < batch.size(); i++) {
                    at[0] = i;
                    ConsumerRecord<String, String> record = batch.get(i);
                    inRecordSpan(consumer, record, () -> {
                        try {
                            handler.handle(record);
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new HandlerFailure(e);
                        }
                        // written now (a failure is this record's), then let go: a persistence context growing over
                        // the batch would make every later query's auto-flush check all earlier records' entities
                        em.flush();
                        em.clear();
                    });
                }
                at[0] = batch.size();
            });
            return null;
        } catch (HandlerFailure e) {
            return new BatchFailure(at[0], e.getCause());
        } catch (RuntimeException | LinkageError | AssertionError e) {
            return new BatchFailure(at[0], e);
        }
    }

    /** A handler's checked exception, carried out of the batch's transaction. */
    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(Exception cause) {
            super(cause);
        }
    }

    private void inRecordSpan(String consumer, ConsumerRecord<String, String> record, Runnable work) {
        org.apache.kafka.common.header.Header parent = record.headers().lastHeader(Tracing.TRACEPARENT);
        tracing.inSpan(consumer + " " + record.topic(), SpanKind.CONSUMER,
                parent == null ? null : new String(parent.value(), java.nio.charset.StandardCharsets.UTF_8), span -> {
                    span.setAttribute("messaging.destination.name", record.topic());
                    span.setAttribute("messaging.kafka.message.key", String.valueOf(record.key()));
                    work.run();
                    return null;
                });
    }

    private void processInSpan(String consumer, ConsumerRecord<String, String> record, RecordHandler handler,
                               int unknownSoFar) {
        Duration backoff = initialBackoff;
        int unknownFailures = unknownSoFar;
        int attempts = unknownSoFar;
        Instant since = null;
        while (true) {
            attempts++;
            try {
                handler.handle(record);
                if (since != null) {
                    health.recovered(consumer);
                    LOG.infof("%s: record %s-%d@%d went through after %d attempts", consumer, record.topic(),
                            record.partition(), record.offset(), attempts);
                }
                return;
            } catch (Exception | LinkageError | AssertionError e) {
                FailureKind kind = FailureClassifier.classify(e);
                if (kind == FailureKind.UNKNOWN && !databaseReachable()) {
                    kind = FailureKind.TRANSIENT;
                }
                if (kind == FailureKind.UNKNOWN && ++unknownFailures < unknownFailureAttempts) {
                    LOG.warnf("%s: unknown failure on %s-%d@%d (attempt %d of %d): %s", consumer, record.topic(),
                            record.partition(), record.offset(), unknownFailures, unknownFailureAttempts,
                            FailureClassifier.describe(e));
                    backoff = pause(consumer, record, backoff);
                    continue;
                }
                if (kind == FailureKind.TRANSIENT) {
                    if (since == null) {
                        since = clock.instant();
                    }
                    health.retrying(consumer, since, attempts, FailureClassifier.describe(e));
                    metrics.counter("inbound.retries", "consumer", consumer).increment();
                    LOG.warnf("%s: will retry %s-%d@%d in %s (attempt %d): %s", consumer, record.topic(),
                            record.partition(), record.offset(), backoff, attempts, FailureClassifier.describe(e));
                    backoff = pause(consumer, record, backoff);
                    continue;
                }
                deadLetter(consumer, record, e);
                if (since != null) {
                    health.recovered(consumer);
                }
                return;
            }
        }
    }

    private void deadLetter(String consumer, ConsumerRecord<String, String> record, Throwable failure) {
        Duration backoff = initialBackoff;
        while (true) {
            try {
                deadLetters.send(consumer, record, FailureClassifier.fieldOf(failure), FailureClassifier.describe(failure),
                        FailureClassifier.decidingClass(failure));
                return;
            } catch (RuntimeException e) {
                // the broker is away: the dead letter must not be lost either, and nothing may overtake it
                health.retrying(consumer, clock.instant(), 0, "dead-letter topic unavailable: " + FailureClassifier.describe(e));
                backoff = pause(consumer, record, backoff);
            }
        }
    }

    private Duration pause(String consumer, ConsumerRecord<String, String> record, Duration backoff) {
        if (stopping) {
            throw new IllegalStateException(consumer + ": stopping; record " + record.topic() + "-" + record.partition()
                    + "@" + record.offset() + " is left for the next start");
        }
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(consumer + ": interrupted; record left for the next start", e);
        }
        Duration next = backoff.multipliedBy(2);
        return next.compareTo(maxBackoff) > 0 ? maxBackoff : next;
    }

    private boolean databaseReachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
