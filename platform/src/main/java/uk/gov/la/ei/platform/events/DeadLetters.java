package uk.gov.la.ei.platform.events;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.platform.outbox.OutboxSender;

import java.nio.charset.StandardCharsets;

/**
 * Keeps what could not be accepted: the record as it came, with its original headers, on its topic's
 * dead-letter topic ({@code <topic>.dlq}) with the reason, the field, the exception, the consumer and
 * where it was read from. Never dropped, so an operator can fix the cause and replay it.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    /** A header is not a log: a reason longer than this is cut (the full one is in the service's log). */
    static final int MAX_REASON_CHARS = 2000;

    @Inject
    OutboxSender sender;
    @Inject
    MeterRegistry metrics;

    /** Sends the dead letter and waits until the broker has it; throws if the broker does not take it. */
    public void send(String consumer, ConsumerRecord<String, String> record, String field, String reason, String exceptionClass) {
        String dlqTopic = Topics.deadLetterTopicOf(record.topic());
        ProducerRecord<String, String> dead = new ProducerRecord<>(dlqTopic, record.key(), record.value());
        for (Header h : record.headers()) {
            if (!h.key().startsWith("dead-letter-")) {
                dead.headers().add(h.key(), h.value());
            }
        }
        String cut = reason == null ? "unknown" : reason.length() > MAX_REASON_CHARS ? reason.substring(0, MAX_REASON_CHARS) + "…" : reason;
        add(dead, Topics.REASON_HEADER, cut);
        add(dead, Topics.FIELD_HEADER, field);
        add(dead, Topics.EXCEPTION_HEADER, exceptionClass);
        add(dead, Topics.CONSUMER_HEADER, consumer);
        add(dead, Topics.ORIGIN_TOPIC_HEADER, record.topic());
        add(dead, Topics.ORIGIN_PARTITION_HEADER, String.valueOf(record.partition()));
        add(dead, Topics.ORIGIN_OFFSET_HEADER, String.valueOf(record.offset()));
        sender.sendNow(dead);
        metrics.counter("dead.letters", "topic", dlqTopic, "consumer", consumer, "field", field == null ? "none" : field)
                .increment();
        LOG.warnf("%s dead-lettered %s-%d@%d (key %s) to %s: %s", consumer, record.topic(), record.partition(),
                record.offset(), record.key(), dlqTopic, reason);
    }

    private static void add(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
