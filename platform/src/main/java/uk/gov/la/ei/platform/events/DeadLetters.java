package uk.gov.la.ei.platform.events;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jboss.logging.Logger;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.platform.outbox.OutboxSender;

import java.nio.charset.StandardCharsets;

/**
 * Keeps what could not be accepted: the record as it came, with its original headers and the reason,
 * on the dead-letter topic. Never dropped, so an operator can fix the publisher and replay it.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    OutboxSender sender;
    @Inject
    MeterRegistry metrics;

    public void send(String dlqTopic, String key, String value, Headers originalHeaders, String field, String reason) {
        ProducerRecord<String, String> record = new ProducerRecord<>(dlqTopic, key, value);
        if (originalHeaders != null) {
            for (Header h : originalHeaders) {
                record.headers().add(h.key(), h.value());
            }
        }
        record.headers().remove(Topics.REASON_HEADER).remove(Topics.FIELD_HEADER);
        record.headers().add(Topics.REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        if (field != null) {
            record.headers().add(Topics.FIELD_HEADER, field.getBytes(StandardCharsets.UTF_8));
        }
        sender.sendNow(record);
        metrics.counter("dead.letters", "topic", dlqTopic, "field", field == null ? "none" : field).increment();
        LOG.warnf("dead-lettered a record from key %s to %s: %s", key, dlqTopic, reason);
    }
}
