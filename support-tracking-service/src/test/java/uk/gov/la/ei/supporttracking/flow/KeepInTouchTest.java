package uk.gov.la.ei.supporttracking.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.contracts.events.AcknowledgementRecorded;
import uk.gov.la.ei.contracts.events.AssignmentReason;
import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.FederationPartner;
import uk.gov.la.ei.contracts.events.FederationSnapshot;
import uk.gov.la.ei.contracts.events.FeedbackRecorded;
import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.contracts.events.OutcomeBand;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.supporttracking.Fixtures;
import uk.gov.la.ei.supporttracking.Fixtures.School;
import uk.gov.la.ei.supporttracking.application.DeadlineWatch;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Issue items 1, 2 and 6: the plan made bespoke, the contacts log, missed points, and the context for the inspector call. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class KeepInTouchTest {

    @Inject
    DeadlineWatch watch;

    @AfterEach
    void realTime() {
        Fixtures.CLOCK.reset();
    }

    @Test
    void theSimAndAiAddMoveAndCancelPointsEachWithAReasonAndEveryChangeRecordsWhoMadeIt() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z"));
        School s = Fixtures.school();
        JsonPath c = Fixtures.open(s, Fixtures.mondayNotice(s));

        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"title\":\"Mid-morning check-in with the head\",\"dueAt\":\"2026-11-24T10:30:00Z\",\"owner\":\"SIM\"}")
                .when().post(s.path("/keep-in-touch-points")).then().statusCode(400).body("errors.field", hasItem("reason"));
        String added = given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"title\":\"Mid-morning check-in with the head\",\"dueAt\":\"2026-11-24T10:30:00Z\",\"owner\":\"SIM\","
                        + "\"reason\":\"the head asked for a call before lunch\"}")
                .when().post(s.path("/keep-in-touch-points")).then().statusCode(201)
                .body("status", equalTo("PLANNED")).body("origin", equalTo("ADDED")).body("createdBy", equalTo(s.simEmail()))
                .body("owner.email", equalTo(s.simEmail()))
                .extract().path("id");

        given().auth().oauth2(s.ai()).contentType("application/json")
                .body("{\"dueAt\":\"2026-11-24T11:00:00Z\",\"reason\":\"inspectors meet the head at 10:30\"}")
                .when().post(s.path("/keep-in-touch-points/" + added + "/move")).then().statusCode(200)
                .body("dueAt", equalTo("2026-11-24T11:00:00Z")).body("updatedBy", equalTo(s.aiEmail()));

        String visit = Fixtures.point(c, "AI_VISIT_BEFORE_START");
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"reason\":\"the head prefers a call\"}")
                .when().post(s.path("/keep-in-touch-points/" + visit + "/cancellation")).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelledBy", equalTo(s.simEmail()))
                .body("cancelledReason", equalTo("the head prefers a call"));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"reason\":\"again\"}")
                .when().post(s.path("/keep-in-touch-points/" + visit + "/cancellation")).then().statusCode(409);
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"reason\":\"x\"}")
                .when().post(s.path("/keep-in-touch-points/" + UUID.randomUUID() + "/cancellation")).then().statusCode(404);

        JsonPath t = Fixtures.timeline(s);
        assertThat(t.getList("entries.findAll { it.kind == 'KeepInTouchPointAdded' }.actor")).containsExactly(s.simEmail());
        assertThat(t.getString("entries.find { it.kind == 'KeepInTouchPointAdded' }.summary")).contains("the head asked for a call before lunch");
        assertThat(t.getList("entries.findAll { it.kind == 'KeepInTouchPointMoved' }.actor")).containsExactly(s.aiEmail());
        assertThat(t.getString("entries.find { it.kind == 'KeepInTouchPointCancelled' }.summary")).contains("the head prefers a call");
    }

    @Test
    void aContactIsRecordedAgainstAPointCompletingItOrOnItsOwn() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-24T15:00:00Z"));
        School s = Fixtures.school();
        JsonPath c = Fixtures.open(s, Fixtures.mondayNotice(s));
        String meeting = Fixtures.point(c, "LEAD_INSPECTOR_MEETING");

        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"withWhom\":\"A. Inspector (lead inspector)\",\"channel\":\"PHONE\",\"contactedAt\":\"2026-11-24T14:30:00Z\","
                        + "\"completesPoint\":true}")
                .when().post(s.path("/contacts")).then().statusCode(400).body("errors.field", hasItem("pointId"));
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"withWhom\":\"A. Inspector (lead inspector)\",\"channel\":\"PHONE\",\"contactedAt\":\"2026-11-24T14:30:00Z\","
                        + "\"notes\":\"Shared the context; inspector will meet governors\",\"pointId\":\"" + meeting + "\",\"completesPoint\":true}")
                .when().post(s.path("/contacts")).then().statusCode(201)
                .body("madeBy.email", equalTo(s.simEmail())).body("pointId", equalTo(meeting));
        given().auth().oauth2(s.ai()).contentType("application/json")
                .body("{\"withWhom\":\"Chair of governors\",\"channel\":\"EMAIL\",\"contactedAt\":\"2026-11-24T14:45:00Z\"}")
                .when().post(s.path("/contacts")).then().statusCode(201)
                .body("madeBy.email", equalTo(s.aiEmail())).body("recordedBy", equalTo(s.aiEmail()));

        JsonPath after = Fixtures.caseOf(s);
        assertThat(after.getMap("keepInTouchPoints.find { it.kind == 'LEAD_INSPECTOR_MEETING' }"))
                .containsEntry("status", "DONE").containsEntry("doneAt", "2026-11-24T14:30:00Z").containsEntry("doneBy", s.simEmail())
                .containsEntry("late", false);
        assertThat(after.getList("contactLog.withWhom")).containsExactly("A. Inspector (lead inspector)", "Chair of governors");
        given().auth().oauth2(Fixtures.SENIOR).when().get(s.path("/contacts")).then().statusCode(200)
                .body("channel", equalTo(List.of("PHONE", "EMAIL")));
    }

    @Test
    void aMissedPointAlertsTheSimOnceAndTheCemOnceIfItIsStillOpenLater() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z"));
        School s = Fixtures.school();
        Fixtures.open(s, Fixtures.mondayNotice(s));
        Fixtures.publish(new AcknowledgementRecorded(s.inspectionId(), s.urn(), new Person("Sam Sim", s.simEmail()), "Helen Head",
                Instant.parse("2026-11-23T12:20:00Z"), "FULL", List.of(), false));
        Fixtures.awaitCase(s, j -> "DONE".equals(j.getString("keepInTouchPoints.find { it.kind == 'INITIAL_CONTACT' }.status")));

        // the end-of-day-1 call was due at 18:30 on Tuesday 24th
        Fixtures.CLOCK.set(Instant.parse("2026-11-24T18:31:00Z"));
        watch.alertMissedPoints();
        watch.alertMissedPoints();
        assertThat(Fixtures.events(Topics.SUPPORT_CASES, s, "keep-in-touch-point-missed", 1, Duration.ofSeconds(20)).stream()
                .filter(r -> r.value().contains("END_OF_DAY_ONE_CALL")).toList())
                .singleElement().satisfies(r -> assertThat(r.value()).contains("\"alertedRole\":\"sim\""));
        assertThat(Fixtures.awaitMails(s.simEmail(), "Keep-in-touch point missed: End-of-day-1", 1)).hasSize(1);
        assertThat(Fixtures.mailsTo(s.cemEmail(), "Keep-in-touch point missed: End-of-day-1")).isEmpty();
        JsonPath missed = Fixtures.caseOf(s);
        assertThat(missed.getString("keepInTouchPoints.find { it.kind == 'END_OF_DAY_ONE_CALL' }.status")).isEqualTo("MISSED");

        // still open two hours later: the CEM
        Fixtures.CLOCK.set(Instant.parse("2026-11-24T20:31:00Z"));
        watch.alertMissedPoints();
        watch.alertMissedPoints();
        var endOfDay = Fixtures.events(Topics.SUPPORT_CASES, s, "keep-in-touch-point-missed", 6, Duration.ofSeconds(10)).stream()
                .filter(r -> r.value().contains("END_OF_DAY_ONE_CALL")).toList();
        assertThat(endOfDay).hasSize(2);
        assertThat(endOfDay.stream().filter(r -> r.value().contains("\"alertedRole\":\"cem\""))).hasSize(1);
        assertThat(Fixtures.awaitMails(s.cemEmail(), "Keep-in-touch point missed: End-of-day-1", 1)).hasSize(1);
        assertThat(Fixtures.mailsTo(s.simEmail(), "Keep-in-touch point missed: End-of-day-1")).hasSize(1);
        // the optional AI visit before the start is the SIM's own call: never the CEM's
        var visit = Fixtures.events(Topics.SUPPORT_CASES, s, "keep-in-touch-point-missed", 6, Duration.ofSeconds(3)).stream()
                .filter(r -> r.value().contains("AI_VISIT_BEFORE_START")).toList();
        assertThat(visit).singleElement().satisfies(r -> assertThat(r.value()).contains("\"alertedRole\":\"sim\""));

        given().auth().oauth2(s.sim()).when().get("/api/v1/alerts").then().statusCode(200)
                .body("missedPoints.title", hasItem("End-of-day-1 call with the headteacher: the areas of focus for day 2 (H§4)"));
        given().auth().oauth2(Fixtures.OTHER_SIM).when().get("/api/v1/alerts").then().statusCode(200)
                .body("missedPoints.findAll { it.inspectionId == '" + s.inspectionId() + "' }.size()", equalTo(0));

        String call = Fixtures.point(missed, "END_OF_DAY_ONE_CALL");
        given().auth().oauth2(s.ai()).contentType("application/json").body("{\"doneAt\":\"2026-11-24T19:10:00Z\",\"notes\":\"spoke at last\"}")
                .when().post(s.path("/keep-in-touch-points/" + call + "/completion")).then().statusCode(200)
                .body("status", equalTo("DONE")).body("late", equalTo(true)).body("doneBy", equalTo(s.aiEmail()));
    }

    @Test
    void theReminderForTheCallWithTheLeadInspectorCarriesTheContextTheSimNeeds() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z"));
        School s = Fixtures.school();
        String partnerUrn = String.valueOf(6_000_000 + (int) (Math.random() * 999_999));
        String partnershipUrn = String.valueOf(6_000_000 + (int) (Math.random() * 999_999));
        Fixtures.publish(new FeedbackRecorded(UUID.randomUUID(), UUID.randomUUID(), partnerUrn, "graded-eif-2024", 1, 1, "EIF_2024", "GRADED",
                Map.of("overall", "REQUIRES_IMPROVEMENT"), OutcomeBand.REQUIRES_IMPROVEMENT, "EFFECTIVE", true, CategoryOfConcern.NONE,
                false, false, false, false, new Person("An Adviser", "an.adviser@hants-ei.example"), Instant.parse("2026-03-05T16:00:00Z")));
        FederationSnapshot federation = new FederationSnapshot("F-" + s.urn(), "Test Valley Federation", "HARD",
                new Person("Eve Exec", "eve.exec@school.example"),
                List.of(new FederationPartner(partnerUrn, "Partner Primary", "10999999", LocalDate.parse("2026-03-03"), "ACKNOWLEDGED", false)),
                false);
        Fixtures.open(s, Fixtures.assigned(s, Involvement.FULL, LocalDate.parse("2026-11-24"), 2, Instant.parse("2026-11-23T12:04:00Z"),
                Instant.parse("2026-11-23T17:00:00Z"), AssignmentReason.NOTIFIED, federation));

        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"categorisationYear\":\"last year\",\"partnerUrns\":[\"12\"]}")
                .when().put(s.path("/context")).then().statusCode(400)
                .body("errors.field", hasItem("categorisationYear"))
                .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith("partnerUrns")));
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"categorisationYear\":\"2025/26\",\"leadershipTurbulence\":\"Acting head since September; deputy on long-term leave\","
                        + "\"communityEvent\":\"The death of a pupil in October\",\"partnershipName\":\"Test Valley Learning Partnership\","
                        + "\"partnerUrns\":[\"" + partnershipUrn + "\"]}")
                .when().put(s.path("/context")).then().statusCode(200)
                .body("categorisationYear", equalTo("2025/26")).body("updatedBy", equalTo(s.simEmail()));

        await().atMost(Duration.ofSeconds(20)).until(() -> "REQUIRES_IMPROVEMENT".equals(given().auth().oauth2(s.ai())
                .when().get(s.path("/context")).then().extract().path("federation.partners[0].latestOutcome.outcomeBand")));
        given().auth().oauth2(s.ai()).when().get(s.path("/context")).then().statusCode(200)
                .body("laCategorisation", equalTo("GOOD"))
                .body("federation.name", equalTo("Test Valley Federation"))
                .body("federation.executiveHeadteacher.name", equalTo("Eve Exec"))
                .body("federation.partners[0].latestStartDate", equalTo("2026-03-03"))
                .body("partnership.name", equalTo("Test Valley Learning Partnership"))
                .body("partnership.partners[0].urn", equalTo(partnershipUrn))
                .body("leadershipTurbulence", equalTo("Acting head since September; deputy on long-term leave"))
                .body("communityEvent", equalTo("The death of a pupil in October"));

        // an hour before the SIM's call to the inspector (due 17:00 on the notice day)
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T16:00:00Z"));
        watch.sendReminders();
        watch.sendReminders();
        var reminders = Fixtures.awaitMails(s.simEmail(), "Reminder: SIM's call to the lead inspector", 1);
        assertThat(reminders).singleElement().satisfies(m -> assertThat(m.body()).contains("GOOD (2025/26)", "Eve Exec",
                "Partner Primary", "REQUIRES_IMPROVEMENT", "Acting head since September", "The death of a pupil in October",
                "Test Valley Learning Partnership", "A. Inspector"));
        var aiReminder = Fixtures.awaitMails(s.aiEmail(), "Reminder: Attached inspector's visit", 1);
        assertThat(aiReminder).singleElement().satisfies(m -> assertThat(m.body()).doesNotContain("Leadership turbulence"));
    }
}
