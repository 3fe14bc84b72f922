package uk.gov.la.ei.wellbeing.flow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;
import uk.gov.la.ei.testinfra.TestEvents;
import uk.gov.la.ei.wellbeing.Fixtures;
import uk.gov.la.ei.wellbeing.Fixtures.School;
import uk.gov.la.ei.wellbeing.application.CheckInWatch;
import uk.gov.la.ei.wellbeing.domain.CheckIn;
import uk.gov.la.ei.wellbeing.domain.CheckInStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Check-ins after an adverse outcome: scheduled, done or missed with a short note; a missed one goes to the CEM, once. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class CheckInsTest {

    @Inject
    CheckInWatch watch;

    @BeforeEach
    void monday() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z"));
    }

    @AfterEach
    void realTime() {
        Fixtures.CLOCK.reset();
    }

    private static UUID adverseOutcome(School s) {
        TestEvents.publish(Fixtures.feedback(s, UUID.randomUUID(), 1, false, true, false));
        return Fixtures.awaitReferral(s);
    }

    private static List<CheckIn> checkIns(UUID referralId) {
        return QuarkusTransaction.requiringNew().call(() -> CheckIn.of(referralId));
    }

    @Test
    void aMissedCheckInIsEscalatedToTheCemExactlyOnce() {
        School s = Fixtures.inspection();
        UUID referralId = adverseOutcome(s);
        CheckIn first = checkIns(referralId).get(0);
        assertThat(first.dueAt).isEqualTo(Instant.parse("2026-11-24T17:00:00Z"));

        Fixtures.CLOCK.set(Instant.parse("2026-11-24T16:59:00Z"));
        watch.markMissed();
        assertThat(checkIns(referralId).get(0).status).isEqualTo(CheckInStatus.SCHEDULED);

        Fixtures.CLOCK.set(Instant.parse("2026-11-25T09:00:00Z"));
        watch.markMissed();
        watch.markMissed();

        List<CheckIn> after = checkIns(referralId);
        assertThat(after.get(0).status).isEqualTo(CheckInStatus.MISSED);
        assertThat(after.get(0).missedEscalatedAt).isNotNull();
        assertThat(after.subList(1, after.size())).allMatch(c -> c.status == CheckInStatus.SCHEDULED);

        var missed = KafkaTestClient.read(Topics.WELLBEING, r -> r.value().contains(first.id.toString())
                && r.value().contains("check-in-missed"), 1, Fixtures.WAIT);
        assertThat(missed).hasSize(1);
        assertThat(missed.get(0).value()).contains(referralId.toString()).doesNotContain(s.headEmail()).doesNotContain(s.cemEmail());
        await().atMost(Fixtures.WAIT).until(() -> SmtpTestServer.received().stream()
                .anyMatch(m -> m.subject().startsWith("Wellbeing check-in missed") && m.subject().contains(s.urn())));
        watch.markMissed();
        assertThat(SmtpTestServer.received().stream()
                .filter(m -> m.subject().startsWith("Wellbeing check-in missed") && m.subject().contains(s.urn()))
                .toList()).hasSize(1).allMatch(m -> m.to().equals(List.of(s.cemEmail())));
    }

    @Test
    void twoReplicasLookingAtOnceEscalateEachMissedCheckInOnce() throws Exception {
        java.util.List<UUID> firsts = new java.util.ArrayList<>();
        for (int n = 0; n < 4; n++) {
            firsts.add(checkIns(adverseOutcome(Fixtures.inspection())).get(0).id);
        }
        Fixtures.CLOCK.set(Instant.parse("2026-11-25T09:00:00Z"));
        uk.gov.la.ei.wellbeing.Replicas.atOnce(3, watch::markMissed);
        for (UUID checkIn : firsts) {
            assertThat(QuarkusTransaction.requiringNew().call(() -> uk.gov.la.ei.wellbeing.domain.AuditEntry.count(
                    "subject = ?1 and action = ?2", checkIn.toString(), uk.gov.la.ei.wellbeing.domain.AuditAction.CHECK_IN_MISSED)))
                    .as("missed recorded for " + checkIn).isEqualTo(1L);
            assertThat(KafkaTestClient.read(Topics.WELLBEING, r -> r.value().contains(checkIn.toString())
                    && r.value().contains("check-in-missed"), 1, Fixtures.WAIT)).hasSize(1);
        }
    }

    @Test
    void aCheckInIsRecordedDoneWithHowAndAShortNote() {
        School s = Fixtures.inspection();
        UUID referralId = adverseOutcome(s);
        UUID first = checkIns(referralId).get(0).id;
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"outcome\":\"DONE\",\"channel\":\"CALL\",\"note\":\"spoke after school; will use EPS\"}")
                .when().post("/api/v1/referrals/" + referralId + "/check-ins/" + first + "/outcome").then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("outcomeBy", equalTo(s.simEmail()))
                .body("channel", equalTo("CALL"));
        // a check-in already recorded is final
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"outcome\":\"MISSED\"}")
                .when().post("/api/v1/referrals/" + referralId + "/check-ins/" + first + "/outcome").then()
                .statusCode(409);
        // done needs how; a note is short
        UUID second = checkIns(referralId).get(1).id;
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"outcome\":\"DONE\"}")
                .when().post("/api/v1/referrals/" + referralId + "/check-ins/" + second + "/outcome").then()
                .statusCode(400).body("errors.field", hasItem("channel"));
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"outcome\":\"DONE\",\"channel\":\"VISIT\",\"note\":\"" + "n".repeat(501) + "\"}")
                .when().post("/api/v1/referrals/" + referralId + "/check-ins/" + second + "/outcome").then()
                .statusCode(400).body("errors.field", hasItem("note"));
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"outcome\":\"DONE\",\"channel\":\"VISIT\",\"note\":\"" + "n".repeat(500) + "\"}")
                .when().post("/api/v1/referrals/" + referralId + "/check-ins/" + second + "/outcome").then()
                .statusCode(200);
    }

    @Test
    void aCheckInRecordedAsMissedIsEscalatedToTheCem() {
        School s = Fixtures.inspection();
        UUID referralId = adverseOutcome(s);
        UUID first = checkIns(referralId).get(0).id;
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body("{\"outcome\":\"MISSED\",\"note\":\"no answer; voicemail left\"}")
                .when().post("/api/v1/referrals/" + referralId + "/check-ins/" + first + "/outcome").then()
                .statusCode(200).body("status", equalTo("MISSED")).body("escalatedToCemAt", org.hamcrest.Matchers.notNullValue());
        assertThat(KafkaTestClient.read(Topics.WELLBEING, r -> r.value().contains(first.toString())
                && r.value().contains("check-in-missed"), 1, Fixtures.WAIT)).hasSize(1);
        await().atMost(Fixtures.WAIT).until(() -> SmtpTestServer.received().stream()
                .anyMatch(m -> m.subject().startsWith("Wellbeing check-in missed") && m.to().contains(s.cemEmail())));
    }

    @Test
    void theScheduleIsEditable() {
        School s = Fixtures.inspection();
        UUID referralId = adverseOutcome(s);
        String base = "/api/v1/referrals/" + referralId + "/check-ins";
        String added = given().auth().oauth2(s.cem()).contentType("application/json").body("{\"dueAt\":\"2026-11-26T10:00:00Z\"}")
                .when().post(base).then().statusCode(201)
                .body("status", equalTo("SCHEDULED")).body("plannedBy", equalTo(s.cemEmail()))
                .extract().path("id");
        given().auth().oauth2(s.cem()).contentType("application/json").body("{\"dueAt\":\"2026-11-27T10:00:00Z\"}")
                .when().put(base + "/" + added).then().statusCode(200).body("dueAt", equalTo("2026-11-27T10:00:00Z"));
        given().auth().oauth2(s.cem()).contentType("application/json").body("{\"dueAt\":\"2026-11-20T10:00:00Z\"}")
                .when().put(base + "/" + added).then().statusCode(400).body("errors.field", hasItem("dueAt"));
        UUID last = checkIns(referralId).stream().filter(c -> c.dueAt.equals(Instant.parse("2026-12-22T17:00:00Z")))
                .findFirst().orElseThrow().id;
        given().auth().oauth2(s.cem()).contentType("application/json").body("{\"note\":\"leader asked for fewer calls\"}")
                .when().post(base + "/" + last + "/cancellation").then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(s.cem()).contentType("application/json").body("{}")
                .when().post(base + "/" + UUID.randomUUID() + "/cancellation").then().statusCode(404);
        assertThat(checkIns(referralId)).hasSize(6);
        // another school's SIM may not touch it
        given().auth().oauth2(Fixtures.inspection().sim()).contentType("application/json").body("{\"dueAt\":\"2026-11-26T10:00:00Z\"}")
                .when().post(base).then().statusCode(403);
    }

    @Test
    void closingNeedsAReasonCancelsWhatIsStillScheduledAndIsFinal() {
        School s = Fixtures.inspection();
        UUID referralId = adverseOutcome(s);
        String path = "/api/v1/referrals/" + referralId + "/closure";
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json").body("{}")
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("reason"));
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json").body("{\"reason\":\"OTHER\"}")
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("note"));
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json").body("{\"reason\":\"BORED\"}")
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("reason"));
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body("{\"reason\":\"LEADER_DECLINED_SUPPORT\",\"note\":\"" + "n".repeat(501) + "\"}")
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("note"));
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body("{\"reason\":\"LEADER_DECLINED_SUPPORT\",\"note\":\"knows how to reach us\"}")
                .when().post(path).then().statusCode(200)
                .body("reason", equalTo("LEADER_DECLINED_SUPPORT")).body("by", equalTo(Fixtures.OFFICER_EMAIL));
        assertThat(checkIns(referralId)).allMatch(c -> c.status == CheckInStatus.CANCELLED);
        assertThat(KafkaTestClient.read(Topics.WELLBEING, r -> r.value().contains(referralId.toString())
                && r.value().contains("wellbeing-referral-closed"), 1, Fixtures.WAIT)).hasSize(1);
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json").body("{\"reason\":\"SUPPORT_IN_PLACE\"}")
                .when().post(path).then().statusCode(409);
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body("{\"offerCodes\":[\"HEADSUP4HTS\"],\"channel\":\"CALL\"}")
                .when().post("/api/v1/referrals/" + referralId + "/signpostings").then().statusCode(409);
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/referrals/" + referralId).then()
                .body("status", equalTo("CLOSED"))
                .body("closure.note", equalTo("knows how to reach us"))
                .body("checkIns.status", everyItem(equalTo("CANCELLED")))
                .body("checkIns", hasSize(5));
        // a missed-check-in watch leaves a closed referral alone
        Fixtures.CLOCK.set(Instant.parse("2026-12-30T09:00:00Z"));
        watch.markMissed();
        assertThat(checkIns(referralId)).extracting(c -> c.status).doesNotContain(CheckInStatus.MISSED);
    }

    @Test
    void aNewTriggerAfterClosingOpensANewReferral() {
        School s = Fixtures.inspection();
        UUID first = adverseOutcome(s);
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json").body("{\"reason\":\"CHECK_INS_COMPLETE\"}")
                .when().post("/api/v1/referrals/" + first + "/closure").then().statusCode(200);
        TestEvents.publish(Fixtures.pause(s));
        UUID second = Fixtures.awaitReferral(s);
        assertThat(second).isNotEqualTo(first);
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/referrals?inspectionId=" + s.inspectionId()).then()
                .statusCode(200).body("items", hasSize(2)).body("items.status", hasItem("CLOSED"))
                .body("items.status", hasItem("OPEN")).body("items.id", not(hasItem("x")));
    }
}
