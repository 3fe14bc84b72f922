package uk.gov.la.ei.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.la.ei.platform.failure.FailureClassifier;
import uk.gov.la.ei.platform.tracing.Tracing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The relay's Kafka producer (acks=all, idempotent: per-partition order kept through retries). A plain
 * producer rather than a messaging channel: the relay needs "accepted or not" per message.
 */
@ApplicationScoped
public class OutboxSender {

    private static final byte[] CLOUDEVENTS_JSON = "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8);

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;
    @ConfigProperty(name = "platform.outbox.send-timeout", defaultValue = "PT10S")
    Duration sendTimeout;
    @ConfigProperty(name = "platform.outbox.linger", defaultValue = "PT0.005S")
    Duration linger;

    private volatile KafkaProducer<String, String> producer;

    /** Sends a wave of messages all at once, flushes, and waits for every answer: null for accepted. */
    Map<OutboxRelay.Pending, Exception> sendAll(List<OutboxRelay.Pending> wave) {
        Map<OutboxRelay.Pending, Future<RecordMetadata>> sent = new LinkedHashMap<>();
        Map<OutboxRelay.Pending, Exception> results = new LinkedHashMap<>();
        KafkaProducer<String, String> p;
        try {
            p = producer();
        } catch (RuntimeException e) {
            wave.forEach(m -> results.put(m, e));
            return results;
        }
        for (OutboxRelay.Pending m : wave) {
            ProducerRecord<String, String> record = new ProducerRecord<>(m.topic(), m.key(), m.payload());
            record.headers().add("content-type", CLOUDEVENTS_JSON);
            if (m.traceParent() != null) {
                record.headers().add(Tracing.TRACEPARENT, m.traceParent().getBytes(StandardCharsets.UTF_8));
            }
            try {
                sent.put(m, p.send(record));
            } catch (RuntimeException e) {
                results.put(m, e);
            }
        }
        p.flush();
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        sent.forEach((m, future) -> {
            try {
                future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                results.put(m, null);
            } catch (ExecutionException e) {
                results.put(m, e.getCause() instanceof Exception c ? c : e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.put(m, e);
            } catch (Exception e) {
                results.put(m, e);
            }
        });
        return results;
    }

    /** Will the broker take it later (an outage, a leader election), or never (too large, not authorised)? */
    static boolean isRetriable(Exception failure) {
        if (failure == null) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.apache.kafka.common.errors.RecordTooLargeException
                    || t instanceof org.apache.kafka.common.errors.RecordBatchTooLargeException
                    || t instanceof org.apache.kafka.common.errors.SerializationException
                    || t instanceof org.apache.kafka.common.errors.AuthorizationException
                    || t instanceof org.apache.kafka.common.errors.InvalidTopicException
                    || t instanceof org.apache.kafka.common.errors.UnknownServerException) {
                return false;
            }
            if (t instanceof RetriableException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof org.apache.kafka.common.errors.TimeoutException) {
                return true;
            }
        }
        return true;
    }

    static String describe(Exception failure) {
        return FailureClassifier.describe(failure);
    }

    /** Sends any record and waits for the broker (used for dead letters, which must not be lost either). */
    public void sendNow(ProducerRecord<String, String> record) {
        try {
            producer().send(record).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + record.topic(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not accept a record for " + record.topic() + ": "
                    + FailureClassifier.describe(e), e);
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                            ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                            ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay",
                            ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) sendTimeout.toMillis(),
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(sendTimeout.toMillis(), 1000),
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(sendTimeout.toMillis() - 500, 500),
                            ProducerConfig.LINGER_MS_CONFIG, (int) linger.toMillis()),
                            new StringSerializer(), new StringSerializer());
                }
            }
        }
        return producer;
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
