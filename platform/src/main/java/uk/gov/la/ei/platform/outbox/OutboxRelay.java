package uk.gov.la.ei.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import uk.gov.la.ei.platform.metrics.StoredCounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.la.ei.platform.relay.RelayLock;
import uk.gov.la.ei.platform.relay.RelayRunner;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Relays committed outbox messages to Kafka. Nothing lives in memory: after a crash the next start
 * finds every unsent message in the table (at-least-once; consumers drop repeats by event id).
 * <ul>
 *   <li><b>Per-key order.</b> A key's messages go in their {@code key_seq} order (commit order); a key
 *       whose earliest unsent message is not in the batch, failed, or is parked sends nothing more in this
 *       round. Other keys are not held back.</li>
 *   <li><b>Parking.</b> A message the broker refuses for good (too large, not serialisable, not
 *       authorised) – or that keeps failing while others go through – is parked with its reason: listed
 *       by {@code /api/v1/ops/outbox}, re-queued there after a fix. It holds back only later messages of
 *       its own key.</li>
 *   <li><b>Pipelined, no long transaction.</b> A round reads a batch in one short transaction, sends it
 *       in waves (the first unsent message of each key, then the second…; each wave sent all at once,
 *       flushed, awaited), and records the results in another short transaction.</li>
 *   <li><b>One relay per schema</b> at a time, whatever the number of replicas ({@link RelayLock}).</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxSender sender;
    @Inject
    RelayLock lock;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    MeterRegistry metrics;
    @ConfigProperty(name = "platform.outbox.relay.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "platform.outbox.batch-size", defaultValue = "500")
    int batchSize;
    /** Failures of one message while the broker accepts others, before it is parked. */
    @ConfigProperty(name = "platform.outbox.max-attempts", defaultValue = "10")
    int maxAttempts;

    private final RelayRunner runner = new RelayRunner("outbox-relay", this::relayAll, LOG);

    void registerGauges(@Observes StartupEvent event) {
        StoredCounts.register(metrics, "outbox.pending", "Events written and not yet on Kafka", OutboxMessage::pendingCount);
        StoredCounts.register(metrics, "outbox.parked", "Events the relay gave up on (parked messages): see /api/v1/ops/outbox and requeue",
                OutboxMessage::parkedCount);
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

    /** Relays what is pending now; returns how many messages the broker accepted. */
    public int relayPending() {
        return runner.runNow();
    }

    /** Operations: a parked message (or every parked one, {@code id} null) back in line, after the cause is fixed. */
    @Transactional
    public int requeue(Long id) {
        List<OutboxMessage> parked = id == null ? OutboxMessage.parked(Integer.MAX_VALUE)
                : OutboxMessage.<OutboxMessage>findByIdOptional(id).filter(m -> m.parkedAt != null && m.sentAt == null)
                .map(List::of).orElse(List.of());
        for (OutboxMessage m : parked) {
            LOG.infof("outbox message %d (%s, key %s) re-queued by operations; was parked: %s", m.id, m.eventType,
                    m.recordKey, m.parkReason);
            m.parkedAt = null;
            m.parkReason = null;
            m.attempts = 0;
        }
        if (!parked.isEmpty() && enabled) {
            runner.nudge();
        }
        return parked.size();
    }

    private int relayAll() {
        return lock.whileHolding("outbox-relay", () -> {
            int total = 0;
            while (true) {
                Round round = QuarkusTransaction.requiringNew().call(this::nextRound);
                if (round.batch().isEmpty()) {
                    return total;
                }
                total += send(round);
                if (round.batch().size() < batchSize || !round.progressed()) {
                    return total;
                }
            }
        }).orElse(0);
    }

    /** A snapshot of one message, to send without a transaction open. */
    record Pending(Long id, String topic, String key, long seq, String eventType, String payload, int attempts,
                   String traceParent) {
    }

    record Round(List<Pending> batch, List<List<Pending>> waves, boolean progressed) {
    }

    private Round nextRound() {
        List<Pending> batch = OutboxMessage.pending(batchSize).stream()
                .map(m -> new Pending(m.id, m.topic, m.recordKey, m.keySeq, m.eventType, m.payload, m.attempts, m.traceParent))
                .toList();
        if (batch.isEmpty()) {
            return new Round(batch, List.of(), false);
        }
        Set<String> keys = batch.stream().map(Pending::key).collect(Collectors.toSet());
        // the earliest unsent message of each key, parked or not: a key goes on only from there
        Map<String, Long> heads = new HashMap<>();
        for (Object row : em.createQuery("select m.recordKey, min(m.keySeq) from OutboxMessage m "
                        + "where m.sentAt is null and m.recordKey in :keys group by m.recordKey")
                .setParameter("keys", keys).getResultList()) {
            Object[] r = (Object[]) row;
            heads.put((String) r[0], ((Number) r[1]).longValue());
        }
        Map<String, List<Pending>> byKey = new LinkedHashMap<>();
        for (Pending p : batch) {
            byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
        }
        List<List<Pending>> waves = new ArrayList<>();
        for (List<Pending> ofKey : byKey.values()) {
            ofKey.sort(Comparator.comparingLong(Pending::seq));
            long expected = heads.getOrDefault(ofKey.get(0).key(), ofKey.get(0).seq());
            int position = 0;
            for (Pending p : ofKey) {
                if (p.seq() != expected) {
                    break; // an earlier message of this key is parked or not in this batch: wait
                }
                if (waves.size() <= position) {
                    waves.add(new ArrayList<>());
                }
                waves.get(position++).add(p);
                expected++;
            }
        }
        return new Round(batch, waves, !waves.isEmpty());
    }

    private int send(Round round) {
        Map<Long, Exception> failures = new HashMap<>();
        List<Pending> delivered = new ArrayList<>();
        Set<String> stopped = new java.util.HashSet<>();
        boolean brokerAway = false;
        for (List<Pending> wave : round.waves()) {
            List<Pending> now = wave.stream().filter(p -> !stopped.contains(p.key())).toList();
            if (now.isEmpty()) {
                continue;
            }
            Map<Pending, Exception> results = sender.sendAll(now);
            int ok = 0;
            for (Pending p : now) {
                Exception failure = results.get(p);
                if (failure == null) {
                    delivered.add(p);
                    ok++;
                } else {
                    failures.put(p.id(), failure);
                    stopped.add(p.key());
                }
            }
            if (ok == 0 && now.stream().map(results::get).allMatch(OutboxSender::isRetriable)) {
                brokerAway = true; // nothing went through: the broker, not the messages
                break;
            }
        }
        Instant at = clock.instant();
        boolean countAttempts = !brokerAway;
        QuarkusTransaction.requiringNew().run(() -> {
            // what the broker took, marked in one statement (as RelayedRecord.delivered does for one)
            if (!delivered.isEmpty()) {
                OutboxMessage.update("attempts = attempts + 1, sentAt = ?1, lastError = null where id in ?2", at,
                        delivered.stream().map(Pending::id).toList());
            }
            delivered.forEach(p -> metrics.counter("outbox.events.sent", "type", p.eventType()).increment());
            failures.forEach((id, failure) -> refused(OutboxMessage.findById(id), failure, at, countAttempts));
        });
        return delivered.size();
    }

    private void refused(OutboxMessage m, Exception failure, Instant at, boolean countAttempt) {
        String reason = OutboxSender.describe(failure);
        metrics.counter("outbox.send.failures").increment();
        if (countAttempt) {
            m.failed(reason);
        } else {
            m.lastError = reason;
        }
        boolean permanent = !OutboxSender.isRetriable(failure);
        if (permanent || m.attempts >= maxAttempts) {
            m.parkedAt = at;
            m.parkReason = (permanent ? "refused for good: " : "failed " + m.attempts + " times: ") + reason;
            metrics.counter("outbox.events.parked", "type", m.eventType).increment();
            LOG.errorf("outbox message %d (%s, key %s) PARKED – later messages of key %s wait; others go on. %s. "
                    + "See /api/v1/ops/outbox; re-queue after fixing.", m.id, m.eventType, m.recordKey, m.recordKey, m.parkReason);
        } else {
            LOG.warnf("outbox message %d (%s, key %s) not accepted (attempt %d): %s", m.id, m.eventType, m.recordKey,
                    m.attempts, reason);
        }
    }
}
