package uk.gov.la.ei.feedback.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.la.ei.feedback.Fixtures;
import uk.gov.la.ei.feedback.Fixtures.Inspection;
import uk.gov.la.ei.feedback.Fixtures.TemplateCase;
import uk.gov.la.ei.feedback.TestClock;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every template: a complete record is accepted and submitted; each kind of bad field is refused with a
 * 400 problem naming the field (validation against the template, H§4), and nothing is submitted.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class TemplateRecordsTest {

    /** One inspection (and its draft) per template for the refusals: a refused change leaves nothing behind. */
    private static final Map<String, String> DRAFTS = new ConcurrentHashMap<>();

    static List<TemplateCase> templates() {
        return Fixtures.templates();
    }

    @BeforeEach
    void afterTheInspection() {
        TestClock.CLOCK.set(TestClock.AFTER_THE_INSPECTION);
    }

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    @Test
    void theTemplatesAreListedWithTheirVersionsAndJudgements() {
        given().when().get("/api/v1/templates").then().statusCode(401);
        given().auth().oauth2(Fixtures.GOVERNOR_SERVICES).when().get("/api/v1/templates").then().statusCode(200)
                .body("id", hasItems("eif-2024-graded", "eif-2024-ungraded", "renewed-2025-report-card", "monitoring-visit"))
                .body("find { it.id == 'eif-2024-graded' && it.version == 1 }.latest", equalTo(false))
                .body("find { it.id == 'eif-2024-graded' && it.version == 2 }.latest", equalTo(true))
                .body("find { it.id == 'renewed-2025-report-card' }.judgements", hasItems("inclusion", "earlyYears", "post16", "safeguarding"));
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/templates/renewed-2025-report-card").then().statusCode(200)
                .body("scales.find { it.id == 'report-card' }.grades.find { it.code == 'NEEDS_ATTENTION' }.band", equalTo("REQUIRES_IMPROVEMENT"))
                .body("questions.conductConcerns.label", containsString("conduct of the inspection team"));
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/templates/eif-2024-graded/versions/1").then().statusCode(200)
                .body("judgements.key", hasItem("overallEffectiveness"));
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/templates/eif-2024-graded/versions/7").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @ParameterizedTest(name = "{0}: a complete record is submitted")
    @MethodSource("templates")
    void aCompleteRecordIsSubmitted(TemplateCase t) {
        Inspection i = Fixtures.inspection(t.type(), t.framework(), "GOOD");
        String id = given().auth().oauth2(Fixtures.AI).contentType("application/json")
                .body(Fixtures.start(i, t, t.content()))
                .when().post("/api/v1/feedback").then().statusCode(201)
                .header("Location", containsString("/api/v1/feedback/"))
                .body("state", equalTo("DRAFT"))
                .body("template.id", equalTo(t.templateId()))
                .body("template.version", equalTo(t.version()))
                .extract().path("feedbackId");
        given().auth().oauth2(Fixtures.AI).when().post("/api/v1/feedback/" + id + "/submission").then().statusCode(200)
                .body("state", equalTo("SUBMITTED"))
                .body("currentVersion", equalTo(1))
                .body("content.judgements." + t.required().get(0) + ".grade", equalTo(t.goodGrade()))
                .body("outcome.safeguardingEffective", equalTo(true))
                .body("versions", hasSize(1))
                .body("versions[0].recordedBy", equalTo(Fixtures.AI_EMAIL));
    }

    @Test
    void withoutATemplateTheLatestVersionOfTheOneForTheInspectionsTypeAndFrameworkIsUsed() {
        Inspection graded = Fixtures.inspection("GRADED", "EIF_2024", "GOOD");
        given().auth().oauth2(Fixtures.SIM).contentType("application/json").body(Map.of("inspectionId", graded.id().toString()))
                .when().post("/api/v1/feedback").then().statusCode(201)
                .body("template.id", equalTo("eif-2024-graded")).body("template.version", equalTo(2));
        Inspection urgent = Fixtures.inspection("URGENT", "RENEWED_2025", "GOOD");
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/inspections/" + urgent.id() + "/feedback-template").then()
                .statusCode(200).body("id", equalTo("renewed-2025-report-card"));
    }

    // ---- refusals, one kind of bad field at a time, for every template

    private static String draft(TemplateCase t) {
        return DRAFTS.computeIfAbsent(t.toString(), k -> {
            Inspection i = Fixtures.inspection(t.type(), t.framework(), "GOOD");
            return given().auth().oauth2(Fixtures.SIM).contentType("application/json").body(Fixtures.start(i, t, null))
                    .when().post("/api/v1/feedback").then().statusCode(201).extract().path("feedbackId");
        });
    }

    /** Puts {@code content} in the template's draft: 200, or the refusal. */
    private static ValidatableResponse put(TemplateCase t, Map<String, Object> content) {
        return given().auth().oauth2(Fixtures.SIM).contentType("application/json").body(content)
                .when().put("/api/v1/feedback/" + draft(t)).then();
    }

    /** Puts {@code content} (which a draft may hold) and submits it: the submission's answer. */
    private static ValidatableResponse submit(TemplateCase t, Map<String, Object> content) {
        put(t, content).statusCode(200);
        ValidatableResponse r = given().auth().oauth2(Fixtures.SIM).when().post("/api/v1/feedback/" + draft(t) + "/submission").then();
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/feedback/" + draft(t)).then().body("state", equalTo("DRAFT"));
        return r;
    }

    private static void refused(ValidatableResponse r, String... fields) {
        r.statusCode(400).contentType(startsWith("application/problem+json"));
        for (String field : fields) {
            r.body("errors.field", hasItem(field));
        }
    }

    @ParameterizedTest(name = "{0}: a required judgement missing")
    @MethodSource("templates")
    void aRequiredJudgementMissingIsNamed(TemplateCase t) {
        Map<String, Object> c = t.content();
        Fixtures.judgements(c).remove(t.required().get(t.required().size() - 1));
        refused(submit(t, c), "judgements." + t.required().get(t.required().size() - 1));
    }

    @ParameterizedTest(name = "{0}: safeguarding missing")
    @MethodSource("templates")
    void safeguardingMissingIsNamed(TemplateCase t) {
        Map<String, Object> c = t.content();
        Fixtures.judgements(c).remove(t.safeguardingKey());
        refused(submit(t, c), "judgements." + t.safeguardingKey());
    }

    @ParameterizedTest(name = "{0}: a grade not on the scale")
    @MethodSource("templates")
    void aGradeNotOnTheJudgementsScaleIsNamed(TemplateCase t) {
        Map<String, Object> c = t.content();
        Fixtures.judgements(c).put(t.required().get(0), Fixtures.judgement("SATISFACTORY"));
        Fixtures.judgements(c).put(t.safeguardingKey(), Fixtures.judgement("MOSTLY"));
        refused(put(t, c), "judgements." + t.required().get(0) + ".grade", "judgements." + t.safeguardingKey() + ".grade");
    }

    @ParameterizedTest(name = "{0}: a judgement the template does not have")
    @MethodSource("templates")
    void aJudgementTheTemplateDoesNotHaveIsNamed(TemplateCase t) {
        Map<String, Object> c = t.content();
        Fixtures.judgements(c).put("overallGrade", Fixtures.judgement(t.goodGrade()));
        refused(put(t, c), "judgements.overallGrade");
    }

    @ParameterizedTest(name = "{0}: reasons clear not answered, or unclear without saying why")
    @MethodSource("templates")
    void whetherTheReasonsWereClearIsRequired(TemplateCase t) {
        Map<String, Object> c = t.content();
        Fixtures.judgements(c).put(t.required().get(0), Map.of("grade", t.goodGrade()));
        Fixtures.judgements(c).put(t.safeguardingKey(), Map.of("grade", t.safeguardingOk(), "reasonsClear", false));
        refused(submit(t, c), "judgements." + t.required().get(0) + ".reasonsClear", "judgements." + t.safeguardingKey() + ".comment");
    }

    @ParameterizedTest(name = "{0}: the questions every template asks unanswered")
    @MethodSource("templates")
    void theQuestionsEveryTemplateAsksAreRequired(TemplateCase t) {
        Map<String, Object> c = t.content();
        c.remove("feedbackMeetingOn");
        c.put("attendance", Map.of("la", List.of(), "school", List.of()));
        c.remove("keyFeedback");
        c.put("conductConcerns", Map.of());
        c.remove("signposting");
        c.put("nextSteps", "  ");
        refused(submit(t, c), "feedbackMeetingOn", "attendance.la", "attendance.school", "keyFeedback",
                "conductConcerns.raised", "signposting.needed", "nextSteps");
    }

    @ParameterizedTest(name = "{0}: conduct concerns without details")
    @MethodSource("templates")
    void conductConcernsRaisedWithoutDetailsAreNamed(TemplateCase t) {
        Map<String, Object> c = t.content();
        c.put("conductConcerns", Map.of("raised", true));
        refused(submit(t, c), "conductConcerns.details");
    }

    @ParameterizedTest(name = "{0}: a category of concern the template does not have")
    @MethodSource("templates")
    void aCategoryOfConcernTheTemplateDoesNotHaveIsNamed(TemplateCase t) {
        Map<String, Object> c = t.content();
        c.put("categoryOfConcern", "NOTICE_TO_IMPROVE");
        refused(put(t, c), "categoryOfConcern");
    }

    @ParameterizedTest(name = "{0}: free text at its limit and one past")
    @MethodSource("templates")
    void freeTextIsBoundedAndTheLimitIsNamed(TemplateCase t) {
        Map<String, Object> c = t.content();
        c.put("keyFeedback", "k".repeat(8000));
        c.put("nextSteps", "n".repeat(4000));
        Fixtures.judgements(c).put(t.required().get(0), Map.of("grade", t.goodGrade(), "reasonsClear", false, "comment", "c".repeat(2000)));
        put(t, c).statusCode(200).body("content.keyFeedback.length()", equalTo(8000));
        c.put("keyFeedback", "k".repeat(8001));
        c.put("nextSteps", "n".repeat(4001));
        Fixtures.judgements(c).put(t.required().get(0), Map.of("grade", t.goodGrade(), "reasonsClear", false, "comment", "c".repeat(2001)));
        refused(put(t, c), "keyFeedback", "nextSteps");
        c.put("keyFeedback", "k".repeat(8000));
        c.put("nextSteps", "n".repeat(4000));
        refused(put(t, c), "judgements." + t.required().get(0) + ".comment");
    }

    @ParameterizedTest(name = "{0}: an answer to a question the template does not ask")
    @MethodSource("templates")
    void anAnswerToAQuestionTheTemplateDoesNotAskIsNamed(TemplateCase t) {
        Map<String, Object> c = t.content();
        c.put("answers", Map.of("favouriteSubject", "Art"));
        refused(put(t, c), "answers.favouriteSubject");
    }

    @Test
    void theMonitoringTemplatesOwnRequiredQuestionIsNamed() {
        Map<String, Object> c = Fixtures.MONITORING.content();
        c.put("answers", Map.of("readyToLeaveCategory", "NO"));
        refused(submit(Fixtures.MONITORING, c), "answers.focus");
        c.put("answers", Map.of("focus", "Reading", "readyToLeaveCategory", "MAYBE"));
        refused(put(Fixtures.MONITORING, c), "answers.readyToLeaveCategory");
    }

    @Test
    void aRecordOnTheOldVersionKeepsItsJudgementsAndTheNewVersionRefusesThem() {
        Map<String, Object> c = Fixtures.GRADED_V1.content();
        put(Fixtures.GRADED_V2, c).statusCode(400).body("errors.field", hasItem("judgements.overallEffectiveness"));
        put(Fixtures.GRADED_V1, c).statusCode(200).body("template.version", equalTo(1))
                .body("content.judgements.overallEffectiveness.grade", equalTo("GOOD"));
    }

    @Test
    void everyFieldAtItsLimitIsKeptAndOnePastItIsNamed() {
        TemplateCase t = Fixtures.REPORT_CARD;
        Map<String, Object> c = t.content();
        List<Map<String, String>> twenty = java.util.stream.IntStream.range(0, 20)
                .mapToObj(n -> Map.of("name", "n".repeat(200), "role", "r".repeat(100))).toList();
        c.put("attendance", Map.of("la", twenty, "school", twenty));
        c.put("conductConcerns", Map.of("raised", true, "details", "d".repeat(4000)));
        c.put("signposting", Map.of("needed", true, "notes", "s".repeat(2000)));
        put(t, c).statusCode(200)
                .body("content.attendance.la.size()", equalTo(20))
                .body("content.attendance.school[19].name.length()", equalTo(200))
                .body("content.conductConcerns.details.length()", equalTo(4000))
                .body("content.signposting.notes.length()", equalTo(2000));

        List<Map<String, String>> tooMany = new java.util.ArrayList<>(twenty);
        tooMany.add(Map.of("name", "One more", "role", "Governor"));
        c.put("attendance", Map.of("la", tooMany, "school", List.of(Map.of("name", "n".repeat(201), "role", "r".repeat(101)))));
        c.put("conductConcerns", Map.of("raised", true, "details", "d".repeat(4001)));
        c.put("signposting", Map.of("needed", true, "notes", "s".repeat(2001)));
        c.put("categoryOfConcern", "C".repeat(41));
        refused(put(t, c), "attendance.la", "attendance.school[0].name", "attendance.school[0].role",
                "conductConcerns.details", "signposting.notes", "categoryOfConcern");

        Map<String, Object> monitoring = Fixtures.MONITORING.content();
        monitoring.put("answers", Map.of("focus", "f".repeat(4000)));
        put(Fixtures.MONITORING, monitoring).statusCode(200);
        monitoring.put("answers", Map.of("focus", "f".repeat(4001)));
        refused(put(Fixtures.MONITORING, monitoring), "answers.focus");
        monitoring.put("answers", Map.of("q".repeat(41), "Yes"));
        refused(put(Fixtures.MONITORING, monitoring), "answers");

        Inspection i = Fixtures.inspection("GRADED", "RENEWED_2025", "GOOD");
        Map<String, Object> start = Fixtures.start(i, t, null);
        start.put("templateId", "t".repeat(61));
        refused(given().auth().oauth2(Fixtures.SIM).contentType("application/json").body(start)
                .when().post("/api/v1/feedback").then(), "templateId");
        start.put("templateId", "t".repeat(60));
        given().auth().oauth2(Fixtures.SIM).contentType("application/json").body(start)
                .when().post("/api/v1/feedback").then().statusCode(400).body("errors[0].field", equalTo("templateId"))
                .body("errors[0].message", containsString("no template"));
    }
}
