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
import uk.gov.la.ei.contracts.events.ContactsAssigned;
import uk.gov.la.ei.contracts.events.InspectionRescheduled;
import uk.gov.la.ei.contracts.events.InspectionWithdrawn;
import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.contracts.events.KeepInTouchTime;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.supporttracking.Fixtures;
import uk.gov.la.ei.supporttracking.Fixtures.School;
import uk.gov.la.ei.supporttracking.application.DeadlineWatch;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.gov.la.ei.supporttracking.Fixtures.london;

/** Issue item 1: ContactsAssigned opens the case with the default plan; later facts update it, never a second case. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class CaseOpeningTest {

    @Inject
    DeadlineWatch watch;

    @AfterEach
    void realTime() {
        Fixtures.CLOCK.reset();
    }

    private static Map<String, Object> point(JsonPath c, String kind) {
        return c.getMap("keepInTouchPoints.find { it.kind == '" + kind + "' }");
    }

    @Test
    void aContactsAssignedOpensOneCaseWhosePlanMatchesFullInvolvementAndTheStartDate() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z"));
        School s = Fixtures.school();

        JsonPath c = Fixtures.open(s, Fixtures.mondayNotice(s));

        assertThat(c.getString("state")).isEqualTo("OPEN");
        assertThat(c.getString("involvement")).isEqualTo("FULL");
        assertThat(c.getString("lastDay")).isEqualTo("2026-11-25");
        assertThat(c.getList("keepInTouchPoints.kind")).containsExactlyInAnyOrder("INITIAL_CONTACT", "AI_VISIT_BEFORE_START",
                "SIM_CALL_TO_INSPECTOR", "LEAD_INSPECTOR_MEETING", "END_OF_DAY_ONE_CALL", "FINAL_FEEDBACK");
        assertThat(point(c, "INITIAL_CONTACT")).containsEntry("dueAt", "2026-11-23T17:00:00Z").containsEntry("ownerRole", "SIM")
                .containsEntry("status", "PLANNED");
        assertThat(c.getString("keepInTouchPoints.find { it.kind == 'INITIAL_CONTACT' }.owner.email")).isEqualTo(s.simEmail());
        assertThat(point(c, "AI_VISIT_BEFORE_START")).containsEntry("dueAt", "2026-11-23T17:00:00Z").containsEntry("optional", true)
                .containsEntry("ownerRole", "ATTACHED_INSPECTOR");
        assertThat(c.getString("keepInTouchPoints.find { it.kind == 'AI_VISIT_BEFORE_START' }.owner.email")).isEqualTo(s.aiEmail());
        assertThat(point(c, "LEAD_INSPECTOR_MEETING")).containsEntry("dueAt", "2026-11-24T17:00:00Z");
        assertThat(point(c, "END_OF_DAY_ONE_CALL")).containsEntry("dueAt", "2026-11-24T18:30:00Z");
        assertThat(point(c, "FINAL_FEEDBACK")).containsEntry("dueAt", "2026-11-25T18:00:00Z");

        var opened = Fixtures.events(Topics.SUPPORT_CASES, s, "support-case-opened", 1, Duration.ofSeconds(20));
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).key()).isEqualTo(s.urn());
        assertThat(opened.get(0).value()).contains("\"keepInTouchPoints\":6");

        // contacts change: ContactsAssigned again (REASSIGNED) with another AI is an upsert, never a second case
        ContactsAssigned first = Fixtures.mondayNotice(s);
        Fixtures.publish(new ContactsAssigned(first.inspectionId(), first.noticeId(), first.urn(), first.schoolName(), first.category(),
                first.phase(), first.district(), first.laCategorisation(), first.involvement(), true, first.sim(),
                new Person("New Adviser", "new-" + s.aiEmail()), first.cem(), first.shmi(), first.headteacher(), first.ofstedReference(),
                first.inspectionType(), first.framework(), first.notifiedAt(), first.startDate(), first.expectedDays(), first.leadInspector(),
                first.acknowledgementDue(), null, AssignmentReason.REASSIGNED));
        JsonPath after = Fixtures.awaitCase(s, j -> ("new-" + s.aiEmail()).equals(
                j.getString("keepInTouchPoints.find { it.kind == 'END_OF_DAY_ONE_CALL' }.owner.email")));
        assertThat(after.getString("caseId")).isEqualTo(c.getString("caseId"));
        assertThat(after.getList("keepInTouchPoints")).hasSize(6);
        given().auth().oauth2(Fixtures.SENIOR).when().get("/api/v1/support-cases?urn=" + s.urn()).then().statusCode(200)
                .body("total", equalTo(1));
        assertThat(Fixtures.events(Topics.SUPPORT_CASES, s, "support-case-opened", 2, Duration.ofSeconds(5))).hasSize(1);
        assertThat(Fixtures.timeline(s).getList("entries.kind")).contains("ContactsAssigned", "SupportCaseOpened", "PlanUpdated");
    }

    @Test
    void aCaseStartingOnTheTuesdayAfterABankHolidayMondayIsPlannedOnWorkingDays() {
        Fixtures.CLOCK.set(Instant.parse("2026-05-22T10:30:00Z"));
        School s = Fixtures.school();
        // Monday 25 May 2026 is the Spring bank holiday: notified on Friday 22nd for Tuesday 26th
        JsonPath c = Fixtures.open(s, Fixtures.assigned(s, Involvement.FULL, LocalDate.parse("2026-05-26"), 2,
                london("2026-05-22T11:00"), london("2026-05-22T17:00"), AssignmentReason.NOTIFIED, null));

        assertThat(c.getString("lastDay")).isEqualTo("2026-05-27");
        assertThat(point(c, "AI_VISIT_BEFORE_START")).containsEntry("dueAt", "2026-05-22T16:00:00Z");
        assertThat(point(c, "SIM_CALL_TO_INSPECTOR")).containsEntry("dueAt", "2026-05-22T16:00:00Z");
        assertThat(point(c, "LEAD_INSPECTOR_MEETING")).containsEntry("dueAt", "2026-05-26T16:00:00Z");
        assertThat(point(c, "END_OF_DAY_ONE_CALL")).containsEntry("dueAt", "2026-05-26T17:30:00Z");
        assertThat(point(c, "FINAL_FEEDBACK")).containsEntry("dueAt", "2026-05-27T17:00:00Z");
    }

    @Test
    void anAcademyIsOfferedSupportAndTheTimesAgreedWhenItAcceptsBecomeItsPlan() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z"));
        School s = Fixtures.school();
        JsonPath c = Fixtures.open(s, Fixtures.assigned(s, Involvement.OFFER_SUPPORT, LocalDate.parse("2026-11-24"), 2,
                Instant.parse("2026-11-23T12:04:00Z"), Instant.parse("2026-11-23T17:00:00Z"), AssignmentReason.NOTIFIED, null));
        assertThat(c.getList("keepInTouchPoints.kind")).containsExactly("INITIAL_CONTACT");

        Fixtures.publish(new AcknowledgementRecorded(s.inspectionId(), s.urn(), new Person("Sam Sim", s.simEmail()), "Mr P. Principal",
                Instant.parse("2026-11-23T12:20:00Z"), "OFFER_ACCEPTED",
                List.of(new KeepInTouchTime("Call the principal at the end of day 1", LocalDateTime.parse("2026-11-24T17:00"), s.simEmail())),
                false));

        JsonPath after = Fixtures.awaitCase(s, j -> j.getList("keepInTouchPoints").size() == 2);
        assertThat(point(after, "INITIAL_CONTACT")).containsEntry("status", "DONE").containsEntry("doneBy", s.simEmail())
                .containsEntry("late", false);
        assertThat(point(after, "AGREED")).containsEntry("title", "Call the principal at the end of day 1")
                .containsEntry("dueAt", "2026-11-24T17:00:00Z").containsEntry("ownerRole", "SIM");
        assertThat(after.getList("contactLog.withWhom")).containsExactly("Mr P. Principal");
    }

    @Test
    void anUnknownUrnIsActedOnItsInitialContactIsTheCemsAndAMissIsTheCemsAtOnce() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z"));
        School s = Fixtures.school();
        JsonPath c = Fixtures.open(s, Fixtures.assigned(s, Involvement.UNKNOWN_SCHOOL, LocalDate.parse("2026-11-24"), 2,
                Instant.parse("2026-11-23T12:04:00Z"), Instant.parse("2026-11-23T17:00:00Z"), AssignmentReason.NOTIFIED, null));

        assertThat(c.getList("keepInTouchPoints.kind")).containsExactly("INITIAL_CONTACT");
        assertThat(point(c, "INITIAL_CONTACT")).containsEntry("ownerRole", "CEM");
        assertThat(c.getString("keepInTouchPoints[0].owner.email")).isEqualTo(s.cemEmail());

        // no SIM to tell: a miss goes to the CEM at once, and only once
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T17:01:00Z"));
        watch.alertMissedPoints();
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T19:30:00Z"));
        watch.alertMissedPoints();
        assertThat(Fixtures.events(Topics.SUPPORT_CASES, s, "keep-in-touch-point-missed", 2, Duration.ofSeconds(10)))
                .singleElement().satisfies(r -> assertThat(r.value()).contains("\"alertedRole\":\"cem\"", "INITIAL_CONTACT"));
        assertThat(Fixtures.awaitMails(s.cemEmail(), "Keep-in-touch point missed: Initial contact", 1)).hasSize(1);
    }

    @Test
    void aRescheduleMovesTheOpenPointsAndAFreshAcknowledgementDeadlineReopensTheInitialContact() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z"));
        School s = Fixtures.school();
        Fixtures.open(s, Fixtures.mondayNotice(s));
        Fixtures.publish(new AcknowledgementRecorded(s.inspectionId(), s.urn(), new Person("Sam Sim", s.simEmail()), "Helen Head",
                Instant.parse("2026-11-23T12:20:00Z"), "FULL", List.of(), false));
        Fixtures.awaitCase(s, j -> "DONE".equals(j.getString("keepInTouchPoints.find { it.kind == 'INITIAL_CONTACT' }.status")));

        Fixtures.publish(new InspectionRescheduled(s.inspectionId(), "notice-2", s.urn(), "1" + s.urn(), LocalDate.parse("2026-11-24"),
                LocalDate.parse("2026-12-01"), 2, Instant.parse("2026-11-30T17:00:00Z")));

        JsonPath c = Fixtures.awaitCase(s, j -> "2026-12-01".equals(j.getString("startDate")));
        assertThat(point(c, "INITIAL_CONTACT")).containsEntry("status", "PLANNED").containsEntry("dueAt", "2026-11-30T17:00:00Z");
        assertThat(point(c, "LEAD_INSPECTOR_MEETING")).containsEntry("dueAt", "2026-12-01T17:00:00Z");
        assertThat(point(c, "FINAL_FEEDBACK")).containsEntry("dueAt", "2026-12-02T18:00:00Z");
        assertThat(point(c, "AI_VISIT_BEFORE_START")).containsEntry("dueAt", "2026-11-30T17:00:00Z");
        assertThat(Fixtures.timeline(s).getList("entries.kind")).contains("InspectionRescheduled", "PlanUpdated");
    }

    @Test
    void aWithdrawalCancelsTheOpenPointsAndKeepsTheCaseAndANewNoticeReopensTheSameCase() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z"));
        School s = Fixtures.school();
        JsonPath opened = Fixtures.open(s, Fixtures.mondayNotice(s));

        Fixtures.publish(new InspectionWithdrawn(s.inspectionId(), "notice-w", s.urn(), "1" + s.urn(), Instant.parse("2026-11-23T13:00:00Z")));
        JsonPath c = Fixtures.awaitCase(s, j -> "WITHDRAWN".equals(j.getString("state")));
        assertThat(c.getList("keepInTouchPoints.status")).containsOnly("CANCELLED");
        assertThat(c.getList("keepInTouchPoints.cancelledReason")).containsOnly("inspection withdrawn by Ofsted");
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"title\":\"Call\",\"dueAt\":\"2026-11-24T10:00:00Z\",\"reason\":\"asked\"}")
                .when().post(s.path("/keep-in-touch-points")).then().statusCode(409);

        ContactsAssigned again = Fixtures.assigned(s, Involvement.FULL, LocalDate.parse("2026-11-24"), 2,
                Instant.parse("2026-11-23T13:30:00Z"), Instant.parse("2026-11-23T17:30:00Z"), AssignmentReason.RENOTIFIED, null);
        Fixtures.publish(again);
        JsonPath reopened = Fixtures.awaitCase(s, j -> "OPEN".equals(j.getString("state")));
        assertThat(reopened.getString("caseId")).isEqualTo(opened.getString("caseId"));
        assertThat(point(reopened, "INITIAL_CONTACT")).containsEntry("status", "PLANNED").containsEntry("dueAt", "2026-11-23T17:30:00Z");
        assertThat(point(reopened, "FINAL_FEEDBACK")).containsEntry("status", "PLANNED");
        assertThat(Fixtures.timeline(s).getList("entries.kind")).contains("InspectionWithdrawn", "PlanCancelled", "SupportCaseReopened");
        assertThat(Fixtures.events(Topics.SUPPORT_CASES, s, "support-case-opened", 2, Duration.ofSeconds(3))).hasSize(1);
    }
}
