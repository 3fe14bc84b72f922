package uk.gov.la.ei.notification.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.notification.TestClock;
import uk.gov.la.ei.notification.application.AcknowledgementWatch;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Flow step 3: the SIM or AI acknowledges with the school; a deadline runs, and passing it escalates to the CEM once. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class AcknowledgementTest {

    @Inject
    AcknowledgementWatch watch;

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
        TestClock.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z"));
    }

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    private static final String ACK = """
            {"contactedAt":"2026-11-23T12:20:00Z","schoolContact":"Mrs H. Marchetti, headteacher",
             "agreedInvolvement":"FULL",
             "keepInTouchTimes":[{"purpose":"End of day 1 call with the headteacher","at":"2026-11-24T16:30:00","owner":"gareth.price@hants-ei.example"},
                                 {"purpose":"Final feedback","at":"2026-11-25T15:00:00","owner":"gareth.price@hants-ei.example"}],
             "notes":"AI to visit before the start"}""";

    @Test
    void theAssignedAiAcknowledgesAndTheAgreedTimesAreRecordedAndPublished() {
        String id = Fixtures.postNotice(Fixtures.notified("116123", Fixtures.newReference()));
        given().auth().oauth2(Fixtures.AI).contentType("application/json").body(ACK)
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then()
                .statusCode(200)
                .body("inspection.state", equalTo("ACKNOWLEDGED"))
                .body("acknowledgement.by.email", equalTo(Fixtures.AI_EMAIL))
                .body("acknowledgement.keepInTouchTimes.purpose", hasItem("End of day 1 call with the headteacher"))
                .body("acknowledgement.late", equalTo(false))
                .body("history.kind", hasItem("ACKNOWLEDGED"));
        assertThat(KafkaTestClient.read(Topics.INSPECTIONS, r -> r.value().contains(id) && r.value().contains("acknowledgement-recorded"),
                1, Duration.ofSeconds(20))).hasSize(1);
        given().auth().oauth2(Fixtures.SIM).contentType("application/json").body(ACK)
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then()
                .statusCode(409).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aSimOfAnotherSchoolMayNotAcknowledge() {
        String id = Fixtures.postNotice(Fixtures.notified("116123", Fixtures.newReference()));
        given().auth().oauth2(Fixtures.OTHER_SIM).contentType("application/json").body(ACK)
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then()
                .statusCode(403).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(Fixtures.OPS).contentType("application/json").body(ACK)
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then()
                .statusCode(403);
    }

    @Test
    void anIncompleteAcknowledgementIsRefusedNamingEachFieldAndNothingIsRecorded() {
        String id = Fixtures.postNotice(Fixtures.notified("116123", Fixtures.newReference()));
        given().auth().oauth2(Fixtures.SIM).contentType("application/json")
                .body("{\"contactedAt\":\"2026-11-24T09:00:00Z\",\"agreedInvolvement\":\"OFFER_DECLINED\",\"keepInTouchTimes\":[{\"purpose\":\"\"}]}")
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("contactedAt"))
                .body("errors.field", hasItem("schoolContact"))
                .body("errors.field", hasItem("agreedInvolvement"))
                .body("errors.field", hasItem("keepInTouchTimes[0].purpose"))
                .body("errors.field", hasItem("keepInTouchTimes[0].at"));
        given().auth().oauth2(Fixtures.SIM).contentType("application/json").body("{\"agreedInvolvement\":\"MAYBE\"}")
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("agreedInvolvement"));
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.state", equalTo("NOTIFIED"));
    }

    @Test
    void anUnacknowledgedNoticeIsEscalatedToTheCemExactlyOnceWhenItsDeadlinePasses() {
        String urn = "98" + (10000 + (int) (Math.random() * 89999));
        String id = Fixtures.postNotice(Fixtures.notified(urn, Fixtures.newReference()));

        watch.escalateOverdue();
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.overdue", equalTo(false));

        TestClock.CLOCK.set(Instant.parse("2026-11-23T17:00:01Z"));
        watch.escalateOverdue();
        watch.escalateOverdue();

        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.overdue", equalTo(true))
                .body("history.findAll { it.kind == 'ACKNOWLEDGEMENT_OVERDUE' }.size()", equalTo(1));
        assertThat(KafkaTestClient.read(Topics.INSPECTIONS, r -> r.value().contains(id) && r.value().contains("acknowledgement-overdue"),
                1, Duration.ofSeconds(20))).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> SmtpTestServer.received().stream()
                .anyMatch(m -> m.subject().startsWith("Not acknowledged") && m.subject().contains(urn)));
        watch.escalateOverdue();
        assertThat(SmtpTestServer.received().stream()
                .filter(m -> m.subject().startsWith("Not acknowledged") && m.subject().contains(urn))).hasSize(1);
    }
}
