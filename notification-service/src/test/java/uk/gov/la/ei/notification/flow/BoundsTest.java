package uk.gov.la.ei.notification.flow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.notification.Fixtures.TestSchool;
import uk.gov.la.ei.notification.TestClock;
import uk.gov.la.ei.notification.domain.Bounds;
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every bound, end to end (issue 6, item 2): what the notice contract or this service's API accepts at its
 * largest is stored and sent – the event relayed well under the broker's 1 MB record limit – and one past
 * any bound is a 400 naming the field, before anything is stored.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class BoundsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Kafka's default max.request.size / message.max.bytes. */
    private static final int KAFKA_RECORD_LIMIT = 1024 * 1024;

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
        TestClock.start();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static String text(char c, int length) {
        return String.valueOf(c).repeat(length);
    }

    /** An acknowledgement with every field and the list at their maximum. */
    private static ObjectNode largestAcknowledgement() {
        ObjectNode ack = JSON.createObjectNode();
        ack.put("contactedAt", TestClock.onNoticeDay(12, 20).toString());
        ack.put("schoolContact", text('c', Bounds.SCHOOL_CONTACT));
        ack.put("agreedInvolvement", "FULL");
        ack.put("notes", text('n', Bounds.ACKNOWLEDGEMENT_NOTES));
        ArrayNode times = ack.putArray("keepInTouchTimes");
        for (int n = 0; n < Bounds.KEEP_IN_TOUCH_TIMES; n++) {
            times.addObject()
                    .put("purpose", text('p', Bounds.KEEP_IN_TOUCH_PURPOSE))
                    .put("at", TestClock.localTime(TestClock.startDate(), 16, 30))
                    .put("owner", text('o', Bounds.KEEP_IN_TOUCH_OWNER));
        }
        return ack;
    }

    @Test
    void anAcknowledgementWithEverythingAtItsMaximumIsAcceptedStoredAndItsEventRelayed() {
        TestSchool school = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));
        // a display name from the identity provider longer than any column: shortened, the e-mail is the identity
        String token = DevJwt.token(school.simEmail(), text('N', 1000), Duration.ofHours(1), "sim");

        given().auth().oauth2(token).contentType("application/json").body(largestAcknowledgement().toString())
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then().statusCode(200)
                .body("acknowledgement.schoolContact.length()", equalTo(Bounds.SCHOOL_CONTACT))
                .body("acknowledgement.notes.length()", equalTo(Bounds.ACKNOWLEDGEMENT_NOTES))
                .body("acknowledgement.keepInTouchTimes.size()", equalTo(Bounds.KEEP_IN_TOUCH_TIMES))
                .body("acknowledgement.by.name.length()", equalTo(Bounds.PERSON_NAME));

        Fixtures.events("acknowledgement-recorded", id, 1);
        List<ConsumerRecord<String, String>> relayed = Fixtures.eventRecordsNow("acknowledgement-recorded", id);
        assertThat(relayed).hasSize(1);
        int size = relayed.get(0).value().getBytes(StandardCharsets.UTF_8).length;
        assertThat(size).as("the largest acknowledgement's event, in bytes").isLessThan(25_000).isLessThan(KAFKA_RECORD_LIMIT / 40);
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/ops/outbox").then().statusCode(200);
    }

    @Test
    void oneCharacterOrOneTimePastAnyBoundIsA400NamingTheFieldAndNothingIsRecorded() {
        TestSchool school = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));
        onePast(school, id, "schoolContact", a -> a.put("schoolContact", text('c', Bounds.SCHOOL_CONTACT + 1)));
        onePast(school, id, "notes", a -> a.put("notes", text('n', Bounds.ACKNOWLEDGEMENT_NOTES + 1)));
        onePast(school, id, "keepInTouchTimes", a -> ((ArrayNode) a.get("keepInTouchTimes")).addObject()
                .put("purpose", "one more").put("at", TestClock.localTime(TestClock.startDate(), 16, 30)));
        onePast(school, id, "keepInTouchTimes[3].purpose", a -> ((ObjectNode) a.get("keepInTouchTimes").get(3))
                .put("purpose", text('p', Bounds.KEEP_IN_TOUCH_PURPOSE + 1)));
        onePast(school, id, "keepInTouchTimes[0].owner", a -> ((ObjectNode) a.get("keepInTouchTimes").get(0))
                .put("owner", text('o', Bounds.KEEP_IN_TOUCH_OWNER + 1)));
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.state", equalTo("NOTIFIED"));
    }

    private static void onePast(TestSchool school, String id, String field, Consumer<ObjectNode> change) {
        ObjectNode ack = largestAcknowledgement();
        change.accept(ack);
        given().auth().oauth2(school.simToken()).contentType("application/json").body(ack.toString())
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void schoolAndFederationEditsPastTheirBoundsAreA400NamingTheField() {
        TestSchool school = Fixtures.maintainedSchool();
        String cem = Fixtures.cem(Fixtures.CEM_PRIMARY_EMAIL);
        given().auth().oauth2(cem).contentType("application/json")
                .body("{\"simName\":\"" + text('s', Bounds.PERSON_NAME + 1) + "\",\"simEmail\":\"s@hants-ei.example\"}")
                .when().put("/api/v1/schools/" + school.urn() + "/assignment").then()
                .statusCode(400).body("errors.field", hasItem("simName"));
        given().auth().oauth2(cem).contentType("application/json")
                .body("{\"categorisation\":\"good\",\"academicYear\":\"" + text('9', Bounds.ACADEMIC_YEAR + 1) + "\"}")
                .when().put("/api/v1/schools/" + school.urn() + "/categorisation").then()
                .statusCode(400).body("errors.field", hasItem("academicYear"));
        given().auth().oauth2(cem).contentType("application/json")
                .body("{\"kind\":\"SOFT\",\"name\":\"" + text('f', Bounds.FEDERATION_NAME + 1) + "\"}")
                .when().put("/api/v1/federations/SOFT0001").then()
                .statusCode(400).body("errors.field", hasItem("name"));
        given().auth().oauth2(cem).contentType("application/json").body("{\"kind\":\"SOFT\",\"name\":\"A federation\"}")
                .when().put("/api/v1/federations/" + text('F', Bounds.FEDERATION_CODE + 1)).then()
                .statusCode(400).body("errors.field", hasItem("code"));
        // at the maximum, accepted
        given().auth().oauth2(cem).contentType("application/json")
                .body("{\"simName\":\"" + text('s', Bounds.PERSON_NAME) + "\",\"simEmail\":\"" + school.simEmail() + "\"}")
                .when().put("/api/v1/schools/" + school.urn() + "/assignment").then()
                .statusCode(200).body("sim.name.length()", equalTo(Bounds.PERSON_NAME));
    }

    /** A notice with every string the contract bounds at its maximum (the e-mail at the longest the contract accepts). */
    static String largestNotice(String urn, String ofstedReference) {
        String id = Fixtures.newId();
        return """
                {
                  "specversion": "1.0",
                  "id": "%s",
                  "source": "%s",
                  "type": "uk.gov.ofsted.inspection.notified.v1",
                  "time": "%s",
                  "datacontenttype": "application/json",
                  "data": {
                    "urn": "%s",
                    "schoolName": "%s",
                    "ofstedReference": "%s",
                    "inspectionType": "GRADED",
                    "framework": "RENEWED_2025",
                    "startDate": "%s",
                    "expectedDays": 5,
                    "leadInspector": { "name": "%s", "email": "%s" }
                  }
                }
                """.formatted(id + text('i', 200 - id.length()), "/" + text('s', 499), TestClock.noticeTime(), urn, text('S', 300),
                ofstedReference, TestClock.startDate(), text('L', 200), NoticeBoundsTest.LONGEST_EMAIL);
    }

    @Test
    void aNoticeWithEveryFieldAtItsMaximumIsActedOnOverHttpAndOnKafka() {
        // a URN the registry does not know, so the notice's own school name is the one stored and sent
        String urn = Fixtures.newUrn();
        String ref = Fixtures.newReference() + "-" + text('R', 11);
        assertThat(ref).hasSize(Bounds.OFSTED_REFERENCE);
        String id = Fixtures.postNotice(largestNotice(urn, ref));
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("inspection.schoolName.length()", equalTo(300))
                .body("leadInspector.email", equalTo(NoticeBoundsTest.LONGEST_EMAIL))
                .body("history.find { it.kind == 'NOTICE_RECEIVED' }.actor.length()", equalTo(500));
        assertThat(Fixtures.events("contacts-assigned", id, 1)).singleElement()
                .satisfies(e -> assertThat(e.at("/data/schoolName").asText()).hasSize(300));
        assertThat(Fixtures.awaitMails(Fixtures.CEM_ON_DUTY_EMAIL, m -> m.body().contains(id), 1)).hasSize(1);

        // the same on Kafka: acted on, not dead-lettered, and the consumer goes on
        String kafkaUrn = Fixtures.newUrn();
        String kafkaRef = Fixtures.newReference() + "-" + text('K', 11);
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, kafkaUrn, largestNotice(kafkaUrn, kafkaRef));
        Fixtures.consumerBarrier(kafkaUrn);
        assertThat(Fixtures.inspectionsOf(kafkaUrn)).singleElement()
                .satisfies(i -> assertThat(i.get("ofstedReference")).isEqualTo(kafkaRef));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
