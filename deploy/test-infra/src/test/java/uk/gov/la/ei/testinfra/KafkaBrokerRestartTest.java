package uk.gov.la.ei.testinfra;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The local stack keeps its topics: a broker restarted on the same log directory still has the record. */
class KafkaBrokerRestartTest {

    @Test
    void aRecordPublishedBeforeARestartIsThereAfterIt(@TempDir Path logDir) throws Exception {
        int port = FreePort.pick();
        try (KafkaBroker first = KafkaBroker.start(logDir, port)) {
            assertThat(first.existingLog()).isFalse();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, first.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
                producer.send(new ProducerRecord<>("ofsted.inspection-notifications", "116123", "{\"kept\":true}")).get();
            }
        }
        try (KafkaBroker second = KafkaBroker.start(logDir, port)) {
            assertThat(second.existingLog()).isTrue();
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, second.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "restart-test",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
                consumer.subscribe(List.of("ofsted.inspection-notifications"));
                List<ConsumerRecord<String, String>> seen = new ArrayList<>();
                long deadline = System.currentTimeMillis() + 30_000;
                while (seen.isEmpty() && System.currentTimeMillis() < deadline) {
                    consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
                }
                assertThat(seen).singleElement().satisfies(r -> {
                    assertThat(r.key()).isEqualTo("116123");
                    assertThat(r.value()).isEqualTo("{\"kept\":true}");
                });
            }
        }
    }
}
