package uk.gov.la.ei.notification.flow;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.notification.Fixtures.TestSchool;
import uk.gov.la.ei.notification.TestClock;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Flow steps 1–2 on the real broker, database and SMTP server: a notice arrives, is acted on, and people are
 * told. Every count is taken after a barrier – a later record seen through the consumer, the mail queue and
 * the outbox drained – so an extra e-mail or event would be counted, not missed.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class NoticeOnKafkaTest {

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
        TestClock.start();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static void publish(String urn, String notice) {
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, urn, notice);
    }

    /** Once the consumer is past everything published for the URN: the one inspection with this reference. */
    private static String inspection(String urn, String ofstedReference) {
        Fixtures.consumerBarrier(urn);
        List<Map<String, Object>> found = Fixtures.inspectionsOf(urn).stream()
                .filter(i -> ofstedReference.equals(i.get("ofstedReference"))).toList();
        assertThat(found).as("inspections of URN %s with reference %s", urn, ofstedReference).hasSize(1);
        return (String) found.get(0).get("id");
    }

    private static List<String> historyKinds(String id) {
        return given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .extract().jsonPath().getList("history.kind");
    }

    private static String federationCode() {
        return "FEDK" + (100_000 + ThreadLocalRandom.current().nextInt(899_999));
    }

    @Test
    void aMaintainedSchoolsNoticeCreatesTheInspectionEmailsTheSimAndAiAndPublishesContactsAssigned() {
        String federation = federationCode();
        TestSchool partner = Fixtures.maintainedSchool(federation, "The Kafka Federation " + federation);
        TestSchool school = Fixtures.maintainedSchool(federation, "The Kafka Federation " + federation);
        String noticeId = Fixtures.newId();
        String ref = Fixtures.newReference();
        publish(school.urn(), Fixtures.notice("notified", noticeId, school.urn(), ref, TestClock.startDate()));

        String id = inspection(school.urn(), ref);
        List<SmtpTestServer.Received> mails = Fixtures.awaitMailsAbout(id, 2);
        assertThat(mails).extracting(SmtpTestServer.Received::to)
                .containsExactlyInAnyOrder(List.of(school.simEmail()), List.of(school.aiEmail()));
        assertThat(mails).allSatisfy(m -> {
            assertThat(m.subject()).isEqualTo("Ofsted inspection notified: %s (URN %s), starts %s"
                    .formatted(school.name(), school.urn(), TestClock.day(TestClock.startDate())));
            assertThat(m.body()).contains("Ofsted reference: " + ref).contains("GRADED").contains("RENEWED_2025")
                    .contains("A. Inspector").contains("Acknowledge by " + TestClock.moment(TestClock.due()));
        });
        assertThat(mails).filteredOn(m -> m.to().contains(school.simEmail())).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("You are receiving this as the School Improvement Manager (SIM)"));
        assertThat(mails).filteredOn(m -> m.to().contains(school.aiEmail())).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("You are receiving this as the Attached Inspector (AI)"));

        List<JsonNode> assigned = Fixtures.events("contacts-assigned", id, 1);
        assertThat(assigned).hasSize(1);
        assertThat(Fixtures.eventRecordsNow("contacts-assigned", id)).singleElement()
                .satisfies(r -> assertThat(r.key()).isEqualTo(school.urn()));
        JsonNode data = assigned.get(0).get("data");
        assertThat(data.get("noticeId").asText()).isEqualTo(noticeId);
        assertThat(data.get("reason").asText()).isEqualTo("NOTIFIED");
        assertThat(data.get("involvement").asText()).isEqualTo("FULL");
        assertThat(data.at("/sim/email").asText()).isEqualTo(school.simEmail());
        assertThat(data.at("/attachedInspector/email").asText()).isEqualTo(school.aiEmail());
        assertThat(data.at("/cem/email").asText()).isEqualTo(Fixtures.CEM_PRIMARY_EMAIL);
        assertThat(data.get("shmi").findValuesAsText("email")).containsExactlyInAnyOrderElementsOf(Fixtures.SHMI_EMAILS);
        assertThat(data.get("category").asText()).isEqualTo("MAINTAINED");
        assertThat(data.get("ofstedReference").asText()).isEqualTo(ref);
        assertThat(LocalDate.parse(data.get("startDate").asText())).isEqualTo(TestClock.startDate());
        assertThat(Instant.parse(data.get("notifiedAt").asText())).isEqualTo(TestClock.noticeTime());
        assertThat(Instant.parse(data.get("acknowledgementDue").asText())).isEqualTo(TestClock.due());
        assertThat(data.at("/leadInspector/name").asText()).isEqualTo("A. Inspector");
        assertThat(data.at("/federation/code").asText()).isEqualTo(federation);
        assertThat(data.at("/federation/partners").findValuesAsText("urn")).containsExactly(partner.urn());
    }

    @Test
    void anAcademysNoticeTakesTheOfferPathOnlyTheSimIsTold() {
        TestSchool academy = Fixtures.academy();
        String ref = Fixtures.newReference();
        publish(academy.urn(), Fixtures.notified(academy.urn(), ref));

        String id = inspection(academy.urn(), ref);
        List<SmtpTestServer.Received> mails = Fixtures.awaitMailsAbout(id, 1);
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.to()).containsExactly(academy.simEmail());
            assertThat(m.body()).contains("offer an appropriate").contains("only if the school invites it");
        });
        assertThat(Fixtures.mailsTo(academy.aiEmail())).isEmpty();
        JsonNode data = Fixtures.events("contacts-assigned", id, 1).get(0).get("data");
        assertThat(Fixtures.eventsNow("contacts-assigned", id)).hasSize(1);
        assertThat(data.get("involvement").asText()).isEqualTo("OFFER_SUPPORT");
        assertThat(data.get("attachedInspector").isNull()).isTrue();
        assertThat(data.at("/sim/email").asText()).isEqualTo(academy.simEmail());
    }

    @Test
    void anUnknownUrnIsStillActedOnAndReachesTheCemOnDuty() {
        String urn = Fixtures.newUrn();
        String ref = Fixtures.newReference();
        publish(urn, Fixtures.notified(urn, ref));

        String id = inspection(urn, ref);
        List<SmtpTestServer.Received> mails = Fixtures.awaitMailsAbout(id, 1);
        String duty = given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/la-contacts").then().statusCode(200)
                .extract().path("find { it.phase == 'DUTY' }.email");
        assertThat(duty).isEqualTo(Fixtures.CEM_ON_DUTY_EMAIL);
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.to()).containsExactly(duty);
            assertThat(m.body()).contains("NOT in the school registry");
        });
        List<JsonNode> assigned = Fixtures.events("contacts-assigned", id, 1);
        assertThat(assigned).hasSize(1);
        JsonNode data = assigned.get(0).get("data");
        assertThat(data.get("involvement").asText()).isEqualTo("UNKNOWN_SCHOOL");
        assertThat(data.get("knownSchool").asBoolean()).isFalse();
        assertThat(data.at("/cem/email").asText()).isEqualTo(duty);
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("inspection.dataFixNeeded", equalTo(true))
                .body("history.kind", hasItem("DATA_FIX_NEEDED"));
    }

    /**
     * Idempotency (the processed-event log): the repeats are not acted on at all – not even as the
     * "same URN and reference again" update that would leave a NOTICE_UPDATED line in the history.
     */
    @Test
    void theSameEventThreeTimesIsOneInspectionWithOneSetOfEmails() {
        TestSchool school = Fixtures.maintainedSchool();
        String noticeId = Fixtures.newId();
        String ref = Fixtures.newReference();
        String notice = Fixtures.notice("notified", noticeId, school.urn(), ref, TestClock.startDate());
        for (int n = 0; n < 3; n++) {
            publish(school.urn(), notice);
        }
        // a later record on the same partition proves all three were consumed
        String id = inspection(school.urn(), ref);

        assertThat(Fixtures.inspectionsOf(school.urn())).hasSize(1);
        assertThat(historyKinds(id)).containsExactlyInAnyOrder("NOTICE_RECEIVED", "CONTACTS_ASSIGNED", "EMAIL_QUEUED",
                "EMAIL_QUEUED");
        assertThat(Fixtures.awaitMailsAbout(id, 2)).extracting(SmtpTestServer.Received::to)
                .containsExactlyInAnyOrder(List.of(school.simEmail()), List.of(school.aiEmail()));
        assertThat(Fixtures.events("contacts-assigned", id, 1)).singleElement()
                .satisfies(e -> assertThat(e.at("/data/noticeId").asText()).isEqualTo(noticeId));
    }

    /**
     * A redelivered old notice (Kafka redelivers after a rebalance) after the inspection was rescheduled
     * must not move it back: its event id was handled already.
     */
    @Test
    void anOldNoticeRedeliveredAfterAReschedulingChangesNothing() {
        TestSchool school = Fixtures.maintainedSchool();
        String ref = Fixtures.newReference();
        String first = Fixtures.notice("notified", Fixtures.newId(), school.urn(), ref, TestClock.startDate());
        LocalDate moved = TestClock.workingDay(6);
        publish(school.urn(), first);
        publish(school.urn(), Fixtures.notice("rescheduled", Fixtures.newId(), school.urn(), ref, moved));
        publish(school.urn(), first);
        String id = inspection(school.urn(), ref);

        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("inspection.startDate", equalTo(moved.toString()));
        assertThat(historyKinds(id)).filteredOn("RESCHEDULED"::equals).hasSize(1);
        assertThat(historyKinds(id)).doesNotContain("NOTICE_UPDATED");
        assertThat(Fixtures.events("inspection-rescheduled", id, 1)).singleElement().satisfies(e -> {
            assertThat(LocalDate.parse(e.at("/data/previousStartDate").asText())).isEqualTo(TestClock.startDate());
            assertThat(LocalDate.parse(e.at("/data/startDate").asText())).isEqualTo(moved);
        });
        // each of the SIM and the AI: told of the notice, then of the move – nothing for the redelivery
        List<SmtpTestServer.Received> mails = Fixtures.awaitMailsAbout(id, 4);
        for (String to : List.of(school.simEmail(), school.aiEmail())) {
            assertThat(mails).filteredOn(m -> m.to().contains(to)).extracting(m -> m.subject().substring(0, 22))
                    .containsExactlyInAnyOrder("Ofsted inspection noti", "Ofsted inspection move");
        }
        assertThat(mails).hasSize(4);
    }

    @Test
    void aBinaryModeNoticeWithCeHeadersIsAccepted() {
        TestSchool school = Fixtures.maintainedSchool();
        String ref = Fixtures.newReference();
        LocalDate start = TestClock.workingDay(2);
        String data = """
                {"urn":"%s","schoolName":"Example Primary School","ofstedReference":"%s","inspectionType":"UNGRADED",
                 "framework":"EIF_2024","startDate":"%s","expectedDays":2}""".formatted(school.urn(), ref, start);
        // the time with an offset, as a publisher in British Summer Time might write it: "+" stays "+" in a header
        String time = TestClock.noticeTime().atOffset(ZoneOffset.ofHours(1)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, school.urn(), data,
                "ce_specversion", "1.0", "ce_id", Fixtures.newId(), "ce_source", "/hampshire/ofsted-inbox",
                "ce_type", "uk.gov.ofsted.inspection.notified.v1", "ce_time", time,
                "content-type", "application/json");
        String id = inspection(school.urn(), ref);
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("inspection.inspectionType", equalTo("UNGRADED"))
                .body("inspection.framework", equalTo("EIF_2024"))
                .body("inspection.startDate", equalTo(start.toString()))
                .body("inspection.notifiedAt", equalTo(TestClock.noticeTime().toString()));
        assertThat(Fixtures.awaitMailsAbout(id, 2)).extracting(SmtpTestServer.Received::to)
                .containsExactlyInAnyOrder(List.of(school.simEmail()), List.of(school.aiEmail()));
    }

    @Test
    void aNewEventForTheSameInspectionUpdatesItAndAMovedStartIsAReschedulingAndAWithdrawalWithdrawsIt() {
        TestSchool school = Fixtures.maintainedSchool();
        String ref = Fixtures.newReference();
        publish(school.urn(), Fixtures.notified(school.urn(), ref));
        String id = inspection(school.urn(), ref);

        // the same dates again with a new event id: details updated, nobody told
        publish(school.urn(), Fixtures.notice("notified", Fixtures.newId(), school.urn(), ref, TestClock.startDate()));
        LocalDate moved = TestClock.workingDay(6);
        String rescheduleId = Fixtures.newId();
        publish(school.urn(), Fixtures.notice("rescheduled", rescheduleId, school.urn(), ref, moved));
        assertThat(inspection(school.urn(), ref)).isEqualTo(id);
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.startDate", equalTo(moved.toString()))
                .body("history.kind", hasItem("NOTICE_UPDATED"))
                .body("history.kind", hasItem("RESCHEDULED"));
        assertThat(Fixtures.events("inspection-rescheduled", id, 1)).singleElement()
                .satisfies(e -> assertThat(e.at("/data/noticeId").asText()).isEqualTo(rescheduleId));

        String withdrawalId = Fixtures.newId();
        publish(school.urn(), Fixtures.notice("withdrawn", withdrawalId, school.urn(), ref, moved));
        inspection(school.urn(), ref);
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.state", equalTo("WITHDRAWN"));
        assertThat(Fixtures.events("inspection-withdrawn", id, 1)).singleElement()
                .satisfies(e -> assertThat(e.at("/data/noticeId").asText()).isEqualTo(withdrawalId));
        // per person: the notice, the move, the withdrawal – the update told nobody
        List<SmtpTestServer.Received> mails = Fixtures.awaitMailsOfSchool(school.urn(), 6);
        for (String to : List.of(school.simEmail(), school.aiEmail())) {
            assertThat(mails).filteredOn(m -> m.to().contains(to)).extracting(m -> m.subject().substring(0, 22))
                    .containsExactlyInAnyOrder("Ofsted inspection noti", "Ofsted inspection move", "Ofsted inspection with");
        }
        assertThat(mails).hasSize(6);
        assertThat(Fixtures.eventsNow("contacts-assigned", id)).hasSize(1);
    }

    @Test
    void whenTwoSchoolsOfAFederationAreNotifiedTogetherThePartnerAndTheCoordinatedInspectionAreShown() {
        String federation = federationCode();
        TestSchool partner = Fixtures.maintainedSchool(federation, "The Kafka Federation " + federation);
        TestSchool school = Fixtures.maintainedSchool(federation, "The Kafka Federation " + federation);
        String partnerRef = Fixtures.newReference();
        publish(partner.urn(), Fixtures.notified(partner.urn(), partnerRef));
        inspection(partner.urn(), partnerRef);
        String ref = Fixtures.newReference();
        publish(school.urn(), Fixtures.notified(school.urn(), ref));
        String id = inspection(school.urn(), ref);

        JsonNode snapshot = Fixtures.events("contacts-assigned", id, 1).get(0).at("/data/federation");
        assertThat(snapshot.get("coordinatedInspection").asBoolean()).isTrue();
        assertThat(snapshot.get("partners")).singleElement().satisfies(p -> {
            assertThat(p.get("urn").asText()).isEqualTo(partner.urn());
            assertThat(p.get("latestOfstedReference").asText()).isEqualTo(partnerRef);
            assertThat(p.get("notifiedInSameWindow").asBoolean()).isTrue();
        });
        given().auth().oauth2(school.simToken()).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("federation.coordinatedInspection", equalTo(true))
                .body("federation.partners.urn", hasItem(partner.urn()))
                .body("coordinatedWith.urn", hasItem(partner.urn()));
    }
}
