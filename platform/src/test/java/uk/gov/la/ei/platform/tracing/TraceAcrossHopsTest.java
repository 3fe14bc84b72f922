package uk.gov.la.ei.platform.tracing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.platform.outbox.OutboxRelay;
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The caller's trace continues through the service: HTTP in or a record in, the outbox, the record out. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class TraceAcrossHopsTest {

    private static final String OPS = DevJwt.token("ops@hants-ei.example", "ops");

    @Inject
    OutboxRelay relay;
    @Inject
    uk.gov.la.ei.platform.outbox.Outbox outbox;

    private static String traceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static String urn() {
        return String.valueOf(8_000_000 + (int) (Math.random() * 999_999));
    }

    private static List<ConsumerRecord<String, String>> relayed(String urn) {
        return KafkaTestClient.read(Topics.INSPECTIONS, r -> urn.equals(r.key()), 1, Duration.ofSeconds(30));
    }

    @Test
    void anHttpRequestsTraceIsCarriedOnTheEventItWrites() {
        String trace = traceId();
        String urn = urn();
        String back = given().auth().oauth2(OPS).header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .when().post("/test/problems/publish/" + urn).then().statusCode(200).extract().header("traceparent");
        assertThat(Tracing.traceIdOf(back)).isEqualTo(trace);
        relay.relayPending();
        List<ConsumerRecord<String, String>> out = relayed(urn);
        assertThat(out).hasSize(1);
        String carried = KafkaTestClient.header(out.get(0), "traceparent");
        assertThat(Tracing.traceIdOf(carried)).isEqualTo(trace);
        assertThat(carried).doesNotContain("00f067aa0ba902b7"); // a span of this service, child of the caller's
    }

    @Test
    void aConsumedRecordsTraceIsCarriedOnTheEventItsHandlerWrites() {
        String trace = traceId();
        String urn = urn();
        KafkaTestClient.publish("platform.test-events", urn, """
                {"specversion":"1.0","id":"%s","source":"/test","type":"uk.gov.la.ei.test.v1",
                 "time":"2026-11-23T12:00:00Z","subject":"%s","datacontenttype":"application/json","data":{"publishFor":"%s"}}
                """.formatted(UUID.randomUUID(), urn, urn), "traceparent", "00-" + trace + "-b7ad6b7169203331-01");
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            relay.relayPending();
            return !KafkaTestClient.read(Topics.INSPECTIONS, r -> urn.equals(r.key()), 1, Duration.ofSeconds(1)).isEmpty();
        });
        String carried = KafkaTestClient.header(relayed(urn).get(0), "traceparent");
        assertThat(Tracing.traceIdOf(carried)).isEqualTo(trace);
    }

    @Test
    void withoutATraceparentAnHttpRequestStartsItsOwnTrace() {
        String urn = urn();
        String back = given().auth().oauth2(OPS).when().post("/test/problems/publish/" + urn).then().statusCode(200)
                .extract().header("traceparent");
        assertThat(back).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
        relay.relayPending();
        assertThat(Tracing.traceIdOf(KafkaTestClient.header(relayed(urn).get(0), "traceparent"))).isEqualTo(Tracing.traceIdOf(back));
    }

    @Test
    void anEventNoRequestOrRecordCausedStartsATraceOfItsOwn() throws Exception {
        // as a scheduled deadline check publishes: on a thread of its own, no HTTP request, no consumed record
        String urn = urn();
        Thread scheduled = new Thread(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> outbox.publish(
                new uk.gov.la.ei.contracts.events.AcknowledgementOverdue(UUID.randomUUID(), urn, java.time.Instant.now(), null))));
        scheduled.start();
        scheduled.join();
        relay.relayPending();
        assertThat(KafkaTestClient.header(relayed(urn).get(0), "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    }
}
