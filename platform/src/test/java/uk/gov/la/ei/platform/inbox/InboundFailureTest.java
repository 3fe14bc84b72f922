package uk.gov.la.ei.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.platform.messaging.InboundRecords;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one inbound path, on the real broker and database: what will fail again is dead-lettered with its
 * headers and the next record is processed; what will pass (PostgreSQL stopped and started) is retried in
 * place, losing and dead-lettering nothing; the channel never ends up failed.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class InboundFailureTest {

    private static final String TOPIC = "platform.test-events";

    @Inject
    EntityManager em;
    @Inject
    InboundRecords inbound;
    @Inject
    TestEventConsumer consumer;

    private static String event(String id, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/test","type":"uk.gov.la.ei.test.v1",
                 "time":"2026-11-23T12:00:00Z","subject":"116123","datacontenttype":"application/json","data":%s}
                """.formatted(id, data);
    }

    private long effects(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from test_effect where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    private static List<ConsumerRecord<String, String>> deadLetters(String marker, int expected) {
        return KafkaTestClient.read(Topics.deadLetterTopicOf(TOPIC), r -> r.value() != null && r.value().contains(marker),
                expected, Duration.ofSeconds(60));
    }

    @Test
    void aValueTooLongForItsColumnIsDeadLetteredWithItsHeadersAndTheNextRecordIsProcessed() {
        String poison = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        KafkaTestClient.publish(TOPIC, "116123", event(poison, "{\"note\":\"" + "x".repeat(21) + "\"}"));
        KafkaTestClient.publish(TOPIC, "116123", event(next, "{\"note\":\"" + "y".repeat(20) + "\"}"));

        await().atMost(Duration.ofSeconds(60)).until(() -> effects(next) == 1);
        List<ConsumerRecord<String, String>> dead = deadLetters(poison, 1);
        assertThat(dead).hasSize(1);
        ConsumerRecord<String, String> d = dead.get(0);
        assertThat(d.key()).isEqualTo("116123");
        assertThat(KafkaTestClient.header(d, Topics.REASON_HEADER)).contains("value too long");
        assertThat(KafkaTestClient.header(d, Topics.EXCEPTION_HEADER)).contains("PSQLException");
        assertThat(KafkaTestClient.header(d, Topics.CONSUMER_HEADER)).isEqualTo("platform-test");
        assertThat(KafkaTestClient.header(d, Topics.ORIGIN_TOPIC_HEADER)).isEqualTo(TOPIC);
        assertThat(Integer.parseInt(KafkaTestClient.header(d, Topics.ORIGIN_PARTITION_HEADER))).isNotNegative();
        assertThat(Long.parseLong(KafkaTestClient.header(d, Topics.ORIGIN_OFFSET_HEADER))).isNotNegative();
        assertThat(effects(poison)).isZero();
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aRefusalIsDeadLetteredNamingItsField() {
        String refused = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        KafkaTestClient.publish(TOPIC, "116123", event(refused, "{\"refuse\":\"data.startDate\"}"));
        KafkaTestClient.publish(TOPIC, "116123", event(next, "{}"));

        await().atMost(Duration.ofSeconds(60)).until(() -> effects(next) == 1);
        List<ConsumerRecord<String, String>> dead = deadLetters(refused, 1);
        assertThat(dead).hasSize(1);
        assertThat(KafkaTestClient.header(dead.get(0), Topics.FIELD_HEADER)).isEqualTo("data.startDate");
        assertThat(KafkaTestClient.header(dead.get(0), Topics.REASON_HEADER)).contains("refused by the test consumer");
        assertThat(KafkaTestClient.header(dead.get(0), Topics.EXCEPTION_HEADER)).endsWith("InvalidInputException");
    }

    @Test
    void anUnknownFailureIsTriedABoundedNumberOfTimesThenDeadLettered() {
        String boom = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        int boomsBefore = TestEventConsumer.booms.get();
        KafkaTestClient.publish(TOPIC, "116123", event(boom, "{\"boom\":true}"));
        KafkaTestClient.publish(TOPIC, "116123", event(next, "{}"));

        await().atMost(Duration.ofSeconds(60)).until(() -> effects(next) == 1);
        assertThat(TestEventConsumer.booms.get() - boomsBefore).isEqualTo(3);
        List<ConsumerRecord<String, String>> dead = deadLetters(boom, 1);
        assertThat(dead).hasSize(1);
        assertThat(KafkaTestClient.header(dead.get(0), Topics.EXCEPTION_HEADER)).isEqualTo(IllegalStateException.class.getName());
    }

    @Test
    void postgresStoppedAndStartedInTheMiddleOfAStreamLosesNothingAndDeadLettersNothing() throws Exception {
        String marker = UUID.randomUUID().toString();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(marker + "-" + i);
        }
        for (int i = 0; i < 10; i++) {
            KafkaTestClient.publish(TOPIC, "116123", event(ids.get(i), "{\"note\":\"before\"}"));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> effects(ids.get(9)) == 1);

        AtomicBoolean sawNotReady = new AtomicBoolean();
        AtomicBoolean outage = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (outage.get()) {
                try {
                    if (given().when().get("/q/health/ready").then().extract().statusCode() == 503) {
                        sawNotReady.set(true);
                    }
                    Thread.sleep(200);
                } catch (Exception e) {
                    return;
                }
            }
        });
        watcher.start();
        Thread restart = new Thread(() -> RealInfrastructure.restartPostgres(Duration.ofSeconds(8)));
        restart.start();
        Thread.sleep(1500); // the server is going down: publish into the outage
        for (int i = 10; i < 40; i++) {
            KafkaTestClient.publish(TOPIC, "116123", event(ids.get(i), "{\"note\":\"during\"}"));
        }
        restart.join();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> ids.stream().allMatch(id -> effects(id) == 1));
        outage.set(false);
        watcher.join();
        assertThat(ids).allSatisfy(id -> assertThat(effects(id)).isEqualTo(1));
        assertThat(sawNotReady).as("readiness reported DOWN during the outage").isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().when().get("/q/health/ready").then().extract().statusCode() == 200);
        assertThat(KafkaTestClient.read(Topics.deadLetterTopicOf(TOPIC), r -> r.value() != null && r.value().contains(marker),
                1, Duration.ofSeconds(3))).isEmpty();
    }

    // ------------------------------------------------------------------ batches: one transaction, same discipline

    /** Records as a poll returns them (offsets far from the topic's, so a dead letter names which). */
    private static List<ConsumerRecord<String, String>> poll(List<String> values) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long base = 1_000_000 + (long) (Math.random() * 1_000_000);
        for (int i = 0; i < values.size(); i++) {
            records.add(new ConsumerRecord<>(TOPIC, 0, base + i, "116123", values.get(i)));
        }
        return records;
    }

    /** Runs the test consumer on a batch, noting the database transaction each record's try ran in. */
    private Map<String, List<Long>> runBatch(List<ConsumerRecord<String, String>> records) {
        Map<String, List<Long>> transactions = new ConcurrentHashMap<>();
        inbound.processBatch("platform-test", records, r -> {
            if (QuarkusTransaction.isActive()) { // a batch's transaction; a record on its own opens its own in the consumer
                long tx = ((Number) em.createNativeQuery("select txid_current()").getSingleResult()).longValue();
                transactions.computeIfAbsent(r.value(), v -> new ArrayList<>()).add(tx);
            }
            consumer.handle(r);
        });
        return transactions;
    }

    @Test
    void aBatchThatGoesThroughIsOneTransactionAndEachEventHasOneEffect() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        Map<String, List<Long>> tx = runBatch(poll(ids.stream().map(id -> event(id, "{}")).toList()));

        assertThat(ids).allSatisfy(id -> assertThat(effects(id)).isEqualTo(1));
        assertThat(tx).hasSize(10);
        assertThat(tx.values()).allSatisfy(tries -> assertThat(tries).hasSize(1));
        assertThat(tx.values().stream().map(tries -> tries.get(0)).distinct()).hasSize(1);
    }

    @Test
    void aPoisonRecordInABatchIsDeadLetteredAloneWhileTheRecordsAroundItGoThroughOnce() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            values.add(event(ids.get(i), i == 2 ? "{\"note\":\"" + "x".repeat(21) + "\"}" : "{}"));
        }
        List<ConsumerRecord<String, String>> records = poll(values);
        Map<String, List<Long>> tx = runBatch(records);

        assertThat(effects(ids.get(0))).isEqualTo(1);
        assertThat(effects(ids.get(1))).isEqualTo(1);
        assertThat(effects(ids.get(2))).isZero();
        assertThat(effects(ids.get(3))).isEqualTo(1);
        assertThat(effects(ids.get(4))).isEqualTo(1);
        List<ConsumerRecord<String, String>> dead = deadLetters(ids.get(2), 1);
        assertThat(dead).hasSize(1);
        assertThat(Long.parseLong(KafkaTestClient.header(dead.get(0), Topics.ORIGIN_OFFSET_HEADER))).isEqualTo(records.get(2).offset());
        assertThat(KafkaTestClient.header(dead.get(0), Topics.REASON_HEADER)).contains("value too long");
        // the two before it went through again together; the two after it as a batch of their own
        assertThat(tx.get(values.get(0))).hasSize(2);
        assertThat(tx.get(values.get(0)).get(1)).isEqualTo(tx.get(values.get(1)).get(1));
        assertThat(tx.get(values.get(3))).hasSize(1);
        assertThat(tx.get(values.get(3)).get(0)).isEqualTo(tx.get(values.get(4)).get(0)).isNotEqualTo(tx.get(values.get(0)).get(1));
        assertThat(KafkaTestClient.read(Topics.deadLetterTopicOf(TOPIC), r -> r.value() != null
                && (r.value().contains(ids.get(0)) || r.value().contains(ids.get(4))), 1, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void anUnknownFailureInABatchCountsTheBatchsTryAmongItsBoundedTries() {
        String boom = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        int boomsBefore = TestEventConsumer.booms.get();
        runBatch(poll(List.of(event(boom, "{\"boom\":true}"), event(next, "{}"))));

        assertThat(TestEventConsumer.booms.get() - boomsBefore).isEqualTo(3);
        assertThat(deadLetters(boom, 1)).hasSize(1);
        assertThat(effects(next)).isEqualTo(1);
    }
}
