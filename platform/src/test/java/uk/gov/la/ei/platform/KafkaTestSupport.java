package uk.gov.la.ei.platform;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import uk.gov.la.ei.testinfra.RealInfrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads a topic from the beginning on the real test broker. */
public final class KafkaTestSupport {
    private KafkaTestSupport() {
    }

    /** Every record of {@code topic} matching {@code filter}, reading for up to {@code wait}. */
    public static List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> filter,
                                                            int expected, Duration wait) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            long deadline = System.currentTimeMillis() + wait.toMillis();
            while (System.currentTimeMillis() < deadline && seen.size() < expected) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (filter.test(r)) {
                        seen.add(r);
                    }
                });
            }
            // a little longer, to catch a duplicate that should not be there
            consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                if (filter.test(r)) {
                    seen.add(r);
                }
            });
            return seen;
        }
    }
}
