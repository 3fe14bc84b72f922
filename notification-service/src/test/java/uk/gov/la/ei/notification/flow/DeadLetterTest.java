package uk.gov.la.ei.notification.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Every malformed notice is kept on the dead-letter topic with its reason; the consumer carries on; nothing changes. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class DeadLetterTest {

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
    }

    private static String replace(String notice, String from, String to) {
        assertThat(notice).contains(from);
        return notice.replace(from, to);
    }

    @Test
    void malformedNoticesLandInTheDeadLetterTopicEachWithItsReasonAndTheServiceStaysReady() {
        String ref = Fixtures.newReference();
        String good = Fixtures.notified("116123", ref);
        long inspectionsBefore = given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections?urn=116123")
                .then().extract().jsonPath().getLong("total");

        String marker = "dlq-" + UUID.randomUUID();
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("bad JSON", "{\"specversion\": \"1.0\", " + marker);
        bad.put("not an object", "[\"" + marker + "\"]");
        bad.put("no specversion", replace(good, "\"specversion\": \"1.0\",", "\"x\": \"" + marker + "\","));
        bad.put("wrong specversion", replace(good, "\"specversion\": \"1.0\"", "\"specversion\": \"0.3\", \"x\": \"" + marker + "\""));
        bad.put("no id", replace(good, "\"id\": \"", "\"x\": \"" + marker + "\", \"notid\": \""));
        bad.put("no source", replace(good, "\"source\": \"/hampshire/ofsted-inbox\"", "\"x\": \"" + marker + "\""));
        bad.put("unknown type", replace(good, "inspection.notified.v1", "inspection.cancelled.v1\", \"x\": \"" + marker));
        bad.put("no time", replace(good, "\"time\": \"2026-11-23T12:04:00Z\"", "\"x\": \"" + marker + "\""));
        bad.put("malformed time", replace(good, "\"time\": \"2026-11-23T12:04:00Z\"", "\"time\": \"yesterday\", \"x\": \"" + marker + "\""));
        bad.put("no data", "{\"specversion\":\"1.0\",\"id\":\"" + marker + "\",\"source\":\"/s\",\"type\":\"uk.gov.ofsted.inspection.notified.v1\",\"time\":\"2026-11-23T12:04:00Z\"}");
        bad.put("urn of five digits", replace(good, "\"urn\": \"116123\"", "\"urn\": \"11612\", \"x\": \"" + marker + "\""));
        bad.put("urn with letters", replace(good, "\"urn\": \"116123\"", "\"urn\": \"11612A\", \"x\": \"" + marker + "\""));
        bad.put("no ofstedReference", replace(good, "\"ofstedReference\": \"" + ref + "\"", "\"x\": \"" + marker + "\""));
        bad.put("unknown inspectionType", replace(good, "\"GRADED\"", "\"FULL\", \"x\": \"" + marker + "\""));
        bad.put("unknown framework", replace(good, "\"RENEWED_2025\"", "\"EIF_2019\", \"x\": \"" + marker + "\""));
        bad.put("impossible startDate", replace(good, "\"2026-11-24\"", "\"2026-02-30\", \"x\": \"" + marker + "\""));
        bad.put("start before the notice", replace(good, "\"2026-11-24\"", "\"2026-11-20\", \"x\": \"" + marker + "\""));
        bad.put("expectedDays zero", replace(good, "\"expectedDays\": 2", "\"expectedDays\": 0, \"x\": \"" + marker + "\""));
        bad.put("lead inspector email", replace(good, "a.inspector@example.org", "not-an-email\", \"x\": \"" + marker));
        bad.put("no school name", replace(good, "\"schoolName\": \"Example Primary School\"", "\"x\": \"" + marker + "\""));
        bad.put("withdrawal of an unknown inspection", replace(
                Fixtures.notice("withdrawn", Fixtures.newId(), "116123", Fixtures.newReference(), "2026-11-24"),
                "\"source\":", "\"x\": \"" + marker + "\", \"source\":"));
        bad.forEach((why, value) -> KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, "116123", value));
        // the key must be the notice's URN
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, "999999",
                replace(good, "\"source\":", "\"x\": \"" + marker + "\", \"source\":"));

        int expected = bad.size() + 1;
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.read(Topics.INSPECTION_NOTIFICATIONS_DLQ,
                r -> r.value() != null && r.value().contains(marker), expected, Duration.ofSeconds(60));
        assertThat(dead).hasSize(expected);
        Set<String> reasons = dead.stream().map(r -> KafkaTestClient.header(r, Topics.REASON_HEADER))
                .collect(Collectors.toSet());
        assertThat(reasons).doesNotContainNull().hasSize(expected);
        assertThat(dead).allSatisfy(r -> assertThat(KafkaTestClient.header(r, Topics.FIELD_HEADER)).isNotBlank());
        assertThat(dead.stream().map(r -> KafkaTestClient.header(r, Topics.FIELD_HEADER)))
                .contains("body", "specversion", "id", "source", "type", "time", "data", "data.urn", "data.ofstedReference",
                        "data.inspectionType", "data.framework", "data.startDate", "data.expectedDays",
                        "data.leadInspector.email", "data.schoolName", "key");

        // the consumer carries on: a good notice after all of them is acted on, and the service is ready
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, "116123", good);
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(Fixtures.OPS)
                .when().get("/api/v1/inspections?urn=116123").then().extract().jsonPath().getLong("total") == inspectionsBefore + 1);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        assertThat(SmtpTestServer.received()).noneMatch(m -> m.body().contains(marker));
    }
}
