package uk.gov.la.ei.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Sends one outbox message to Kafka and waits until the broker has it (acks=all, idempotent). A
 * plain producer rather than a messaging channel: the relay needs "accepted or not" per message.
 */
@ApplicationScoped
public class OutboxSender {

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;
    @ConfigProperty(name = "platform.outbox.send-timeout", defaultValue = "PT10S")
    Duration sendTimeout;

    private volatile KafkaProducer<String, String> producer;

    public void send(OutboxMessage message) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(message.topic, message.recordKey, message.payload);
        record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        producer().send(record).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends any record and waits for the broker (used for dead letters, which must not be lost either). */
    public void sendNow(ProducerRecord<String, String> record) {
        try {
            producer().send(record).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + record.topic(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not accept a record for " + record.topic(), e);
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
                            ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay",
                            ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) sendTimeout.toMillis(),
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(sendTimeout.toMillis(), 1000),
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(sendTimeout.toMillis() - 500, 500),
                            ProducerConfig.LINGER_MS_CONFIG, 0),
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
