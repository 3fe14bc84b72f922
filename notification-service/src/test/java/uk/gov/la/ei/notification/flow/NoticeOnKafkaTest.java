package uk.gov.la.ei.notification.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.notification.TestClock;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Flow steps 1–2 on the real broker, database and SMTP server: a notice arrives, is acted on, and people are told. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class NoticeOnKafkaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static int testsRun;

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
        // the notices' time is 12:04 on Monday 23 November 2026; the LA receives them from 12:30, each test a
        // little later than the one before (a partner's "latest" inspection is the one received last)
        TestClock.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z").plusSeconds(120L * testsRun++));
    }

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    private static List<String> inspectionIds(String ofstedReference) {
        return given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections?size=200")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.ofstedReference == '" + ofstedReference + "' }.id");
    }

    private static String awaitInspection(String ofstedReference) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !inspectionIds(ofstedReference).isEmpty());
        return inspectionIds(ofstedReference).get(0);
    }

    private static JsonNode contactsAssigned(String inspectionId) throws Exception {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.read(Topics.INSPECTIONS,
                r -> r.value().contains("contacts-assigned") && r.value().contains(inspectionId), 1, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        JsonNode event = JSON.readTree(records.get(0).value());
        assertThat(records.get(0).key()).isEqualTo(event.at("/data/urn").asText());
        return event;
    }

    private static List<SmtpTestServer.Received> mailsAbout(String text, int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                SmtpTestServer.received().stream().filter(m -> m.body().contains(text)).count() >= expected);
        return SmtpTestServer.received().stream().filter(m -> m.body().contains(text)).toList();
    }

    @Test
    void aMaintainedSchoolsNoticeCreatesTheInspectionEmailsTheSimAndAiAndPublishesContactsAssigned() throws Exception {
        String ref = Fixtures.newReference();
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, "116123", Fixtures.notified("116123", ref));

        String id = awaitInspection(ref);
        List<SmtpTestServer.Received> mails = mailsAbout(id, 2);
        assertThat(mails).flatExtracting(SmtpTestServer.Received::to)
                .containsExactlyInAnyOrder(Fixtures.SIM_EMAIL, Fixtures.AI_EMAIL);
        assertThat(mails).allSatisfy(m -> {
            assertThat(m.subject()).contains("Example Primary School").contains("116123").contains("Tuesday 24 November 2026");
            assertThat(m.body()).contains("Ofsted reference: " + ref).contains("GRADED").contains("RENEWED_2025")
                    .contains("A. Inspector").contains("Acknowledge by 17:00 on Monday 23 November 2026");
        });

        JsonNode event = contactsAssigned(id);
        assertThat(event.get("type").asText()).isEqualTo("uk.gov.la.ei.contacts-assigned.v1");
        JsonNode data = event.get("data");
        assertThat(data.get("involvement").asText()).isEqualTo("FULL");
        assertThat(data.at("/sim/email").asText()).isEqualTo(Fixtures.SIM_EMAIL);
        assertThat(data.at("/attachedInspector/email").asText()).isEqualTo(Fixtures.AI_EMAIL);
        assertThat(data.at("/cem/email").asText()).isNotBlank();
        assertThat(data.get("shmi")).isNotEmpty();
        assertThat(data.get("category").asText()).isEqualTo("MAINTAINED");
        assertThat(data.get("startDate").asText()).isEqualTo("2026-11-24");
        assertThat(data.get("acknowledgementDue").asText()).isEqualTo("2026-11-23T17:00:00Z");
        assertThat(data.at("/leadInspector/name").asText()).isEqualTo("A. Inspector");
        assertThat(data.at("/federation/partners")).isNotEmpty();
    }

    @Test
    void anAcademysNoticeTakesTheOfferPathOnlyTheSimIsTold() throws Exception {
        String ref = Fixtures.newReference();
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, "137801", Fixtures.notified("137801", ref));

        String id = awaitInspection(ref);
        List<SmtpTestServer.Received> mails = mailsAbout(id, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).body()).contains("offer an appropriate").contains("only if the school invites it");
        JsonNode data = contactsAssigned(id).get("data");
        assertThat(data.get("involvement").asText()).isEqualTo("OFFER_SUPPORT");
        assertThat(data.get("attachedInspector").isNull()).isTrue();
        assertThat(data.at("/sim/email").asText()).isEqualTo(mails.get(0).to().get(0));
    }

    @Test
    void anUnknownUrnIsStillActedOnAndReachesTheCemOnDuty() throws Exception {
        String ref = Fixtures.newReference();
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, "999123", Fixtures.notified("999123", ref));

        String id = awaitInspection(ref);
        List<SmtpTestServer.Received> mails = mailsAbout(id, 1);
        assertThat(mails).hasSize(1);
        String duty = given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/la-contacts").then().statusCode(200)
                .extract().path("find { it.phase == 'DUTY' }.email");
        assertThat(mails.get(0).to()).containsExactly(duty);
        assertThat(mails.get(0).body()).contains("NOT in the school registry");
        JsonNode data = contactsAssigned(id).get("data");
        assertThat(data.get("involvement").asText()).isEqualTo("UNKNOWN_SCHOOL");
        assertThat(data.get("knownSchool").asBoolean()).isFalse();
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("inspection.dataFixNeeded", org.hamcrest.Matchers.is(true))
                .body("history.kind", org.hamcrest.Matchers.hasItem("DATA_FIX_NEEDED"));
    }

    @Test
    void theSameEventThreeTimesIsOneInspectionWithOneSetOfEmails() throws Exception {
        String ref = Fixtures.newReference();
        String notice = Fixtures.notified("116123", ref);
        for (int i = 0; i < 3; i++) {
            KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, "116123", notice);
        }
        String id = awaitInspection(ref);
        // a later, different notice on the same partition proves the three were all consumed
        String marker = Fixtures.newReference();
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, "116123", Fixtures.notified("116123", marker));
        awaitInspection(marker);

        assertThat(inspectionIds(ref)).hasSize(1);
        assertThat(mailsAbout(id, 2)).hasSize(2);
        assertThat(KafkaTestClient.read(Topics.INSPECTIONS, r -> r.value().contains(id) && r.value().contains("contacts-assigned"),
                1, Duration.ofSeconds(10))).hasSize(1);
    }

    @Test
    void aBinaryModeNoticeWithCeHeadersIsAccepted() {
        String ref = Fixtures.newReference();
        String data = """
                {"urn":"116123","schoolName":"Example Primary School","ofstedReference":"%s","inspectionType":"UNGRADED",
                 "framework":"EIF_2024","startDate":"2026-11-25","expectedDays":2}""".formatted(ref);
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, "116123", data,
                "ce_specversion", "1.0", "ce_id", Fixtures.newId(), "ce_source", "/hampshire/ofsted-inbox",
                "ce_type", "uk.gov.ofsted.inspection.notified.v1", "ce_time", "2026-11-23T12:04:00+00:00",
                "content-type", "application/json");
        String id = awaitInspection(ref);
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("inspection.inspectionType", org.hamcrest.Matchers.is("UNGRADED"))
                .body("inspection.startDate", org.hamcrest.Matchers.is("2026-11-25"));
    }

    @Test
    void aNewEventForTheSameInspectionUpdatesItAndAMovedStartIsARescheduling() {
        String ref = Fixtures.newReference();
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, "115987", Fixtures.notified("115987", ref));
        String id = awaitInspection(ref);
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, "115987",
                Fixtures.notice("rescheduled", Fixtures.newId(), "115987", ref, "2026-12-01"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "2026-12-01".equals(given().auth().oauth2(Fixtures.OPS)
                .when().get("/api/v1/inspections/" + id).then().extract().path("inspection.startDate")));
        assertThat(inspectionIds(ref)).containsExactly(id);
        assertThat(KafkaTestClient.read(Topics.INSPECTIONS, r -> r.value().contains(id) && r.value().contains("inspection-rescheduled"),
                1, Duration.ofSeconds(20))).hasSize(1);
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("history.kind", org.hamcrest.Matchers.hasItem("RESCHEDULED"));

        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, "115987",
                Fixtures.notice("withdrawn", Fixtures.newId(), "115987", ref, "2026-12-01"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "WITHDRAWN".equals(given().auth().oauth2(Fixtures.OPS)
                .when().get("/api/v1/inspections/" + id).then().extract().path("inspection.state")));
    }

    @Test
    void whenTwoSchoolsOfAFederationAreNotifiedTogetherThePartnerAndTheCoordinatedInspectionAreShown() throws Exception {
        // 116123 Example Primary and 115987 Hillside CE Primary share a hard federation in the sample data
        String partnerRef = Fixtures.newReference();
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, "115987", Fixtures.notified("115987", partnerRef));
        awaitInspection(partnerRef);
        String ref = Fixtures.newReference();
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, "116123", Fixtures.notified("116123", ref));
        String id = awaitInspection(ref);

        JsonNode federation = contactsAssigned(id).at("/data/federation");
        assertThat(federation.get("coordinatedInspection").asBoolean()).isTrue();
        JsonNode partner = federation.get("partners").get(0);
        assertThat(partner.get("urn").asText()).isEqualTo("115987");
        assertThat(partner.get("notifiedInSameWindow").asBoolean()).isTrue();
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("federation.coordinatedInspection", org.hamcrest.Matchers.is(true))
                .body("federation.partners.urn", org.hamcrest.Matchers.hasItem("115987"));
    }
}
