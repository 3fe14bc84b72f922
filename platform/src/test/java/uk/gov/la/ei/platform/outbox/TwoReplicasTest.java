package uk.gov.la.ei.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.platform.relay.RelayLock;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of a service on one schema: each with its own relay and its own Kafka producer, both
 * running while eight writers commit events for the same few schools. Every event reaches Kafka once,
 * and each school's events arrive in commit order.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class TwoReplicasTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay firstReplica;
    @Inject
    OutboxSender firstSender;
    @Inject
    RelayLock lock;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    MeterRegistry metrics;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private OutboxRelay secondReplica() {
        OutboxSender sender = new OutboxSender();
        sender.bootstrapServers = bootstrap;
        sender.sendTimeout = Duration.ofSeconds(10);
        sender.linger = Duration.ofMillis(5);
        OutboxRelay relay = new OutboxRelay();
        relay.sender = sender;
        relay.lock = lock;
        relay.em = em;
        relay.clock = clock;
        relay.metrics = metrics;
        relay.enabled = true;
        relay.batchSize = 7;
        relay.maxAttempts = 10;
        return relay;
    }

    @Test
    void twoRelaysAndEightWritersDeliverEveryEventOnceInPerSchoolCommitOrder() throws Exception {
        List<String> schools = List.of(OutboxTest.uniqueUrn(), OutboxTest.uniqueUrn(), OutboxTest.uniqueUrn());
        OutboxRelay second = secondReplica();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<?>> relays = new ArrayList<>();
        for (OutboxRelay relay : List.of(firstReplica, second)) {
            relays.add(pool.submit(() -> {
                while (writing.get() || QuarkusTransaction.requiringNew().call(OutboxMessage::pendingCount) > 0) {
                    relay.relayPending();
                    Thread.sleep(5);
                }
                return null;
            }));
        }
        List<Future<List<UUID>>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            writers.add(pool.submit(() -> {
                List<UUID> mine = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    String urn = schools.get(i % schools.size());
                    mine.add(QuarkusTransaction.requiringNew().call(() -> outbox.publish(OutboxTest.event(urn))));
                }
                return mine;
            }));
        }
        Set<UUID> written = new java.util.HashSet<>();
        for (Future<List<UUID>> writer : writers) {
            written.addAll(writer.get(120, TimeUnit.SECONDS));
        }
        writing.set(false);
        for (Future<?> relay : relays) {
            relay.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(written).hasSize(200);

        // commit order per school, as the outbox recorded it
        Map<String, List<String>> committed = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.<OutboxMessage>list(
                        "recordKey in ?1 order by recordKey, keySeq", schools)
                .forEach(m -> committed.computeIfAbsent(m.recordKey, k -> new ArrayList<>()).add(m.eventId.toString())));

        List<ConsumerRecord<String, String>> onKafka = KafkaTestClient.read(Topics.INSPECTIONS,
                r -> schools.contains(r.key()), 200, Duration.ofSeconds(60));
        assertThat(onKafka).as("each event once").hasSize(200);
        Map<String, List<String>> received = onKafka.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(r -> r.value().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"), Collectors.toList())));
        for (String school : schools) {
            assertThat(received.get(school)).as("events of " + school + " in commit order").isEqualTo(committed.get(school));
        }
        second.sender.close();
        assertThat(firstSender).isNotNull();
    }
}
