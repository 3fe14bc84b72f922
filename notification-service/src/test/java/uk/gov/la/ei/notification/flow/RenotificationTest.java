package uk.gov.la.ei.notification.flow;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.notification.Fixtures.TestSchool;
import uk.gov.la.ei.notification.TestClock;
import uk.gov.la.ei.notification.application.AcknowledgementWatch;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * A notice that comes back is a fresh start (issue 6, item 7): withdrawn then notified again, or deferred
 * and re-notified with a new start – a fresh acknowledgement deadline, the SIM and AI told again, an event
 * for the downstream services, and the deadline watched again.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class RenotificationTest {

    private static final String ACK = """
            {"contactedAt":"%s","schoolContact":"Mrs A. Head, headteacher","agreedInvolvement":"FULL",
             "keepInTouchTimes":[{"purpose":"End of day 1 call with the headteacher","at":"2026-11-24T16:30:00"}]}""";

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

    private static void acknowledge(String token, String id, String contactedAt) {
        given().auth().oauth2(token).contentType("application/json").body(ACK.formatted(contactedAt))
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then().statusCode(200)
                .body("inspection.state", equalTo("ACKNOWLEDGED"));
    }

    private static String post(String notice, String result) {
        return given().auth().oauth2(Fixtures.PUBLISHER).contentType("application/cloudevents+json").body(notice)
                .when().post("/api/v1/notices").then().statusCode(200).body("result", equalTo(result))
                .extract().path("inspectionId");
    }

    @Test
    void aWithdrawnInspectionNotifiedAgainHasAFreshDeadlineItsSimAndAiToldAgainAndContactsAssignedRenotified() {
        TestSchool school = Fixtures.maintainedSchool();
        String ref = Fixtures.newReference();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), ref));
        acknowledge(school.aiToken(), id, "2026-11-23T12:20:00Z");
        post(Fixtures.notice("withdrawn", Fixtures.newId(), school.urn(), ref, "2026-11-24"), "WITHDRAWN");

        TestClock.CLOCK.set(Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(post(Fixtures.notice("notified", Fixtures.newId(), school.urn(), ref, "2026-12-01", "2026-11-24T09:55:00Z"),
                "RENOTIFIED")).isEqualTo(id);

        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("inspection.state", equalTo("NOTIFIED"))
                .body("inspection.startDate", equalTo("2026-12-01"))
                .body("inspection.acknowledgementDue", equalTo("2026-11-24T17:00:00Z"))
                .body("acknowledgement", nullValue())
                .body("history.kind", hasItem("RENOTIFIED"));
        for (String to : List.of(school.simEmail(), school.aiEmail())) {
            assertThat(Fixtures.awaitMails(to, m -> m.body().contains(id) && m.subject().startsWith("Ofsted inspection notified again"), 1))
                    .singleElement().satisfies(m -> assertThat(m.body()).contains("Acknowledge by 17:00 on Tuesday 24 November 2026"));
        }
        List<JsonNode> assigned = Fixtures.events("contacts-assigned", id, 2);
        assertThat(assigned).extracting(e -> e.at("/data/reason").asText()).containsExactly("NOTIFIED", "RENOTIFIED");
        assertThat(assigned.get(1).at("/data/acknowledgementDue").asText()).isEqualTo("2026-11-24T17:00:00Z");
        assertThat(assigned.get(1).at("/data/startDate").asText()).isEqualTo("2026-12-01");

        // acknowledged again for the new notice
        acknowledge(school.simToken(), id, "2026-11-24T10:00:00Z");
    }

    @Test
    void aDeferredInspectionReNotifiedWithANewStartIsDueAgainToldAgainAndEscalatedIfThatLapses() {
        TestSchool school = Fixtures.maintainedSchool();
        String ref = Fixtures.newReference();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), ref));
        acknowledge(school.simToken(), id, "2026-11-23T12:25:00Z");

        // deferred at the notification call; Ofsted re-notifies on Wednesday for the following week
        TestClock.CLOCK.set(Instant.parse("2026-11-25T11:00:00Z"));
        post(Fixtures.notice("rescheduled", Fixtures.newId(), school.urn(), ref, "2026-12-02", "2026-11-25T10:50:00Z"),
                "RESCHEDULED");

        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("inspection.state", equalTo("NOTIFIED"))
                .body("inspection.acknowledgementDue", equalTo("2026-11-25T17:00:00Z"))
                .body("acknowledgement", nullValue())
                .body("history.kind", hasItem("RESCHEDULED"));
        for (String to : List.of(school.simEmail(), school.aiEmail())) {
            assertThat(Fixtures.awaitMails(to, m -> m.body().contains(id) && m.subject().startsWith("Ofsted inspection moved"), 1))
                    .singleElement().satisfies(m -> assertThat(m.body())
                            .contains("Acknowledge by 17:00 on Wednesday 25 November 2026")
                            .contains("previously to start Tuesday 24 November 2026"));
        }
        assertThat(Fixtures.events("inspection-rescheduled", id, 1)).singleElement().satisfies(e -> {
            assertThat(e.at("/data/acknowledgementDue").asText()).isEqualTo("2026-11-25T17:00:00Z");
            assertThat(e.at("/data/previousStartDate").asText()).isEqualTo("2026-11-24");
            assertThat(e.at("/data/startDate").asText()).isEqualTo("2026-12-02");
        });

        // nobody acknowledges the new dates: the fresh deadline is watched like the first
        TestClock.CLOCK.set(Instant.parse("2026-11-25T17:00:01Z"));
        watch.escalateOverdue();
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.overdue", equalTo(true))
                .body("history.findAll { it.kind == 'ACKNOWLEDGEMENT_OVERDUE' }.size()", equalTo(1));
        assertThat(Fixtures.events("acknowledgement-overdue", id, 1)).singleElement()
                .satisfies(e -> assertThat(e.at("/data/dueAt").asText()).isEqualTo("2026-11-25T17:00:00Z"));
    }

    @Test
    void aWithdrawnInspectionCannotBeAcknowledged() {
        TestSchool school = Fixtures.maintainedSchool();
        String ref = Fixtures.newReference();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), ref));
        post(Fixtures.notice("withdrawn", Fixtures.newId(), school.urn(), ref, "2026-11-24"), "WITHDRAWN");
        given().auth().oauth2(school.simToken()).contentType("application/json").body(ACK.formatted("2026-11-23T12:20:00Z"))
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then().statusCode(409)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.containsString("withdrawn"));
    }
}
