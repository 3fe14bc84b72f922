package uk.gov.la.ei.feedback.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.contracts.events.ConcernCategory;
import uk.gov.la.ei.contracts.events.ConcernLogged;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.feedback.Fixtures;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;
import uk.gov.la.ei.testinfra.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A fact the collation cannot count is kept on the topic's dead-letter topic with the reason, and the consumer goes on. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class DeadLetterTest {

    @Test
    void aConcernWithoutItsIdIsDeadLetteredNamingTheFieldAndTheNextFactIsStillCounted() {
        String urn = Fixtures.newUrn();
        String bad = TestEvents.publish(new ConcernLogged(null, UUID.randomUUID(), urn, ConcernCategory.OTHER, "no id",
                false, new Person("Mark Fenwick", Fixtures.SIM_EMAIL), Instant.parse("2031-05-04T10:00:00Z")));
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.read(Topics.SUPPORT_CASES_DLQ,
                r -> r.value().contains(bad), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(KafkaTestClient.header(dead.get(0), Topics.FIELD_HEADER)).isEqualTo("concernId");
        assertThat(KafkaTestClient.header(dead.get(0), Topics.CONSUMER_HEADER)).isEqualTo("feedback-service.support-cases");
        assertThat(dead.get(0).key()).isEqualTo(urn);

        // the consumer carried on: the next record, unreadable, is dead-lettered too
        KafkaTestClient.publish(Topics.SUPPORT_CASES, urn, "{not json");
        assertThat(KafkaTestClient.read(Topics.SUPPORT_CASES_DLQ, r -> "{not json".equals(r.value())
                && "feedback-service.support-cases".equals(KafkaTestClient.header(r, Topics.CONSUMER_HEADER)), 1, Duration.ofSeconds(30)))
                .hasSize(1);
    }
}
