package uk.gov.la.ei.supporttracking.flow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.FeedbackRecorded;
import uk.gov.la.ei.contracts.events.OutcomeBand;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.contracts.events.UnexpectedOutcomeFlagged;
import uk.gov.la.ei.supporttracking.Fixtures;
import uk.gov.la.ei.supporttracking.Fixtures.School;
import uk.gov.la.ei.supporttracking.application.DeadlineWatch;
import uk.gov.la.ei.supporttracking.domain.AwaitingCase;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Issue item 5 (DOMAIN.md step 8; H§4 "After the inspection"; T§4–§5): the follow-up by rule, its clocks, the override. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class FollowUpTest {

    @Inject
    DeadlineWatch watch;

    @AfterEach
    void realTime() {
        Fixtures.CLOCK.reset();
    }

    static FeedbackRecorded feedback(School s, UUID feedbackId, int version, OutcomeBand band, CategoryOfConcern category,
                                     boolean adverse, boolean conduct, boolean unexpected) {
        return new FeedbackRecorded(feedbackId, s.inspectionId(), s.urn(), "report-card-2025", 1, version, "RENEWED_2025", "GRADED",
                Map.of("leadership and governance", band.name()), band, band == OutcomeBand.INADEQUATE ? "NOT_MET" : "MET",
                band != OutcomeBand.INADEQUATE, category, adverse, false, conduct, unexpected,
                new Person("Alex Adviser", s.aiEmail()), Instant.parse("2026-11-25T16:30:00Z"));
    }

    private static JsonPath awaitFollowUp(School s, String level) {
        return Fixtures.awaitCase(s, j -> level.equals(j.getString("followUp.followUp")));
    }

    @Test
    void aGoodOutcomeWithNoConcernsIsLightTouchAndAConcernLoggedLaterMakesItCombinedSupportWithAnInternalReview() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-25T18:00:00Z"));
        School s = Fixtures.school();
        Fixtures.open(s, Fixtures.mondayNotice(s));
        Fixtures.publish(feedback(s, UUID.randomUUID(), 1, OutcomeBand.GOOD, CategoryOfConcern.NONE, false, false, false));

        JsonPath c = awaitFollowUp(s, "LIGHT_TOUCH");
        assertThat(c.getList("followUp.rulesApplied")).containsExactly("NO_CONCERNS_LIGHT_TOUCH", "DRAFT_REPORT_FACTUAL_ACCURACY");
        assertThat(c.getBoolean("followUp.overridden")).isFalse();
        assertThat(c.getMap("keepInTouchPoints.find { it.kind == 'FOLLOW_UP' }"))
                .containsEntry("dueAt", "2026-11-30T17:00:00Z").containsEntry("ownerRole", "SIM").containsEntry("origin", "FOLLOW_UP");
        assertThat(c.getList("statutorySteps.step")).containsExactly("FACTUAL_ACCURACY_CHECK");
        assertThat(c.getString("statutorySteps[0].dueOn")).isNull();
        assertThat(c.getString("internalReview")).isNull();
        assertThat(Fixtures.events(Topics.SUPPORT_CASES, s, "follow-up-decided", 1, Duration.ofSeconds(20))).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"followUp\":\"LIGHT_TOUCH\"", "\"overridden\":false"));
        assertThat(Fixtures.awaitMails(s.simEmail(), "Follow-up decided: LIGHT_TOUCH", 1)).hasSize(1);

        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"category\":\"LEADER_WELLBEING\",\"summary\":\"The head called in tears the day after\",\"raisedBy\":\"Chair of governors\","
                        + "\"raisedWithInspector\":false}")
                .when().post(s.path("/concerns")).then().statusCode(201);
        JsonPath after = awaitFollowUp(s, "COMBINED_SUPPORT");
        assertThat(after.getList("keepInTouchPoints.findAll { it.kind == 'FOLLOW_UP' && it.status == 'PLANNED' }.title"))
                .hasSize(4).allSatisfy(t -> assertThat((String) t).startsWith("Check-in"));
        assertThat(after.getString("keepInTouchPoints.find { it.title.startsWith('Light-touch') }.status")).isEqualTo("CANCELLED");
        assertThat(after.getString("internalReview.reasons")).isEqualTo("1 concern(s) logged about the inspection");
        assertThat(Fixtures.events(Topics.SUPPORT_CASES, s, "internal-review-opened", 1, Duration.ofSeconds(20))).hasSize(1);
    }

    @Test
    void specialMeasuresOpenAProgrammeWhoseStatutoryClocksStartWhenThePublicationAndWarningNoticeAreRecorded() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-25T18:00:00Z"));
        School s = Fixtures.school();
        Fixtures.open(s, Fixtures.mondayNotice(s));
        Fixtures.publish(feedback(s, UUID.randomUUID(), 1, OutcomeBand.INADEQUATE, CategoryOfConcern.SPECIAL_MEASURES, true, false, false));

        JsonPath c = awaitFollowUp(s, "PROGRAMME_OF_SUPPORT");
        assertThat(c.getList("followUp.rulesApplied")).contains("INADEQUATE_PROGRAMME_OF_SUPPORT", "SPECIAL_MEASURES_STATUTORY_CLOCKS",
                "SAFEGUARDING_NOT_EFFECTIVE_PROGRAMME_OF_SUPPORT", "CONCERNS_OR_ADVERSE_OUTCOME_INTERNAL_REVIEW");
        assertThat(c.getList("statutorySteps.step")).containsExactlyInAnyOrder("STATEMENT_OF_ACTION", "RECOVERY_WITHIN_TWO_YEARS",
                "WARNING_NOTICE_COMPLIANCE", "FACTUAL_ACCURACY_CHECK");
        assertThat(c.getList("statutorySteps.dueOn")).containsOnlyNulls();
        assertThat(c.getString("internalReview.status")).isEqualTo("OPEN");
        assertThat(Fixtures.events(Topics.SUPPORT_CASES, s, "internal-review-opened", 1, Duration.ofSeconds(20))).hasSize(1);
        assertThat(Fixtures.awaitMails("ei-senior-officers@hants-ei.example", "Internal review opened – School " + s.urn(), 1)).hasSize(1);

        Fixtures.CLOCK.set(Instant.parse("2026-12-18T10:00:00Z"));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"reportPublishedOn\":\"2026-12-19\"}")
                .when().put(s.path("/report-dates")).then().statusCode(400).body("errors.field", hasItem("reportPublishedOn"));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"warningNoticeGivenOn\":\"2026-11-20\"}")
                .when().put(s.path("/report-dates")).then().statusCode(400).body("errors.field", hasItem("warningNoticeGivenOn"));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{}")
                .when().put(s.path("/report-dates")).then().statusCode(400).body("errors.field", hasItem("body"));
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"reportPublishedOn\":\"2026-12-18\",\"warningNoticeGivenOn\":\"2026-12-18\"}")
                .when().put(s.path("/report-dates")).then().statusCode(200)
                .body("reportDates.updatedBy", equalTo(s.simEmail()))
                .body("statutorySteps.find { it.step == 'STATEMENT_OF_ACTION' }.dueOn", equalTo("2027-01-06"))
                .body("statutorySteps.find { it.step == 'WARNING_NOTICE_COMPLIANCE' }.dueOn", equalTo("2027-01-13"))
                .body("statutorySteps.find { it.step == 'RECOVERY_WITHIN_TWO_YEARS' }.dueOn", equalTo("2028-12-18"))
                .body("statutorySteps.find { it.step == 'FACTUAL_ACCURACY_CHECK' }.dueOn", equalTo(null));
        var decided = Fixtures.events(Topics.SUPPORT_CASES, s, "follow-up-decided", 2, Duration.ofSeconds(20));
        assertThat(decided).hasSize(2);
        assertThat(decided.get(1).value()).contains("{\"step\":\"STATEMENT_OF_ACTION\",\"dueOn\":\"2027-01-06\"}");

        Fixtures.CLOCK.set(Instant.parse("2027-01-06T16:59:00Z"));
        watch.alertOverdueStatutorySteps();
        Fixtures.CLOCK.set(Instant.parse("2027-01-06T17:01:00Z"));
        watch.alertOverdueStatutorySteps();
        watch.alertOverdueStatutorySteps();
        assertThat(Fixtures.events(Topics.SUPPORT_CASES, s, "statutory-step-overdue", 1, Duration.ofSeconds(20))).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"step\":\"STATEMENT_OF_ACTION\"", "\"dueOn\":\"2027-01-06\""));
        assertThat(Fixtures.awaitMails(s.simEmail(), "Statutory step overdue: STATEMENT_OF_ACTION", 1)).hasSize(1);
        assertThat(Fixtures.awaitMails(s.cemEmail(), "Statutory step overdue: STATEMENT_OF_ACTION", 1)).hasSize(1);
        given().auth().oauth2(s.cem()).when().get("/api/v1/alerts").then().statusCode(200)
                .body("overdueStatutorySteps.findAll { it.inspectionId == '" + s.inspectionId() + "' }.step", hasItem("STATEMENT_OF_ACTION"));

        given().auth().oauth2(s.sim()).contentType("application/json").body("{}")
                .when().post(s.path("/statutory-steps/NOT_A_STEP/completion")).then().statusCode(400).body("errors.field", hasItem("step"));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"doneOn\":\"2027-01-06\",\"notes\":\"sent to the DfE and Ofsted\"}")
                .when().post(s.path("/statutory-steps/STATEMENT_OF_ACTION/completion")).then().statusCode(200)
                .body("doneBy", equalTo(s.simEmail()));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{}")
                .when().post(s.path("/statutory-steps/STATEMENT_OF_ACTION/completion")).then().statusCode(409);
        given().auth().oauth2(s.sim()).contentType("application/json").body("{}")
                .when().post(s.path("/statutory-steps/SIX_MONTH_REVIEW/completion")).then().statusCode(404);
    }

    @Test
    void overridingTheFollowUpNeedsAReasonIsTheSimsAndIsOnTheTimeline() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-25T18:00:00Z"));
        School s = Fixtures.school();
        Fixtures.open(s, Fixtures.mondayNotice(s));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"followUp\":\"COMBINED_SUPPORT\",\"reason\":\"early\"}")
                .when().put(s.path("/follow-up")).then().statusCode(409);
        UUID feedbackId = UUID.randomUUID();
        Fixtures.publish(feedback(s, feedbackId, 1, OutcomeBand.GOOD, CategoryOfConcern.NONE, false, false, false));
        awaitFollowUp(s, "LIGHT_TOUCH");

        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"followUp\":\"COMBINED_SUPPORT\"}")
                .when().put(s.path("/follow-up")).then().statusCode(400).body("errors.field", hasItem("reason"));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"followUp\":\"COMBINED_SUPPORT\",\"reason\":\"   \"}")
                .when().put(s.path("/follow-up")).then().statusCode(400).body("errors.field", hasItem("reason"));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"followUp\":\"SOMETHING\",\"reason\":\"x\"}")
                .when().put(s.path("/follow-up")).then().statusCode(400).body("errors.field", hasItem("followUp"));
        given().auth().oauth2(s.ai()).contentType("application/json").body("{\"followUp\":\"COMBINED_SUPPORT\",\"reason\":\"x\"}")
                .when().put(s.path("/follow-up")).then().statusCode(403);

        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"followUp\":\"COMBINED_SUPPORT\",\"reason\":\"The head is anxious after a difficult inspection\"}")
                .when().put(s.path("/follow-up")).then().statusCode(200)
                .body("followUp.followUp", equalTo("COMBINED_SUPPORT")).body("followUp.byRule", equalTo("LIGHT_TOUCH"))
                .body("followUp.overridden", equalTo(true)).body("followUp.decidedBy", equalTo(s.simEmail()))
                .body("keepInTouchPoints.findAll { it.kind == 'FOLLOW_UP' && it.status == 'PLANNED' }.size()", equalTo(4));

        JsonPath t = Fixtures.timeline(s);
        assertThat(t.getString("entries.find { it.kind == 'FollowUpOverridden' }.actor")).isEqualTo(s.simEmail());
        assertThat(t.getString("entries.find { it.kind == 'FollowUpOverridden' }.summary"))
                .contains("LIGHT_TOUCH", "COMBINED_SUPPORT", "The head is anxious after a difficult inspection");
        var decided = Fixtures.events(Topics.SUPPORT_CASES, s, "follow-up-decided", 2, Duration.ofSeconds(20));
        assertThat(decided).hasSize(2);
        assertThat(decided.get(1).value()).contains("\"followUp\":\"COMBINED_SUPPORT\"", "\"overridden\":true",
                "\"overrideReason\":\"The head is anxious after a difficult inspection\"");

        // a corrected feedback record (a new version) is decided again, and the SIM's override stands
        Fixtures.publish(feedback(s, feedbackId, 2, OutcomeBand.GOOD, CategoryOfConcern.NONE, false, true, false));
        JsonPath corrected = Fixtures.awaitCase(s, j -> j.getInt("followUp.feedbackRecordVersion") == 2);
        assertThat(corrected.getString("followUp.followUp")).isEqualTo("COMBINED_SUPPORT");
        assertThat(corrected.getBoolean("followUp.overridden")).isTrue();
        assertThat(corrected.getList("followUp.rulesApplied")).contains("CONDUCT_CONCERNS_COMPLAINT_SUPPORT");
        assertThat(corrected.getList("keepInTouchPoints.findAll { it.kind == 'FOLLOW_UP' && it.status == 'PLANNED' }.title"))
                .anyMatch(title -> ((String) title).contains("complaint"));
        // an older version arriving late changes nothing
        Fixtures.publish(feedback(s, feedbackId, 1, OutcomeBand.GOOD, CategoryOfConcern.NONE, false, false, false));
        assertThat(Fixtures.events(Topics.SUPPORT_CASES, s, "follow-up-decided", 4, Duration.ofSeconds(5))).hasSize(3);
    }

    @Test
    void anUnexpectedOutcomeOpensOneConcernAndTheFollowUpTakesItIn() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-25T18:00:00Z"));
        School s = Fixtures.school();
        Fixtures.open(s, Fixtures.mondayNotice(s));
        UUID feedbackId = UUID.randomUUID();
        UnexpectedOutcomeFlagged flagged = new UnexpectedOutcomeFlagged(feedbackId, s.inspectionId(), s.urn(), "GOOD",
                OutcomeBand.REQUIRES_IMPROVEMENT, Instant.parse("2026-11-25T16:31:00Z"));
        Fixtures.publish(flagged);
        Fixtures.publish(flagged);
        Fixtures.publish(feedback(s, feedbackId, 1, OutcomeBand.REQUIRES_IMPROVEMENT, CategoryOfConcern.NONE, false, false, true));

        JsonPath c = awaitFollowUp(s, "PROGRAMME_OF_SUPPORT");
        assertThat(c.getList("concerns")).hasSize(1);
        assertThat(c.getString("concerns[0].category")).isEqualTo("UNEXPECTED_OUTCOME");
        assertThat(c.getString("concerns[0].source")).isEqualTo("UNEXPECTED_OUTCOME_FLAGGED");
        assertThat(c.getString("concerns[0].feedbackId")).isEqualTo(feedbackId.toString());
        assertThat(c.getList("followUp.rulesApplied")).contains("REQUIRES_IMPROVEMENT_PROGRAMME_OF_SUPPORT",
                "CONCERNS_COMBINED_LA_AND_GOVERNORS_SUPPORT", "CONCERNS_OR_ADVERSE_OUTCOME_INTERNAL_REVIEW");
        assertThat(c.getString("internalReview.reasons")).contains("outcome worse than the LA's categorisation");
        assertThat(Fixtures.events(Topics.SUPPORT_CASES, s, "concern-logged", 2, Duration.ofSeconds(5))).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"category\":\"UNEXPECTED_OUTCOME\""));
        assertThat(Fixtures.awaitMails(s.cemEmail(), "Concern logged: UNEXPECTED_OUTCOME", 1)).hasSize(1);
    }

    @Test
    void feedbackThatArrivesBeforeItsCaseIsAppliedWhenTheCaseOpens() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-25T18:00:00Z"));
        School s = Fixtures.school();
        Fixtures.publish(feedback(s, UUID.randomUUID(), 1, OutcomeBand.GOOD, CategoryOfConcern.NONE, false, true, false));
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> AwaitingCase.count("inspectionId", s.inspectionId())) == 1);

        Fixtures.publish(Fixtures.mondayNotice(s));

        JsonPath c = awaitFollowUp(s, "COMBINED_SUPPORT");
        assertThat(c.getList("followUp.rulesApplied")).contains("CONDUCT_CONCERNS_COMPLAINT_SUPPORT");
        assertThat(QuarkusTransaction.requiringNew().call(() -> AwaitingCase.count("inspectionId", s.inspectionId()))).isZero();
        assertThat(Fixtures.awaitMails("ei-senior-officers@hants-ei.example", "Conduct concerns to share with Ofsted – School " + s.urn(), 1))
                .hasSize(1);
    }

    @Test
    void aLearningReviewIsInstigatedByEitherSideAndOnlyASeniorOfficerClosesTheInternalReview() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-25T18:00:00Z"));
        School s = Fixtures.school();
        Fixtures.open(s, Fixtures.mondayNotice(s));
        Fixtures.publish(feedback(s, UUID.randomUUID(), 1, OutcomeBand.INADEQUATE, CategoryOfConcern.SERIOUS_WEAKNESSES, true, false, false));
        String review = awaitFollowUp(s, "PROGRAMME_OF_SUPPORT").getString("internalReview.id");

        String learning = given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"instigatedBy\":\"SCHOOL\",\"reason\":\"The school questions the evidence base for the judgement\"}")
                .when().post(s.path("/learning-reviews")).then().statusCode(201)
                .body("status", equalTo("OPEN")).body("openedBy", equalTo(s.simEmail())).extract().path("id");
        given().auth().oauth2(Fixtures.SENIOR).contentType("application/json").body("{\"outcome\":\"Ofsted upheld the judgement\"}")
                .when().post(s.path("/learning-reviews/" + learning + "/closure")).then().statusCode(200).body("status", equalTo("CLOSED"));

        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"findings\":\"fine\"}")
                .when().post(s.path("/internal-reviews/" + review + "/closure")).then().statusCode(403);
        given().auth().oauth2(Fixtures.SENIOR).contentType("application/json")
                .body("{\"findings\":\"Support was timely; the SHMI escalation route worked\"}")
                .when().post(s.path("/internal-reviews/" + review + "/closure")).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedBy", equalTo("assistant.director@hants-ei.example"));
        JsonPath c = Fixtures.caseOf(s);
        assertThat(c.getList("statutorySteps.step")).contains("SIX_MONTH_REVIEW", "WARNING_NOTICE_COMPLIANCE",
                "WEAKNESSES_RESOLVED_WITHIN_ONE_YEAR");
        // the six-month review runs from the inspection itself: known at once
        assertThat(c.getString("statutorySteps.find { it.step == 'SIX_MONTH_REVIEW' }.dueOn")).isEqualTo("2027-05-25");
        assertThat(Fixtures.timeline(s).getList("entries.kind")).contains("LearningReviewOpened", "LearningReviewClosed",
                "InternalReviewOpened", "InternalReviewClosed");
    }
}
