package uk.gov.la.ei.platform.outbox;

import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.contracts.events.AcknowledgementOverdue;
import uk.gov.la.ei.contracts.events.ConcernLogged;
import uk.gov.la.ei.contracts.events.ConcernCategory;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.platform.problem.PayloadTooLargeProblem;
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class OutboxTest {

    private static final String OPS = DevJwt.token("ops@hants-ei.example", "ops");

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxSender sender;

    static AcknowledgementOverdue event(String urn) {
        return new AcknowledgementOverdue(UUID.randomUUID(), urn, Instant.parse("2026-11-23T17:00:00Z"),
                new Person("Duty CEM", "cem.duty@hants-ei.example"));
    }

    static String uniqueUrn() {
        return String.valueOf(1_000_000 + (int) (Math.random() * 8_999_999)).substring(0, 7);
    }

    UUID commit(AcknowledgementOverdue event) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.publish(event));
    }

    static OutboxMessage stored(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find("eventId", eventId).firstResult());
    }

    static int order(ConsumerRecord<String, String> r, UUID... ids) {
        for (int i = 0; i < ids.length; i++) {
            if (r.value().contains(ids[i].toString())) {
                return i + 1;
            }
        }
        return 0;
    }

    @Test
    void anEventCommittedButNeverSentBecauseTheServiceDiedIsRelayedExactlyOnceAfterRestart() {
        String urn = uniqueUrn();
        UUID id = commit(event(urn));
        // the "crash": the service stopped after the commit, before any relay ran
        assertThat(stored(id).sentAt).isNull();

        // after a restart the relay starts from the table alone
        relay.relayPending();
        relay.relayPending();

        List<ConsumerRecord<String, String>> onKafka = KafkaTestClient.read(Topics.INSPECTIONS,
                r -> r.value().contains(id.toString()), 1, Duration.ofSeconds(20));
        assertThat(onKafka).hasSize(1);
        assertThat(onKafka.get(0).key()).isEqualTo(urn);
        assertThat(onKafka.get(0).value())
                .contains("\"specversion\":\"1.0\"")
                .contains("\"type\":\"uk.gov.la.ei.acknowledgement-overdue.v1\"")
                .contains("\"subject\":\"" + urn + "\"");
        assertThat(stored(id).sentAt).isNotNull();
    }

    @Test
    void aStateChangeThatRollsBackLeavesNoEvent() {
        String urn = uniqueUrn();
        UUID[] id = new UUID[1];
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            id[0] = outbox.publish(event(urn));
            throw new IllegalStateException("the state change failed");
        })).hasMessageContaining("the state change failed");
        assertThat(id[0]).isNotNull();
        assertThat(stored(id[0])).isNull();
    }

    @Test
    void anEventLargerThanAKafkaRecordIsRefusedWhenWrittenNamingItsLargestFieldAndNothingIsStored() {
        String urn = uniqueUrn();
        ConcernLogged huge = new ConcernLogged(UUID.randomUUID(), UUID.randomUUID(), urn, ConcernCategory.OTHER,
                "x".repeat(1_000_001), false, new Person("A", "a@example.org"), Instant.now());
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> outbox.publish(huge)))
                .isInstanceOf(PayloadTooLargeProblem.class)
                .satisfies(e -> assertThat(((PayloadTooLargeProblem) e).field()).isEqualTo("summary"));
        long stored = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("recordKey", urn));
        assertThat(stored).isZero();

        ConcernLogged justFits = new ConcernLogged(UUID.randomUUID(), UUID.randomUUID(), urn, ConcernCategory.OTHER,
                "x".repeat(990_000), false, new Person("A", "a@example.org"), Instant.now());
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.publish(justFits));
        relay.relayPending();
        assertThat(stored(id).sentAt).as("the largest event the outbox takes is one the broker takes").isNotNull();
    }

    @Test
    void whenTheBrokerIsAwayTheEventStaysUnparkedAndIsRetriedUntilAccepted() {
        OutboxSender real = ClientProxy.unwrap(sender);
        AtomicBoolean brokerDown = new AtomicBoolean(true);
        QuarkusMock.installMockForType(new OutboxSender() {
            @Override
            Map<OutboxRelay.Pending, Exception> sendAll(List<OutboxRelay.Pending> wave) {
                if (brokerDown.get()) {
                    Map<OutboxRelay.Pending, Exception> all = new java.util.LinkedHashMap<>();
                    wave.forEach(p -> all.put(p, new TimeoutException("broker unavailable")));
                    return all;
                }
                return real.sendAll(wave);
            }
        }, OutboxSender.class);
        String urn = uniqueUrn();
        UUID id = commit(event(urn));

        for (int i = 0; i < 15; i++) {
            assertThat(relay.relayPending()).isZero();
        }
        OutboxMessage waiting = stored(id);
        assertThat(waiting.sentAt).isNull();
        assertThat(waiting.parkedAt).as("an outage is not the message's fault: never parked for it").isNull();
        assertThat(waiting.lastError).contains("broker unavailable");

        brokerDown.set(false);
        assertThat(relay.relayPending()).isGreaterThanOrEqualTo(1);
        assertThat(stored(id).sentAt).isNotNull();
        assertThat(stored(id).lastError).isNull();
        assertThat(KafkaTestClient.read(Topics.INSPECTIONS, r -> r.value().contains(id.toString()), 1,
                Duration.ofSeconds(20))).hasSize(1);
    }

    @Test
    void aMessageTheBrokerRefusesForGoodIsParkedHoldingBackOnlyItsOwnKeyUntilRequeued() {
        String blocked = uniqueUrn();
        String other = uniqueUrn();
        UUID poison = commit(event(blocked));
        UUID behind = commit(event(blocked));
        UUID unrelated = commit(event(other));
        // the poison got in before a limit was lowered: make it larger than a record may be, as stored
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage m = OutboxMessage.find("eventId", poison).firstResult();
            m.payload = m.payload.replace("Duty CEM", "x".repeat(1_100_000));
        });

        relay.relayPending();

        OutboxMessage parked = stored(poison);
        assertThat(parked.parkedAt).isNotNull();
        assertThat(parked.parkReason).contains("refused for good").contains(RecordTooLargeException.class.getSimpleName());
        assertThat(stored(behind).sentAt).as("the same school waits behind it").isNull();
        assertThat(stored(unrelated).sentAt).as("another school does not").isNotNull();
        given().auth().oauth2(OPS).when().get("/api/v1/ops/outbox").then().statusCode(200)
                .body("parkedMessages.eventId", hasItem(poison.toString()));

        // operations fix it (here: shorten it) and re-queue; order is kept: poison before behind
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage m = OutboxMessage.find("eventId", poison).firstResult();
            m.payload = m.payload.replace("x".repeat(1_100_000), "Duty CEM");
        });
        given().auth().oauth2(OPS).when().post("/api/v1/ops/outbox/parked/" + parked.id + "/requeue").then().statusCode(200);
        relay.relayPending();
        assertThat(stored(poison).sentAt).isNotNull();
        assertThat(stored(behind).sentAt).isNotNull();
        List<ConsumerRecord<String, String>> onKafka = KafkaTestClient.read(Topics.INSPECTIONS,
                r -> blocked.equals(r.key()), 2, Duration.ofSeconds(20));
        assertThat(onKafka).extracting(r -> order(r, poison, behind)).containsExactly(1, 2);
    }

    @Test
    void eventsAboutOneSchoolArriveInTheOrderTheyWereCommitted() {
        String urn = uniqueUrn();
        UUID first = commit(event(urn));
        UUID second = commit(event(urn));
        UUID third = commit(event(urn));
        relay.relayPending();
        List<ConsumerRecord<String, String>> onKafka = KafkaTestClient.read(Topics.INSPECTIONS,
                r -> urn.equals(r.key()), 3, Duration.ofSeconds(20));
        assertThat(onKafka).extracting(r -> order(r, first, second, third)).containsExactly(1, 2, 3);
    }
}
