package uk.gov.la.ei.supporttracking.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.contracts.events.InspectionRescheduled;
import uk.gov.la.ei.supporttracking.Fixtures;
import uk.gov.la.ei.supporttracking.Fixtures.School;
import uk.gov.la.ei.supporttracking.application.DeadlineWatch;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Issue items 3 and 4: a pause (Ofsted's pausing guidance) and a deferral (H§4) with their outcomes. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class PauseAndDeferralTest {

    private static final String PAUSE = "{\"requestedBy\":\"Helen Head, headteacher\",\"reason\":\"The head is unwell after day 1\"}";

    @Inject
    DeadlineWatch watch;

    @AfterEach
    void realTime() {
        Fixtures.CLOCK.reset();
    }

    @Test
    void aPauseRequestAndOfstedsAnswerAreRecordedAndTheRestOfTheInspectionsPointsMoveOn() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z"));
        School s = Fixtures.school();
        Fixtures.open(s, Fixtures.mondayNotice(s));
        given().auth().oauth2(s.sim()).contentType("application/json").body(PAUSE)
                .when().post(s.path("/pauses")).then().statusCode(409);

        Fixtures.CLOCK.set(Instant.parse("2026-11-24T13:00:00Z"));
        String pause = given().auth().oauth2(s.sim()).contentType("application/json").body(PAUSE)
                .when().post(s.path("/pauses")).then().statusCode(201).body("loggedBy", equalTo(s.simEmail()))
                .extract().path("id");
        given().auth().oauth2(s.sim()).contentType("application/json").body(PAUSE)
                .when().post(s.path("/pauses")).then().statusCode(409);
        assertThat(Fixtures.events(Topics.SUPPORT_CASES, s, "pause-requested", 1, Duration.ofSeconds(20))).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("The head is unwell after day 1"));

        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"outcome\":\"PAUSED\",\"resumesOn\":\"2026-12-02\"}")
                .when().post(s.path("/pauses/" + pause + "/decision")).then().statusCode(400)
                .body("errors.field", hasItem("resumesOn"));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"outcome\":\"PAUSED\",\"resumesOn\":\"2026-11-25\"}")
                .when().post(s.path("/pauses/" + pause + "/decision")).then().statusCode(200)
                .body("outcome", equalTo("PAUSED")).body("resumesOn", equalTo("2026-11-25")).body("decidedBy", equalTo(s.simEmail()));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"outcome\":\"REFUSED\"}")
                .when().post(s.path("/pauses/" + pause + "/decision")).then().statusCode(409);

        assertThat(Fixtures.events(Topics.SUPPORT_CASES, s, "pause-decided", 1, Duration.ofSeconds(20))).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"outcome\":\"PAUSED\"", "\"resumesOn\":\"2026-11-25\""));
        JsonPath c = Fixtures.caseOf(s);
        assertThat(c.getString("keepInTouchPoints.find { it.kind == 'END_OF_DAY_ONE_CALL' }.dueAt")).isEqualTo("2026-11-25T18:30:00Z");
        assertThat(c.getString("keepInTouchPoints.find { it.kind == 'FINAL_FEEDBACK' }.dueAt")).isEqualTo("2026-11-26T18:00:00Z");
        assertThat(c.getString("keepInTouchPoints.find { it.kind == 'LEAD_INSPECTOR_MEETING' }.dueAt")).isEqualTo("2026-11-25T17:00:00Z");
    }

    @Test
    void aDeferralTheSimSupportsIsRecordedAndAGrantedOneWaitsForTheRescheduledNotice() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z"));
        School s = Fixtures.school();
        Fixtures.open(s, Fixtures.mondayNotice(s));
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"requestedBy\":\"Helen Head\",\"circumstances\":\"x\",\"criteriaConsidered\":[]}")
                .when().post(s.path("/deferrals")).then().statusCode(400).body("errors.field", hasItem("criteriaConsidered"));

        String deferral = given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"requestedBy\":\"Helen Head, headteacher\",\"circumstances\":\"The head has been signed off by her GP this week\","
                        + "\"criteriaConsidered\":[\"SENIOR_LEADER_WELLBEING\",\"HEADTEACHER_ABSENT\"]}")
                .when().post(s.path("/deferrals")).then().statusCode(201)
                .body("outcome", equalTo("REQUESTED")).body("recordedBy", equalTo(s.simEmail()))
                .extract().path("id");
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"outcome\":\"GRANTED\",\"notes\":\"Ofsted agreed on the call\"}")
                .when().post(s.path("/deferrals/" + deferral + "/outcome")).then().statusCode(200).body("outcome", equalTo("GRANTED"));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"outcome\":\"REFUSED\"}")
                .when().post(s.path("/deferrals/" + deferral + "/outcome")).then().statusCode(409);
        var recorded = Fixtures.events(Topics.SUPPORT_CASES, s, "deferral-recorded", 2, Duration.ofSeconds(20));
        assertThat(recorded).hasSize(2);
        assertThat(recorded.get(0).value()).contains("\"outcome\":\"REQUESTED\"", "SENIOR_LEADER_WELLBEING");
        assertThat(recorded.get(1).value()).contains("\"outcome\":\"GRANTED\"");
        assertThat(Fixtures.caseOf(s).getString("state")).isEqualTo("AWAITING_RESCHEDULE");

        // the old dates pass while the case waits: nothing is chased
        Fixtures.CLOCK.set(Instant.parse("2026-11-25T20:00:00Z"));
        watch.alertMissedPoints();
        assertThat(Fixtures.events(Topics.SUPPORT_CASES, s, "keep-in-touch-point-missed", 1, Duration.ofSeconds(3))).isEmpty();

        Fixtures.publish(new InspectionRescheduled(s.inspectionId(), "notice-r", s.urn(), "1" + s.urn(), LocalDate.parse("2026-11-24"),
                LocalDate.parse("2026-12-08"), 2, Instant.parse("2026-12-07T17:00:00Z")));
        JsonPath c = Fixtures.awaitCase(s, j -> "OPEN".equals(j.getString("state")));
        assertThat(c.getString("deferrals[0].rescheduledTo")).isEqualTo("2026-12-08");
        assertThat(c.getString("keepInTouchPoints.find { it.kind == 'FINAL_FEEDBACK' }.dueAt")).isEqualTo("2026-12-09T18:00:00Z");
        assertThat(c.getString("keepInTouchPoints.find { it.kind == 'FINAL_FEEDBACK' }.status")).isEqualTo("PLANNED");
    }

    @Test
    void aDeferralIsForAnInspectionThatHasNotStarted() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-24T09:30:00Z"));
        School s = Fixtures.school();
        Fixtures.open(s, Fixtures.mondayNotice(s));
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"requestedBy\":\"Helen Head\",\"circumstances\":\"flood\",\"criteriaConsidered\":[\"MAJOR_INCIDENT\"]}")
                .when().post(s.path("/deferrals")).then().statusCode(409);
    }
}
