package uk.gov.la.ei.supporttracking.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.supporttracking.Fixtures;
import uk.gov.la.ei.supporttracking.Fixtures.School;
import uk.gov.la.ei.supporttracking.application.DeadlineWatch;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Issue item 3 (DOMAIN.md step 6; H§4, H§5): concerns, escalation to the region's linked SHMI, outcomes – never just open. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class ConcernTest {

    private static final String CONDUCT = """
            {"category":"INSPECTOR_CONDUCT","summary":"The lead inspector dismissed the head's evidence on reading",
             "raisedBy":"Helen Head, headteacher","raisedWithInspector":true,"inspectorResponse":"Noted; will review at the team meeting"}""";

    @Inject
    DeadlineWatch watch;

    @AfterEach
    void realTime() {
        Fixtures.CLOCK.reset();
    }

    private static String log(School s, String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post(s.path("/concerns")).then().statusCode(201).extract().path("id");
    }

    private static String escalateToShmi(School s, String concern) {
        return given().auth().oauth2(s.sim()).contentType("application/json").body("{\"level\":\"SHMI\",\"channel\":\"EMAIL\"}")
                .when().post(s.path("/concerns/" + concern + "/escalations")).then().statusCode(201)
                .extract().path("escalations[0].id");
    }

    @Test
    void loggingAConcernPublishesConcernLoggedAtOnceAndTellsTheSimAndTheCem() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-24T11:00:00Z"));
        School s = Fixtures.school();
        Fixtures.open(s, Fixtures.mondayNotice(s));

        given().auth().oauth2(s.ai()).contentType("application/json").body(CONDUCT)
                .when().post(s.path("/concerns")).then().statusCode(201)
                .body("status", equalTo("OPEN")).body("category", equalTo("INSPECTOR_CONDUCT"))
                .body("raisedWithInspector", equalTo(true)).body("loggedBy", equalTo(s.aiEmail()))
                .body("resolveBy", equalTo("2026-12-01T17:00:00Z"));

        var logged = Fixtures.events(Topics.SUPPORT_CASES, s, "concern-logged", 1, Duration.ofSeconds(20));
        assertThat(logged).singleElement().satisfies(r -> assertThat(r.value()).contains("\"category\":\"INSPECTOR_CONDUCT\"",
                "\"raisedWithInspector\":true", s.aiEmail()));
        assertThat(Fixtures.awaitMails(s.simEmail(), "Concern logged: INSPECTOR_CONDUCT", 1)).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("dismissed the head's evidence", "Helen Head, headteacher"));
        assertThat(Fixtures.awaitMails(s.cemEmail(), "Concern logged: INSPECTOR_CONDUCT", 1)).hasSize(1);
        assertThat(Fixtures.timeline(s).getString("entries.find { it.kind == 'ConcernLogged' }.actor")).isEqualTo(s.aiEmail());
    }

    @Test
    void aConcernEscalatedToTheRegionsLinkedShmiAndAnsweredEndsShmiAnswered() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-24T11:00:00Z"));
        School s = Fixtures.school();
        Fixtures.open(s, Fixtures.mondayNotice(s));
        String concern = log(s, s.sim(), CONDUCT);

        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"action\":\"Head to raise it with the lead inspector at 14:00\"}")
                .when().post(s.path("/concerns/" + concern + "/agreed-action")).then().statusCode(200)
                .body("status", equalTo("ACTION_AGREED")).body("agreedActionBy", equalTo(s.simEmail()));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"outcome\":\"SHMI_ANSWERED\",\"summary\":\"answered\"}")
                .when().post(s.path("/concerns/" + concern + "/closure")).then().statusCode(409);

        String escalation = escalateToShmi(s, concern);
        JsonPath c = Fixtures.caseOf(s);
        assertThat(c.getString("concerns[0].status")).isEqualTo("ESCALATED");
        assertThat(c.getString("concerns[0].escalations[0].to.email")).isEqualTo(s.shmiEmail());
        assertThat(c.getString("concerns[0].escalations[0].escalatedBy")).isEqualTo(s.simEmail());
        assertThat(Fixtures.events(Topics.SUPPORT_CASES, s, "concern-escalated", 1, Duration.ofSeconds(20))).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"level\":\"SHMI\"", s.shmiEmail()));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"level\":\"SHMI\",\"channel\":\"PHONE\"}")
                .when().post(s.path("/concerns/" + concern + "/escalations")).then().statusCode(409);

        given().auth().oauth2(s.cem()).contentType("application/json")
                .body("{\"response\":\"The SHMI spoke to the lead inspector; the evidence will be considered\"}")
                .when().post(s.path("/concerns/" + concern + "/escalations/" + escalation + "/response")).then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("escalations[0].responseRecordedBy", equalTo(s.cemEmail()));
        given().auth().oauth2(s.cem()).contentType("application/json").body("{\"response\":\"again\"}")
                .when().post(s.path("/concerns/" + concern + "/escalations/" + escalation + "/response")).then().statusCode(409);

        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"outcome\":\"SHMI_ANSWERED\",\"summary\":\"The head is content with the SHMI's answer\"}")
                .when().post(s.path("/concerns/" + concern + "/closure")).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("outcome", equalTo("SHMI_ANSWERED")).body("closedBy", equalTo(s.simEmail()));
        assertThat(Fixtures.events(Topics.SUPPORT_CASES, s, "concern-closed", 1, Duration.ofSeconds(20))).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"outcome\":\"SHMI_ANSWERED\""));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"action\":\"more\"}")
                .when().post(s.path("/concerns/" + concern + "/agreed-action")).then().statusCode(409);
        assertThat(Fixtures.timeline(s).getList("entries.kind")).containsSubsequence("ConcernLogged", "ConcernActionAgreed",
                "ConcernEscalated", "EscalationAnswered", "ConcernClosed");
    }

    @Test
    void anUnansweredShmiEscalationRaisesConcernOverdueExactlyOnceAndAlertsTheCem() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-24T11:00:00Z"));
        School s = Fixtures.school();
        Fixtures.open(s, Fixtures.mondayNotice(s));
        String concern = log(s, s.sim(), CONDUCT);
        escalateToShmi(s, concern);
        assertThat(Fixtures.caseOf(s).getString("concerns[0].escalations[0].responseDue")).isEqualTo("2026-11-26T17:00:00Z");

        Fixtures.CLOCK.set(Instant.parse("2026-11-26T16:59:00Z"));
        watch.alertOverdueConcerns();
        Fixtures.CLOCK.set(Instant.parse("2026-11-26T17:01:00Z"));
        watch.alertOverdueConcerns();
        watch.alertOverdueConcerns();

        var overdue = Fixtures.events(Topics.SUPPORT_CASES, s, "concern-overdue", 1, Duration.ofSeconds(20));
        assertThat(overdue).singleElement().satisfies(r -> assertThat(r.value()).contains("\"reason\":\"ESCALATION_UNANSWERED\"",
                "\"alertedRole\":\"cem\"", "\"dueAt\":\"2026-11-26T17:00:00Z\""));
        assertThat(Fixtures.awaitMails(s.cemEmail(), "Concern overdue (ESCALATION_UNANSWERED)", 1)).hasSize(1);
        given().auth().oauth2(s.cem()).when().get("/api/v1/alerts").then().statusCode(200)
                .body("overdueConcerns.find { it.concernId == '" + concern + "' }.escalationUnanswered", equalTo(true));
        assertThat(Fixtures.caseOf(s).getString("concerns[0].escalations[0].unansweredAlertedAt")).isNotNull();
    }

    @Test
    void aConcernWithoutAnOutcomePastItsDeadlineAlertsTheCemThenASeniorOfficerOnceEach() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-24T11:00:00Z"));
        School s = Fixtures.school();
        Fixtures.open(s, Fixtures.mondayNotice(s));
        log(s, s.ai(), CONDUCT.replace("INSPECTOR_CONDUCT", "PROCESS_OR_EVIDENCE"));

        Fixtures.CLOCK.set(Instant.parse("2026-12-01T17:01:00Z"));
        watch.alertOverdueConcerns();
        watch.alertOverdueConcerns();
        var first = Fixtures.events(Topics.SUPPORT_CASES, s, "concern-overdue", 1, Duration.ofSeconds(20));
        assertThat(first).singleElement().satisfies(r -> assertThat(r.value()).contains("\"reason\":\"UNRESOLVED\"", "\"alertedRole\":\"cem\""));

        Fixtures.CLOCK.set(Instant.parse("2026-12-08T17:01:00Z"));
        watch.alertOverdueConcerns();
        watch.alertOverdueConcerns();
        var both = Fixtures.events(Topics.SUPPORT_CASES, s, "concern-overdue", 3, Duration.ofSeconds(8));
        assertThat(both).hasSize(2);
        assertThat(both.get(1).value()).contains("\"alertedRole\":\"senior-officer\"", "\"dueAt\":\"2026-12-08T17:00:00Z\"");
        assertThat(Fixtures.awaitMails(s.cemEmail(), "Concern overdue (UNRESOLVED)", 1)).hasSize(1);
        assertThat(Fixtures.awaitMails("ei-senior-officers@hants-ei.example", "Concern overdue (UNRESOLVED): PROCESS_OR_EVIDENCE – School "
                + s.urn(), 1)).hasSize(1);
    }

    @Test
    void aConcernCarriedIntoAComplaintIsSupportedToItsEnd() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-24T11:00:00Z"));
        School s = Fixtures.school();
        Fixtures.open(s, Fixtures.mondayNotice(s));
        String concern = log(s, s.sim(), CONDUCT);

        String complaint = given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"outcome\":\"COMPLAINT\",\"summary\":\"The head makes a formal complaint to Ofsted\"}")
                .when().post(s.path("/concerns/" + concern + "/closure")).then().statusCode(200)
                .body("outcome", equalTo("COMPLAINT")).body("complaintId", notNullValue())
                .extract().path("complaintId");
        given().auth().oauth2(s.ai()).contentType("application/json")
                .body("{\"step\":\"Formal complaint submitted to Ofsted\",\"at\":\"2026-11-24T10:30:00Z\"}")
                .when().post(s.path("/complaints/" + complaint + "/steps")).then().statusCode(200)
                .body("steps.step", hasItem("Formal complaint submitted to Ofsted"));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"outcome\":\"Partly upheld by Ofsted\"}")
                .when().post(s.path("/complaints/" + complaint + "/closure")).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedBy", equalTo(s.simEmail()));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"outcome\":\"again\"}")
                .when().post(s.path("/complaints/" + complaint + "/closure")).then().statusCode(409);
        assertThat(Fixtures.caseOf(s).getString("complaints[0].concernId")).isEqualTo(concern);
        assertThat(Fixtures.timeline(s).getList("entries.kind")).containsSubsequence("ConcernClosed", "ComplaintOpened",
                "ComplaintStepRecorded", "ComplaintClosed");
    }
}
