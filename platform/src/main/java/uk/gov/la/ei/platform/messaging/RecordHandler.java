package uk.gov.la.ei.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What a consumer does with one record. It may throw: {@link InboundRecords} decides what happens next. */
@FunctionalInterface
public interface RecordHandler {
    void handle(ConsumerRecord<String, String> record) throws Exception;
}
