package uk.gov.la.ei.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
}
