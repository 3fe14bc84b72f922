package uk.gov.la.ei.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.contracts.events.AcknowledgementOverdue;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import io.quarkus.arc.ClientProxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class OutboxTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxSender sender;

    private static AcknowledgementOverdue event(String urn) {
        return new AcknowledgementOverdue(UUID.randomUUID(), urn, Instant.parse("2026-11-23T17:00:00Z"),
                new Person("Duty CEM", "cem.duty@hants-ei.example"));
    }

    private static String uniqueUrn() {
        return String.valueOf(1_000_000 + (int) (Math.random() * 8_999_999)).substring(0, 7);
    }

    private UUID commit(AcknowledgementOverdue event) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.publish(event));
    }

    private static OutboxMessage stored(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find("eventId", eventId).firstResult());
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
    void whenTheBrokerRefusesTheEventStaysAndIsRetriedUntilAccepted() {
        OutboxSender real = ClientProxy.unwrap(sender);
        AtomicBoolean brokerDown = new AtomicBoolean(true);
        QuarkusMock.installMockForType(new OutboxSender() {
            @Override
            public void send(OutboxMessage message) throws Exception {
                if (brokerDown.get()) {
                    throw new TimeoutException("broker unavailable");
                }
                real.send(message);
            }
        }, OutboxSender.class);
        String urn = uniqueUrn();
        UUID id = commit(event(urn));

        assertThat(relay.relayPending()).isZero();
        OutboxMessage failed = stored(id);
        assertThat(failed.sentAt).isNull();
        assertThat(failed.attempts).isEqualTo(1);
        assertThat(failed.lastError).contains("broker unavailable");

        brokerDown.set(false);
        assertThat(relay.relayPending()).isGreaterThanOrEqualTo(1);
        assertThat(stored(id).sentAt).isNotNull();
        assertThat(stored(id).lastError).isNull();
        assertThat(KafkaTestClient.read(Topics.INSPECTIONS, r -> r.value().contains(id.toString()), 1,
                Duration.ofSeconds(20))).hasSize(1);
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
        assertThat(onKafka).extracting(r -> r.value().contains(first.toString()) ? 1
                : r.value().contains(second.toString()) ? 2 : r.value().contains(third.toString()) ? 3 : 0)
                .containsExactly(1, 2, 3);
    }
}
