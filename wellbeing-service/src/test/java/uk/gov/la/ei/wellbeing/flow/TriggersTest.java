package uk.gov.la.ei.wellbeing.flow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.contracts.events.ConcernCategory;
import uk.gov.la.ei.contracts.events.ConcernLogged;
import uk.gov.la.ei.contracts.events.InspectionWithdrawn;
import uk.gov.la.ei.contracts.events.IntegrationEvent;
import uk.gov.la.ei.contracts.events.UnexpectedOutcomeFlagged;
import uk.gov.la.ei.contracts.events.OutcomeBand;
import uk.gov.la.ei.contracts.events.WellbeingTrigger;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;
import uk.gov.la.ei.testinfra.TestEvents;
import uk.gov.la.ei.wellbeing.Fixtures;
import uk.gov.la.ei.wellbeing.Fixtures.School;
import uk.gov.la.ei.wellbeing.domain.CheckIn;
import uk.gov.la.ei.wellbeing.domain.Referral;
import uk.gov.la.ei.wellbeing.domain.ReferralTrigger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** Flow step 9: every trigger, arriving over Kafka (or by hand), opens the inspection's referral or joins it. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class TriggersTest {

    @BeforeEach
    void monday() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z"));
    }

    @AfterEach
    void realTime() {
        Fixtures.CLOCK.reset();
    }

    private static List<WellbeingTrigger> triggersOf(UUID referralId) {
        return QuarkusTransaction.requiringNew().call(() -> ReferralTrigger.of(referralId).stream().map(t -> t.kind).toList());
    }

    private static void opensAReferral(School s, IntegrationEvent event, WellbeingTrigger expected) {
        TestEvents.publish(event);
        UUID referralId = Fixtures.awaitReferral(s);
        assertThat(triggersOf(referralId)).containsExactly(expected);
        var opened = KafkaTestClient.read(Topics.WELLBEING, r -> r.value().contains(referralId.toString())
                && r.value().contains("wellbeing-referral-opened"), 1, Fixtures.WAIT);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).key()).isEqualTo(s.urn());
        assertThat(opened.get(0).value()).contains("\"trigger\":\"" + expected + "\"")
                .doesNotContain(s.headEmail()).doesNotContain(s.headName()).doesNotContain(s.simEmail());
    }

    @Test
    void aConcernAboutTheLeadersWellbeingOpensAReferral() {
        School s = Fixtures.inspection();
        opensAReferral(s, Fixtures.concern(s, ConcernCategory.LEADER_WELLBEING), WellbeingTrigger.LEADER_WELLBEING_CONCERN);
    }

    @Test
    void aConcernAboutInspectorConductOpensAReferral() {
        School s = Fixtures.inspection();
        opensAReferral(s, Fixtures.concern(s, ConcernCategory.INSPECTOR_CONDUCT), WellbeingTrigger.INSPECTOR_CONDUCT_CONCERN);
    }

    @Test
    void aPauseRequestOpensAReferral() {
        School s = Fixtures.inspection();
        opensAReferral(s, Fixtures.pause(s), WellbeingTrigger.PAUSE_REQUESTED);
    }

    @Test
    void feedbackSayingLeadersNeedSignpostingOpensAReferral() {
        School s = Fixtures.inspection();
        opensAReferral(s, Fixtures.feedback(s, UUID.randomUUID(), 1, true, false, false), WellbeingTrigger.FEEDBACK_SIGNPOSTING);
    }

    @Test
    void anAdverseOutcomeOpensAReferralWithTheFirstCheckInWithinOneWorkingDay() {
        School s = Fixtures.inspection();
        opensAReferral(s, Fixtures.feedback(s, UUID.randomUUID(), 1, false, true, false), WellbeingTrigger.ADVERSE_OUTCOME);
        UUID referralId = Fixtures.awaitReferral(s);
        List<Instant> due = QuarkusTransaction.requiringNew().call(() -> CheckIn.of(referralId).stream().map(c -> c.dueAt).toList());
        assertThat(due).containsExactly(Instant.parse("2026-11-24T17:00:00Z"), Instant.parse("2026-12-01T17:00:00Z"),
                Instant.parse("2026-12-08T17:00:00Z"), Instant.parse("2026-12-15T17:00:00Z"),
                Instant.parse("2026-12-22T17:00:00Z"));
    }

    @Test
    void conductConcernsRecordedOnTheFeedbackTemplateOpenAReferral() {
        School s = Fixtures.inspection();
        opensAReferral(s, Fixtures.feedback(s, UUID.randomUUID(), 1, false, false, true, false),
                WellbeingTrigger.INSPECTOR_CONDUCT_CONCERN);
    }

    @Test
    void anUnexpectedOutcomeOpensAReferral() {
        School s = Fixtures.inspection();
        opensAReferral(s, Fixtures.feedback(s, UUID.randomUUID(), 1, false, false, true), WellbeingTrigger.UNEXPECTED_OUTCOME);
    }

    @Test
    void anUnexpectedOutcomeFlaggedOpensAReferralAndTheFeedbackRecordSayingTheSameJoinsItOnce() {
        School s = Fixtures.inspection();
        UUID feedbackId = UUID.randomUUID();
        opensAReferral(s, new UnexpectedOutcomeFlagged(feedbackId, s.inspectionId(), s.urn(), "GOOD", OutcomeBand.INADEQUATE,
                Fixtures.CLOCK.instant()), WellbeingTrigger.UNEXPECTED_OUTCOME);
        String eventId = TestEvents.publish(Fixtures.feedback(s, feedbackId, 1, true, false, true));
        await().atMost(Fixtures.WAIT).until(() -> Fixtures.processed("wellbeing-service.feedback", eventId));
        assertThat(triggersOf(Fixtures.awaitReferral(s)))
                .containsExactly(WellbeingTrigger.UNEXPECTED_OUTCOME, WellbeingTrigger.FEEDBACK_SIGNPOSTING);
    }

    @Test
    void twoTriggersForOneInspectionGiveOneReferralWithBothTriggersKept() {
        School s = Fixtures.inspection();
        TestEvents.publish(Fixtures.concern(s, ConcernCategory.INSPECTOR_CONDUCT));
        TestEvents.publish(Fixtures.pause(s));
        TestEvents.publish(Fixtures.feedback(s, UUID.randomUUID(), 1, true, true, false));
        UUID referralId = Fixtures.awaitReferral(s);
        await().atMost(Fixtures.WAIT).until(() -> triggersOf(referralId).size() == 4);
        assertThat(triggersOf(referralId)).containsExactlyInAnyOrder(WellbeingTrigger.INSPECTOR_CONDUCT_CONCERN,
                WellbeingTrigger.PAUSE_REQUESTED, WellbeingTrigger.FEEDBACK_SIGNPOSTING, WellbeingTrigger.ADVERSE_OUTCOME);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Referral.count("inspectionId", s.inspectionId()))).isEqualTo(1L);
        assertThat(KafkaTestClient.read(Topics.WELLBEING, r -> r.value().contains(s.inspectionId().toString())
                && r.value().contains("wellbeing-referral-opened"), 1, Fixtures.WAIT)).hasSize(1);
    }

    @Test
    void theSameEventTwiceOrACorrectedFeedbackRecordWithTheSameFlagsAddsNothing() {
        School s = Fixtures.inspection();
        ConcernLogged concern = Fixtures.concern(s, ConcernCategory.LEADER_WELLBEING);
        String eventId = UUID.randomUUID().toString();
        TestEvents.publish(concern, eventId);
        TestEvents.publish(concern, eventId);
        UUID feedbackId = UUID.randomUUID();
        TestEvents.publish(Fixtures.feedback(s, feedbackId, 1, true, false, false));
        String correction = TestEvents.publish(Fixtures.feedback(s, feedbackId, 2, true, false, false));
        UUID referralId = Fixtures.awaitReferral(s);
        await().atMost(Fixtures.WAIT).until(() -> Fixtures.processed("wellbeing-service.feedback", correction));
        assertThat(triggersOf(referralId)).containsExactlyInAnyOrder(WellbeingTrigger.LEADER_WELLBEING_CONCERN,
                WellbeingTrigger.FEEDBACK_SIGNPOSTING);
    }

    @Test
    void anotherConcernAWithdrawalOrFeedbackWithoutConcernsOpensNothing() {
        School s = Fixtures.inspection();
        String safeguarding = TestEvents.publish(Fixtures.concern(s, ConcernCategory.SAFEGUARDING));
        String calm = TestEvents.publish(Fixtures.feedback(s, UUID.randomUUID(), 1, false, false, false));
        String withdrawn = TestEvents.publish(new InspectionWithdrawn(s.inspectionId(), "notice-" + s.urn(), s.urn(),
                "1" + s.urn(), Fixtures.CLOCK.instant()));
        await().atMost(Fixtures.WAIT).until(() -> Fixtures.processed("wellbeing-service.support-cases", safeguarding)
                && Fixtures.processed("wellbeing-service.feedback", calm)
                && Fixtures.processed("wellbeing-service.inspections", withdrawn));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Referral.count("inspectionId", s.inspectionId()))).isZero();
    }

    @Test
    void aTriggerThatBreaksTheContractIsDeadLetteredWithTheFieldNamed() {
        School s = Fixtures.inspection();
        ConcernLogged noInspection = new ConcernLogged(UUID.randomUUID(), null, s.urn(), ConcernCategory.LEADER_WELLBEING,
                "summary", false, null, Fixtures.CLOCK.instant());
        String eventId = TestEvents.publish(noInspection);
        var dead = KafkaTestClient.read(Topics.SUPPORT_CASES_DLQ, r -> r.value().contains(eventId), 1, Fixtures.WAIT);
        assertThat(dead).hasSize(1);
        assertThat(KafkaTestClient.header(dead.get(0), Topics.FIELD_HEADER)).isEqualTo("inspectionId");
        assertThat(KafkaTestClient.header(dead.get(0), Topics.CONSUMER_HEADER)).isEqualTo("wellbeing-service.support-cases");
    }

    @Test
    void theSimTheAiTheCemOrAWellbeingOfficerMayReferByHand() {
        School s = Fixtures.inspection();
        String referralId = given().auth().oauth2(s.ai()).contentType("application/json")
                .body("{\"inspectionId\":\"" + s.inspectionId() + "\",\"note\":\"asked for support at the end of day 1\"}")
                .when().post("/api/v1/referrals").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/referrals/"))
                .body("opened", equalTo(true))
                .extract().path("referralId");
        assertThat(referralId).isEqualTo(Fixtures.awaitReferral(s).toString());
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"inspectionId\":\"" + s.inspectionId() + "\"}")
                .when().post("/api/v1/referrals").then().statusCode(200)
                .body("referralId", equalTo(referralId)).body("joined", equalTo(true));
        given().auth().oauth2(s.cem()).contentType("application/json").body("{\"inspectionId\":\"" + s.inspectionId() + "\"}")
                .when().post("/api/v1/referrals").then().statusCode(200);
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json").body("{\"inspectionId\":\"" + s.inspectionId() + "\"}")
                .when().post("/api/v1/referrals").then().statusCode(200);
        assertThat(triggersOf(UUID.fromString(referralId))).containsExactly(WellbeingTrigger.MANUAL, WellbeingTrigger.MANUAL,
                WellbeingTrigger.MANUAL, WellbeingTrigger.MANUAL);
        // the AI referred but may not read it
        given().auth().oauth2(s.ai()).when().get("/api/v1/referrals/" + referralId).then().statusCode(403);
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/referrals/" + referralId).then().statusCode(200)
                .body("triggers.raisedBy", hasItem(s.aiEmail()))
                .body("triggers.note", hasItem("asked for support at the end of day 1"))
                .body("triggers", hasSize(4));
    }

    @Test
    void anyoneElseMayNotReferByHand() {
        School s = Fixtures.inspection();
        School other = Fixtures.inspection();
        String body = "{\"inspectionId\":\"" + s.inspectionId() + "\"}";
        given().auth().oauth2(other.sim()).contentType("application/json").body(body)
                .when().post("/api/v1/referrals").then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(Fixtures.GOVERNOR_SERVICES).contentType("application/json").body(body)
                .when().post("/api/v1/referrals").then().statusCode(403);
        given().contentType("application/json").body(body).when().post("/api/v1/referrals").then().statusCode(401);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Referral.count("inspectionId", s.inspectionId()))).isZero();
    }

    @Test
    void aManualReferralIsCheckedAtItsBounds() {
        School s = Fixtures.inspection();
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"inspectionId\":\"" + s.inspectionId() + "\",\"note\":\"" + "x".repeat(501) + "\"}")
                .when().post("/api/v1/referrals").then().statusCode(400).body("errors.field", hasItem("note"));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{}")
                .when().post("/api/v1/referrals").then().statusCode(400).body("errors.field", hasItem("inspectionId"));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"inspectionId\":\"not-a-uuid\"}")
                .when().post("/api/v1/referrals").then().statusCode(400).body("errors.field", hasItem("inspectionId"));
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"inspectionId\":\"" + UUID.randomUUID() + "\"}")
                .when().post("/api/v1/referrals").then().statusCode(404);
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"inspectionId\":\"" + s.inspectionId() + "\",\"note\":\"" + "x".repeat(500) + "\"}")
                .when().post("/api/v1/referrals").then().statusCode(201);
    }

    @Test
    void anAdverseOutcomeJoiningAnOpenReferralBringsACheckInWithinOneWorkingDay() {
        School s = Fixtures.inspection();
        TestEvents.publish(Fixtures.concern(s, ConcernCategory.INSPECTOR_CONDUCT));
        UUID referralId = Fixtures.awaitReferral(s);
        // Thursday: the next check-in of the schedule is on Tuesday
        Fixtures.CLOCK.set(Instant.parse("2026-11-26T11:00:00Z"));
        String eventId = TestEvents.publish(Fixtures.feedback(s, UUID.randomUUID(), 1, false, true, false));
        await().atMost(Fixtures.WAIT).until(() -> Fixtures.processed("wellbeing-service.feedback", eventId));
        List<CheckIn> checkIns = QuarkusTransaction.requiringNew().call(() -> CheckIn.of(referralId));
        assertThat(checkIns).filteredOn(c -> c.plannedBy.contains("adverse outcome")).extracting(c -> c.dueAt)
                .containsExactly(Instant.parse("2026-11-27T17:00:00Z"));
    }
}
