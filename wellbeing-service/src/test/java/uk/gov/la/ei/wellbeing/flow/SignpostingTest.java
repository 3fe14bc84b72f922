package uk.gov.la.ei.wellbeing.flow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.contracts.events.ConcernCategory;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;
import uk.gov.la.ei.testinfra.TestEvents;
import uk.gov.la.ei.wellbeing.Fixtures;
import uk.gov.la.ei.wellbeing.Fixtures.School;
import uk.gov.la.ei.wellbeing.application.SignpostingWatch;
import uk.gov.la.ei.wellbeing.domain.AuditAction;
import uk.gov.la.ei.wellbeing.domain.AuditEntry;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * The coroner's third point: the leader is told what support exists, and the record says which offers, to
 * whom, by whom, how and when; a referral not signposted within one working day alerts the SIM and CEM.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class SignpostingTest {

    @Inject
    SignpostingWatch watch;

    @BeforeEach
    void monday() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z"));
    }

    @AfterEach
    void realTime() {
        Fixtures.CLOCK.reset();
    }

    private static UUID referred(School s) {
        TestEvents.publish(Fixtures.concern(s, ConcernCategory.LEADER_WELLBEING));
        return Fixtures.awaitReferral(s);
    }

    @Test
    void signpostingByEmailIsSentToTheHeadteacherThroughTheMailerAndRecorded() {
        School s = Fixtures.inspection();
        UUID referralId = referred(s);
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body("{\"offerCodes\":[\"HEADSUP4HTS\",\"HEALTH_ASSURED\"],\"channel\":\"EMAIL\"}")
                .when().post("/api/v1/referrals/" + referralId + "/signpostings").then()
                .statusCode(201)
                .body("channel", equalTo("EMAIL"))
                .body("offers.code", contains("HEADSUP4HTS", "HEALTH_ASSURED"))
                .body("recipient.email", equalTo(s.headEmail()))
                .body("recipient.name", equalTo(s.headName()))
                .body("by", equalTo(Fixtures.OFFICER_EMAIL))
                .body("at", org.hamcrest.Matchers.startsWith("2026-11-23T12:3"));

        await().atMost(Fixtures.WAIT).until(() -> SmtpTestServer.received().stream().anyMatch(m -> m.to().contains(s.headEmail())));
        SmtpTestServer.Received mail = SmtpTestServer.received().stream().filter(m -> m.to().contains(s.headEmail())).findFirst().orElseThrow();
        assertThat(mail.subject()).isEqualTo("Support available to you as a school leader");
        assertThat(mail.body()).contains("Dear " + s.headName()).contains("HeadsUp4HTs").contains("Health Assured")
                .contains("How to reach it:").contains("Who it suits:")
                .doesNotContain("Workforce Development Group")
                .doesNotContain("wellbeing concern").doesNotContain("summary that stays");

        var signposted = KafkaTestClient.read(Topics.WELLBEING, r -> r.value().contains(referralId.toString())
                && r.value().contains("wellbeing-signposted"), 1, Fixtures.WAIT);
        assertThat(signposted).hasSize(1);
        assertThat(signposted.get(0).value()).contains("\"offerCodes\":[\"HEADSUP4HTS\",\"HEALTH_ASSURED\"]")
                .contains("\"channel\":\"EMAIL\"")
                .doesNotContain(s.headEmail()).doesNotContain(s.headName()).doesNotContain(Fixtures.OFFICER_EMAIL);

        await().atMost(Fixtures.WAIT).untilAsserted(() -> given().auth().oauth2(s.sim())
                .when().get("/api/v1/referrals/" + referralId).then().statusCode(200)
                .body("signposting.firstAt", org.hamcrest.Matchers.notNullValue())
                .body("signpostings", hasSize(1))
                .body("signpostings[0].mail.status", equalTo("SENT"))
                .body("signpostings[0].offers.name", hasItem("HeadsUp4HTs")));
    }

    @Test
    void aCallOrVisitIsRecordedWithWhomAndWhen() {
        School s = Fixtures.inspection();
        UUID referralId = referred(s);
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"offerCodes\":[\"EDUCATION_PERSONNEL_SERVICES\"],\"channel\":\"CALL\",\"at\":\"2026-11-23T11:00:00Z\","
                        + "\"recipient\":{\"name\":\"Deputy head\"},\"note\":\"will call EPS tomorrow\"}")
                .when().post("/api/v1/referrals/" + referralId + "/signpostings").then()
                .statusCode(201)
                .body("channel", equalTo("CALL"))
                .body("recipient.name", equalTo("Deputy head"))
                .body("by", equalTo(s.simEmail()))
                .body("at", equalTo("2026-11-23T11:00:00Z"))
                .body("mail", nullValue());
        assertThat(KafkaTestClient.read(Topics.WELLBEING, r -> r.value().contains(referralId.toString())
                && r.value().contains("wellbeing-signposted") && r.value().contains("\"channel\":\"CALL\""), 1, Fixtures.WAIT)).hasSize(1);
    }

    @Test
    void signpostingIsRefusedNamingTheFieldForUnknownOffersBadAddressesAndOverlongNotes() {
        School s = Fixtures.inspection();
        UUID referralId = referred(s);
        String path = "/api/v1/referrals/" + referralId + "/signpostings";
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body("{\"offerCodes\":[\"HEADSUP4HTS\",\"NO_SUCH_OFFER\"],\"channel\":\"EMAIL\"}")
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("offerCodes[1]"));
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body("{\"offerCodes\":[],\"channel\":\"EMAIL\"}")
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("offerCodes"));
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body("{\"offerCodes\":[\"HEADSUP4HTS\"]}")
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("channel"));
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body("{\"offerCodes\":[\"HEADSUP4HTS\"],\"channel\":\"EMAIL\",\"recipient\":{\"email\":\"not an address\"}}")
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("recipient.email"));
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body("{\"offerCodes\":[\"HEADSUP4HTS\"],\"channel\":\"CALL\",\"note\":\"" + "n".repeat(501) + "\"}")
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("note"));
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body("{\"offerCodes\":[\"HEADSUP4HTS\"],\"channel\":\"CALL\",\"recipient\":{\"name\":\"" + "r".repeat(301) + "\"}}")
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("recipient.name"));
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body("{\"offerCodes\":[\"HEADSUP4HTS\"],\"channel\":\"CALL\",\"at\":\"2026-11-25T09:00:00Z\"}")
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("at"));
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body("{\"offerCodes\":[\"HEADSUP4HTS\"],\"channel\":\"PIGEON\"}")
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("channel"));
        // nothing was recorded
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/referrals/" + referralId).then()
                .body("signpostings", hasSize(0)).body("signposting.firstAt", nullValue());
        // at the bounds it is taken
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body("{\"offerCodes\":[\"HEADSUP4HTS\"],\"channel\":\"VISIT\",\"note\":\"" + "n".repeat(500) + "\","
                        + "\"recipient\":{\"name\":\"" + "r".repeat(300) + "\"}}")
                .when().post(path).then().statusCode(201);
    }

    @Test
    void aReferralNotSignpostedWithinOneWorkingDayAlertsTheSimAndTheCemExactlyOnce() {
        School s = Fixtures.inspection();
        UUID referralId = referred(s);

        Fixtures.CLOCK.set(Instant.parse("2026-11-24T16:59:00Z"));
        watch.raiseOverdue();
        assertThat(overdueLines(referralId)).isZero();

        Fixtures.CLOCK.set(Instant.parse("2026-11-24T17:00:30Z"));
        watch.raiseOverdue();
        watch.raiseOverdue();

        assertThat(KafkaTestClient.read(Topics.WELLBEING, r -> r.value().contains(referralId.toString())
                && r.value().contains("signposting-overdue"), 1, Fixtures.WAIT)).hasSize(1);
        await().atMost(Fixtures.WAIT).until(() -> SmtpTestServer.received().stream()
                .filter(m -> m.subject().startsWith("Wellbeing signposting overdue") && m.subject().contains(s.urn())).count() == 2);
        assertThat(SmtpTestServer.received().stream()
                .filter(m -> m.subject().startsWith("Wellbeing signposting overdue") && m.subject().contains(s.urn()))
                .flatMap(m -> m.to().stream())).containsExactlyInAnyOrder(s.simEmail(), s.cemEmail());
        assertThat(overdueLines(referralId)).isEqualTo(1);
        watch.raiseOverdue();
        assertThat(overdueLines(referralId)).isEqualTo(1);
        given().auth().oauth2(s.cem()).when().get("/api/v1/referrals/" + referralId).then()
                .body("signposting.overdue", equalTo(true))
                .body("signposting.overdueRaisedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aReferralSignpostedInTimeIsNeverOverdue() {
        School s = Fixtures.inspection();
        UUID referralId = referred(s);
        given().auth().oauth2(s.cem()).contentType("application/json")
                .body("{\"offerCodes\":[\"SCHOOL_STAFF_RESILIENCE\"],\"channel\":\"VISIT\"}")
                .when().post("/api/v1/referrals/" + referralId + "/signpostings").then().statusCode(201);
        Fixtures.CLOCK.set(Instant.parse("2026-11-30T09:00:00Z"));
        watch.raiseOverdue();
        assertThat(overdueLines(referralId)).isZero();
        assertThat(KafkaTestClient.read(Topics.WELLBEING, r -> r.value().contains(referralId.toString())
                && r.value().contains("signposting-overdue"), 0, java.time.Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void twoReplicasLookingAtOnceRaiseEachOverdueReferralOnce() throws Exception {
        java.util.List<UUID> referrals = new java.util.ArrayList<>();
        for (int n = 0; n < 4; n++) {
            referrals.add(referred(Fixtures.inspection()));
        }
        Fixtures.CLOCK.set(Instant.parse("2026-11-24T17:00:30Z"));
        uk.gov.la.ei.wellbeing.Replicas.atOnce(3, watch::raiseOverdue);
        for (UUID referralId : referrals) {
            assertThat(overdueLines(referralId)).as("overdue raised for " + referralId).isEqualTo(1);
        }
        for (UUID referralId : referrals) {
            assertThat(KafkaTestClient.read(Topics.WELLBEING, r -> r.value().contains(referralId.toString())
                    && r.value().contains("signposting-overdue"), 1, Fixtures.WAIT)).hasSize(1);
        }
    }

    private static long overdueLines(UUID referralId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("referralId = ?1 and action = ?2", referralId,
                AuditAction.SIGNPOSTING_OVERDUE));
    }
}
