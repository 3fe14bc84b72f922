package uk.gov.la.ei.localstack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Operations: puts dead letters back on the topic they came from, after the cause is fixed (the
 * publisher corrected, a release deployed). Each record goes back as it came – key, value, original
 * headers – without the {@code dead-letter-*} headers. Consumers skip event ids they have already
 * handled, so the other consumers of the topic are not affected by a replay.
 *
 * <pre>
 * java -cp deploy/local-stack/target/local-stack.jar uk.gov.la.ei.localstack.ReplayDeadLetters \
 *      &lt;dead-letter topic&gt; [--bootstrap localhost:9092] [--consumer NAME] [--key URN] [--dry-run]
 * </pre>
 * {@code --consumer} replays only what that consumer refused ({@code dead-letter-consumer} header),
 * {@code --key} only one school's records; {@code --dry-run} lists without sending.
 */
public final class ReplayDeadLetters {

    private ReplayDeadLetters() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !args[0].endsWith(".dlq")) {
            System.err.println("usage: ReplayDeadLetters <topic>.dlq [--bootstrap host:port] [--consumer NAME] [--key URN] [--dry-run]");
            System.exit(2);
        }
        String dlq = args[0];
        String bootstrap = option(args, "--bootstrap", "localhost:9092");
        String consumer = option(args, "--consumer", null);
        String key = option(args, "--key", null);
        boolean dryRun = List.of(args).contains("--dry-run");
        String target = dlq.substring(0, dlq.length() - ".dlq".length());

        List<ConsumerRecord<String, String>> chosen = new ArrayList<>();
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-replay-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = reader.partitionsFor(dlq, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(dlq, p.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> reader.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> r : reader.poll(Duration.ofMillis(500))) {
                    if ((consumer == null || consumer.equals(header(r, "dead-letter-consumer")))
                            && (key == null || key.equals(r.key()))) {
                        chosen.add(r);
                    }
                }
            }
        }
        System.out.printf("%d dead letter(s) on %s%s%s%n", chosen.size(), dlq,
                consumer == null ? "" : " refused by " + consumer, key == null ? "" : " for key " + key);
        for (ConsumerRecord<String, String> r : chosen) {
            System.out.printf("  %s-%d@%d key %s: %s%n", r.topic(), r.partition(), r.offset(), r.key(),
                    header(r, "dead-letter-reason"));
        }
        if (dryRun || chosen.isEmpty()) {
            return;
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer())) {
            for (ConsumerRecord<String, String> r : chosen) {
                ProducerRecord<String, String> again = new ProducerRecord<>(target, r.key(), r.value());
                for (Header h : r.headers()) {
                    if (!h.key().startsWith("dead-letter-")) {
                        again.headers().add(h.key(), h.value());
                    }
                }
                producer.send(again);
            }
            producer.flush();
        }
        System.out.printf("replayed %d record(s) to %s%n", chosen.size(), target);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
