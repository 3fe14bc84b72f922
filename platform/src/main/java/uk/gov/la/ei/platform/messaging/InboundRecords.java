package uk.gov.la.ei.platform.messaging;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
        org.apache.kafka.common.header.Header parent = record.headers().lastHeader(Tracing.TRACEPARENT);
        tracing.inSpan(consumer + " " + record.topic(), SpanKind.CONSUMER,
                parent == null ? null : new String(parent.value(), java.nio.charset.StandardCharsets.UTF_8), span -> {
                    span.setAttribute("messaging.destination.name", record.topic());
                    span.setAttribute("messaging.kafka.message.key", String.valueOf(record.key()));
                    processInSpan(consumer, record, handler);
                    return null;
                });
    }

    private void processInSpan(String consumer, ConsumerRecord<String, String> record, RecordHandler handler) {
        Duration backoff = initialBackoff;
        int unknownFailures = 0;
        int attempts = 0;
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
