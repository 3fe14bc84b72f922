package uk.gov.la.ei.notification.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.notification.Fixtures.TestSchool;
import uk.gov.la.ei.notification.TestClock;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The acknowledgement's edge rules (H§4, H§7; AcknowledgeNotice): what is late, what is refused – a 400
 * naming the field, a 403, a 404, a 409 – and that a refused acknowledgement records and publishes nothing.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class AcknowledgementRulesTest {

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
        TestClock.start();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static ValidatableResponse acknowledge(String token, String id, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then();
    }

    private static String ack(Instant contactedAt, String involvement, String keepInTouchTimes) {
        return """
                {"contactedAt":"%s","schoolContact":"Mrs A. Head, headteacher","agreedInvolvement":"%s","keepInTouchTimes":%s}"""
                .formatted(contactedAt, involvement, keepInTouchTimes);
    }

    private static String oneTime() {
        return "[{\"purpose\":\"End of day 1 call\",\"at\":\"" + TestClock.localTime(TestClock.startDate(), 16, 30) + "\"}]";
    }

    /** Refused: still awaiting acknowledgement, nothing in its history, no AcknowledgementRecorded. */
    private static void nothingRecorded(String id) {
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.state", equalTo("NOTIFIED"))
                .body("acknowledgement", nullValue())
                .body("history.kind", org.hamcrest.Matchers.not(hasItem("ACKNOWLEDGED")));
        assertThat(Fixtures.events("acknowledgement-recorded", id, 0)).isEmpty();
    }

    @Test
    void aSchoolContactedOnlyAfterTheDeadlineIsALateAcknowledgement() {
        TestSchool school = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));
        Instant contacted = TestClock.due().plus(Duration.ofMinutes(40));
        TestClock.set(TestClock.due().plus(Duration.ofMinutes(45)));
        acknowledge(school.simToken(), id, ack(contacted, "FULL", oneTime())).statusCode(200)
                .body("acknowledgement.late", equalTo(true))
                .body("history.find { it.kind == 'ACKNOWLEDGED' }.detail", containsString("LATE"));
        assertThat(Fixtures.events("acknowledgement-recorded", id, 1)).singleElement()
                .satisfies(e -> assertThat(e.at("/data/late").asBoolean()).isTrue());
    }

    @Test
    void aContactInTheFutureOrBeforeTheNoticeIsRefusedNamingContactedAt() {
        TestSchool school = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));
        acknowledge(school.simToken(), id, ack(TestClock.received().plus(Duration.ofMinutes(30)), "FULL", oneTime()))
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", equalTo(java.util.List.of("contactedAt")))
                .body("errors[0].message", containsString("future"));
        acknowledge(school.simToken(), id, ack(TestClock.noticeTime().minus(Duration.ofMinutes(30)), "FULL", oneTime()))
                .statusCode(400)
                .body("errors.field", equalTo(java.util.List.of("contactedAt")))
                .body("errors[0].message", containsString("before the notice"));
        nothingRecorded(id);
    }

    @Test
    void anAcademyCannotBeGivenFullInvolvementOnlyTheOfferAndADeclinedOfferNeedsNoKeepInTouchTimes() {
        TestSchool academy = Fixtures.academy();
        String id = Fixtures.postNotice(Fixtures.notified(academy.urn(), Fixtures.newReference()));
        acknowledge(academy.simToken(), id, ack(TestClock.onNoticeDay(12, 20), "FULL", oneTime()))
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", equalTo(java.util.List.of("agreedInvolvement")))
                .body("errors[0].message", containsString("OFFER_ACCEPTED or OFFER_DECLINED"));
        nothingRecorded(id);

        // H§7: the school may decline the offer, and then there is nothing to keep in touch about
        acknowledge(academy.simToken(), id, ack(TestClock.onNoticeDay(12, 20), "OFFER_DECLINED", "[]")).statusCode(200)
                .body("inspection.state", equalTo("ACKNOWLEDGED"))
                .body("acknowledgement.agreedInvolvement", equalTo("OFFER_DECLINED"))
                .body("acknowledgement.keepInTouchTimes", equalTo(java.util.List.of()));
        assertThat(Fixtures.events("acknowledgement-recorded", id, 1)).singleElement().satisfies(e -> {
            assertThat(e.at("/data/agreedInvolvement").asText()).isEqualTo("OFFER_DECLINED");
            assertThat(e.at("/data/keepInTouchTimes")).isEmpty();
        });
    }

    @Test
    void aMaintainedSchoolHasFullInvolvementWithAtLeastOneKeepInTouchTime() {
        TestSchool school = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));
        acknowledge(school.simToken(), id, ack(TestClock.onNoticeDay(12, 20), "OFFER_ACCEPTED", oneTime()))
                .statusCode(400)
                .body("errors.field", equalTo(java.util.List.of("agreedInvolvement")))
                .body("errors[0].message", containsString("full LA involvement"));
        acknowledge(school.simToken(), id, ack(TestClock.onNoticeDay(12, 20), "FULL", "[]"))
                .statusCode(400)
                .body("errors.field", equalTo(java.util.List.of("keepInTouchTimes")))
                .body("errors[0].message", containsString("at least one time"));
        acknowledge(school.simToken(), id, ack(TestClock.onNoticeDay(12, 20), "FULL", "null"))
                .statusCode(400)
                .body("errors.field", equalTo(java.util.List.of("keepInTouchTimes")));
        nothingRecorded(id);
    }

    @Test
    void theCemOnDutyAcknowledgesForAUrnTheRegistryDoesNotKnowAndNoOtherCemMay() {
        String urn = Fixtures.newUrn();
        String id = Fixtures.postNotice(Fixtures.notified(urn, Fixtures.newReference()));
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.involvement", equalTo("UNKNOWN_SCHOOL"))
                .body("cem.email", equalTo(Fixtures.CEM_ON_DUTY_EMAIL));
        for (String cem : java.util.List.of(Fixtures.CEM_PRIMARY_EMAIL, Fixtures.CEM_SECONDARY_EMAIL, Fixtures.CEM_SPECIAL_EMAIL)) {
            acknowledge(Fixtures.cem(cem), id, ack(TestClock.onNoticeDay(12, 20), "FULL", oneTime())).statusCode(403)
                    .contentType(startsWith("application/problem+json"));
        }
        nothingRecorded(id);
        acknowledge(Fixtures.cem(Fixtures.CEM_ON_DUTY_EMAIL), id, ack(TestClock.onNoticeDay(12, 20), "FULL", oneTime()))
                .statusCode(200)
                .body("acknowledgement.by.email", equalTo(Fixtures.CEM_ON_DUTY_EMAIL));
        assertThat(Fixtures.events("acknowledgement-recorded", id, 1)).singleElement()
                .satisfies(e -> assertThat(e.at("/data/acknowledgedBy/email").asText()).isEqualTo(Fixtures.CEM_ON_DUTY_EMAIL));
    }

    @Test
    void aMalformedInspectionIdIsA400NamingItAndAnUnknownOneA404() {
        TestSchool school = Fixtures.maintainedSchool();
        for (String malformed : java.util.List.of("not-a-uuid", "12345", "116123")) {
            acknowledge(school.simToken(), malformed, ack(TestClock.onNoticeDay(12, 20), "FULL", oneTime()))
                    .statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("errors.field", hasItem("id"));
            given().auth().oauth2(school.simToken()).when().get("/api/v1/inspections/" + malformed).then()
                    .statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo("id"));
        }
        String unknown = UUID.randomUUID().toString();
        acknowledge(school.simToken(), unknown, ack(TestClock.onNoticeDay(12, 20), "FULL", oneTime()))
                .statusCode(404).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(school.simToken()).when().get("/api/v1/inspections/" + unknown).then()
                .statusCode(404).contentType(startsWith("application/problem+json"));
        assertThat(Fixtures.number("select count(*) from inspection where urn = ?", school.urn())).isZero();
    }

    @Test
    void anAcknowledgementWithoutABodyIsA400() {
        TestSchool school = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));
        given().auth().oauth2(school.simToken()).contentType("application/json")
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then()
                .statusCode(400).contentType(startsWith("application/problem+json"));
        acknowledge(school.simToken(), id, "{\"contactedAt\":").statusCode(400);
        nothingRecorded(id);
    }
}
