package uk.gov.la.ei.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.la.ei.platform.relay.RelayRunner;

import java.time.Clock;
import java.util.List;

/**
 * Relays committed outbox messages to Kafka, oldest first, stopping at the first failure so that
 * events about one school never overtake each other; what failed is tried again on the next round
 * until the broker accepts it. Nothing lives in memory: after a crash the next start finds every
 * unsent message still in the table (at-least-once; consumers drop repeats by event id).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxSender sender;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    MeterRegistry metrics;
    @ConfigProperty(name = "platform.outbox.relay.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "platform.outbox.batch-size", defaultValue = "100")
    int batchSize;

    private final RelayRunner runner = new RelayRunner("outbox-relay", this::relayAll, LOG);

    void registerGauge(@Observes StartupEvent event) {
        metrics.gauge("outbox.pending", this, relay -> QuarkusTransaction.requiringNew()
                .call(OutboxMessage::pendingCount).doubleValue());
    }

    /** Right after a commit that wrote to the outbox: relay now rather than at the next poll. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        if (enabled) {
            runner.nudge();
        }
    }

    @Scheduled(every = "${platform.outbox.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        if (enabled) {
            runner.runQuietly();
        }
    }

    /** One round: relays what is pending; returns how many messages the broker accepted. */
    public int relayPending() {
        return runner.runNow();
    }

    private int relayAll() {
        int total = 0;
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
            total += sent;
        } while (sent == batchSize);
        return total;
    }

    private int relayBatch() {
        // one relay at a time per service schema, even with several replicas; advisory locks are
        // database-wide and the services may share a database, so the key is the schema's
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('outbox-relay:' || current_schema()))")
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<OutboxMessage> pending = OutboxMessage.pending(batchSize);
        int sent = 0;
        for (OutboxMessage message : pending) {
            try {
                sender.send(message);
            } catch (Exception e) {
                message.failed(rootMessage(e));
                metrics.counter("outbox.send.failures").increment();
                LOG.warnf("outbox event %s (%s) not accepted by Kafka on attempt %d: %s",
                        message.eventId, message.eventType, message.attempts, message.lastError);
                break;
            }
            message.delivered(clock.instant());
            metrics.counter("outbox.events.sent", "type", message.eventType).increment();
            sent++;
        }
        return sent;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
