package uk.gov.la.ei.supporttracking.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.events.AcknowledgementRecorded;
import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.OutcomeBand;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.contracts.events.WellbeingReferralOpened;
import uk.gov.la.ei.contracts.events.WellbeingSignposted;
import uk.gov.la.ei.contracts.events.WellbeingTrigger;
import uk.gov.la.ei.supporttracking.Fixtures;
import uk.gov.la.ei.supporttracking.Fixtures.School;
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issue item 8: one timeline of every event about the inspection from all four services, in order, with who and when. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class TimelineTest {

    @AfterEach
    void realTime() {
        Fixtures.CLOCK.reset();
    }

    @Test
    void theTimelineOfAnInspectionDrivenThroughNoticeConcernEscalationAndFeedbackShowsEveryStepFromEveryService() {
        School s = Fixtures.school();
        // notification-service: the notice acted on and acknowledged
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T12:10:00Z"));
        Fixtures.open(s, Fixtures.mondayNotice(s));
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T12:25:00Z"));
        Fixtures.publish(new AcknowledgementRecorded(s.inspectionId(), s.urn(), new Person("Sam Sim", s.simEmail()), "Helen Head",
                Instant.parse("2026-11-23T12:20:00Z"), "FULL", List.of(), false));
        Fixtures.awaitCase(s, j -> "DONE".equals(j.getString("keepInTouchPoints.find { it.kind == 'INITIAL_CONTACT' }.status")));

        // support-tracking: a concern on day 1, escalated to the region's SHMI
        Fixtures.CLOCK.set(Instant.parse("2026-11-24T11:00:00Z"));
        String concern = given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"category\":\"LEADER_WELLBEING\",\"summary\":\"The head is distressed by the tone of the meeting\","
                        + "\"raisedBy\":\"Helen Head\",\"raisedWithInspector\":true}")
                .when().post(s.path("/concerns")).then().statusCode(201).extract().path("id");
        String escalation = given().auth().oauth2(s.sim()).contentType("application/json").body("{\"level\":\"SHMI\",\"channel\":\"PHONE\"}")
                .when().post(s.path("/concerns/" + concern + "/escalations")).then().statusCode(201).extract().path("escalations[0].id");
        // wellbeing-service acts on the concern
        UUID referral = UUID.randomUUID();
        Fixtures.publish(new WellbeingReferralOpened(referral, s.inspectionId(), s.urn(), WellbeingTrigger.LEADER_WELLBEING_CONCERN,
                Instant.parse("2026-11-24T11:05:00Z")));
        Fixtures.CLOCK.set(Instant.parse("2026-11-24T15:00:00Z"));
        given().auth().oauth2(s.cem()).contentType("application/json").body("{\"response\":\"The SHMI has spoken to the lead inspector\"}")
                .when().post(s.path("/concerns/" + concern + "/escalations/" + escalation + "/response")).then().statusCode(200);
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"outcome\":\"SHMI_ANSWERED\",\"summary\":\"Resolved by the SHMI\"}")
                .when().post(s.path("/concerns/" + concern + "/closure")).then().statusCode(200);

        // feedback-service: the final feedback, then the follow-up decided here
        Fixtures.CLOCK.set(Instant.parse("2026-11-25T18:00:00Z"));
        Fixtures.publish(FollowUpTest.feedback(s, UUID.randomUUID(), 1, OutcomeBand.GOOD, CategoryOfConcern.NONE, false, false, false));
        Fixtures.awaitCase(s, j -> j.getString("followUp.followUp") != null);
        Fixtures.CLOCK.set(Instant.parse("2026-11-26T09:30:00Z"));
        Fixtures.publish(new WellbeingSignposted(referral, s.inspectionId(), s.urn(), List.of("EPS", "HEADSUP4HTS"), "EMAIL",
                Instant.parse("2026-11-26T09:00:00Z")));

        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.timeline(s).getList("entries.kind").contains("WellbeingSignposted"));
        JsonPath t = Fixtures.timeline(s);
        List<Map<String, Object>> entries = t.getList("entries");
        assertThat(t.getList("entries.source")).contains("notification-service", "support-tracking-service", "feedback-service",
                "wellbeing-service");
        assertThat(t.getList("entries.kind")).containsSubsequence("ContactsAssigned", "SupportCaseOpened", "AcknowledgementRecorded",
                "ConcernLogged", "ConcernEscalated", "WellbeingReferralOpened", "EscalationAnswered", "ConcernClosed", "FeedbackRecorded",
                "FollowUpDecided", "WellbeingSignposted");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("at")).isNotNull();
            assertThat((String) e.get("actor")).isNotBlank();
        });
        List<Instant> times = entries.stream().map(e -> Instant.parse((String) e.get("at"))).toList();
        assertThat(times).isSorted();
        assertThat(t.getString("entries.find { it.kind == 'ContactsAssigned' }.at")).isEqualTo("2026-11-23T12:04:00Z");
        assertThat(t.getString("entries.find { it.kind == 'AcknowledgementRecorded' }.actor")).isEqualTo(s.simEmail());
        assertThat(t.getString("entries.find { it.kind == 'ConcernLogged' }.actor")).isEqualTo(s.simEmail());
        assertThat(t.getString("entries.find { it.kind == 'EscalationAnswered' }.actor")).isEqualTo(s.cemEmail());
        assertThat(t.getString("entries.find { it.kind == 'FeedbackRecorded' }.actor")).isEqualTo(s.aiEmail());
        assertThat(t.getString("entries.find { it.kind == 'WellbeingReferralOpened' }.summary")).contains("LEADER_WELLBEING_CONCERN");

        // the one place a senior officer reads the whole story; the school's own people read it too; nobody else
        given().auth().oauth2(s.ai()).when().get(s.path("/timeline")).then().statusCode(200);
        given().auth().oauth2(Fixtures.OTHER_SIM).when().get(s.path("/timeline")).then().statusCode(403);
        given().auth().oauth2(Fixtures.WELLBEING).when().get(s.path("/timeline")).then().statusCode(403);
        given().auth().oauth2(DevJwt.token("governors@hants-ei.example", "governor-services")).when().get(s.path("/timeline"))
                .then().statusCode(403);
        given().when().get(s.path("/timeline")).then().statusCode(401);
    }
}
