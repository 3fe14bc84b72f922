package uk.gov.la.ei.feedback.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.events.AcknowledgementRecorded;
import uk.gov.la.ei.contracts.events.ConcernCategory;
import uk.gov.la.ei.contracts.events.ConcernClosed;
import uk.gov.la.ei.contracts.events.ConcernEscalated;
import uk.gov.la.ei.contracts.events.ConcernLogged;
import uk.gov.la.ei.contracts.events.ConcernOutcome;
import uk.gov.la.ei.contracts.events.EscalationLevel;
import uk.gov.la.ei.contracts.events.InspectionWithdrawn;
import uk.gov.la.ei.contracts.events.KeepInTouchPointMissed;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.contracts.events.WellbeingReferralOpened;
import uk.gov.la.ei.contracts.events.WellbeingSignposted;
import uk.gov.la.ei.contracts.events.WellbeingTrigger;
import uk.gov.la.ei.feedback.Fixtures;
import uk.gov.la.ei.feedback.Fixtures.Inspection;
import uk.gov.la.ei.feedback.TestClock;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;
import uk.gov.la.ei.testinfra.TestEvents;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * DOMAIN.md step 11, H§4 "recorded and collated to inform future work and discussion with regional
 * HMIs": a seeded March 2031 – five inspections notified (one withdrawn), one the month after; concerns,
 * escalations, missed keep-in-touch points and referrals from the other services' events; feedback
 * recorded here – and the report's counts, in JSON and CSV.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class CollationTest {

    private static final String PERIOD = "from=2031-03-01&to=2031-03-31";
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"Click\")";
    private static Inspection graded;
    private static Inspection reportCard;
    private static Inspection ungraded;
    private static boolean seeded;

    @BeforeEach
    void inMarch2031() {
        TestClock.CLOCK.set(Instant.parse("2031-03-29T12:00:00Z"));
        if (!seeded) {
            seedMarch2031();
            seeded = true;
        }
    }

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    /** Once for the class (in the first test's set-up: the application and its port are ready then). */
    private static void seedMarch2031() {
        graded = Fixtures.inspection("GRADED", "EIF_2024", "GOOD", "Alresford Primary", at("2031-03-03T08:00:00Z"));
        reportCard = Fixtures.inspection("GRADED", "RENEWED_2025", "GOOD", "Bishop's Waltham Junior", at("2031-03-10T09:00:00Z"));
        ungraded = Fixtures.inspection("UNGRADED", "EIF_2024", "GOOD", FORMULA_NAME, at("2031-03-17T09:00:00Z"));
        Inspection monitoring = Fixtures.inspection("MONITORING", "RENEWED_2025", "REQUIRES_IMPROVEMENT", "Colden Common Primary",
                at("2031-03-24T09:00:00Z"));
        Inspection withdrawn = Fixtures.inspection("GRADED", "EIF_2024", "GOOD", "Droxford Junior", at("2031-03-25T09:00:00Z"));
        Inspection april = Fixtures.inspection("GRADED", "EIF_2024", "GOOD", "Easton Infants", at("2031-04-02T09:00:00Z"));

        Person sim = new Person("Mark Fenwick", Fixtures.SIM_EMAIL);
        TestEvents.publish(new AcknowledgementRecorded(graded.id(), graded.urn(), sim, "Head", at("2031-03-03T08:30:00Z"), "FULL", List.of(), false));
        TestEvents.publish(new AcknowledgementRecorded(reportCard.id(), reportCard.urn(), sim, "Head", at("2031-03-10T10:30:00Z"), "FULL", List.of(), true));
        TestEvents.publish(new AcknowledgementRecorded(ungraded.id(), ungraded.urn(), sim, "Head", at("2031-03-17T10:00:00Z"), "FULL", List.of(), false));
        TestEvents.publish(new AcknowledgementRecorded(april.id(), april.urn(), sim, "Head", at("2031-04-02T09:05:00Z"), "FULL", List.of(), false));
        TestEvents.publish(new InspectionWithdrawn(withdrawn.id(), "notice-w", withdrawn.urn(), "10" + withdrawn.urn(), at("2031-03-25T11:00:00Z")));

        UUID conduct = UUID.randomUUID();
        UUID evidence = UUID.randomUUID();
        UUID wellbeing = UUID.randomUUID();
        Person cem = new Person("Susan Hartley", Fixtures.CEM_EMAIL);
        Person shmi = new Person("A. Senior HMI", "shmi.south@ofsted.example");
        TestEvents.publish(new ConcernLogged(conduct, graded.id(), graded.urn(), ConcernCategory.INSPECTOR_CONDUCT,
                "Inspector raised voice at the SENCo", true, sim, at("2031-03-04T10:00:00Z")));
        TestEvents.publish(new ConcernEscalated(conduct, graded.id(), graded.urn(), EscalationLevel.CEM, cem, at("2031-03-04T12:00:00Z")));
        TestEvents.publish(new ConcernEscalated(conduct, graded.id(), graded.urn(), EscalationLevel.SHMI, shmi, at("2031-03-04T15:00:00Z")));
        TestEvents.publish(new ConcernClosed(conduct, graded.id(), graded.urn(), ConcernOutcome.SHMI_ANSWERED, "SHMI spoke to the lead inspector",
                at("2031-03-06T09:00:00Z")));
        TestEvents.publish(new ConcernLogged(evidence, reportCard.id(), reportCard.urn(), ConcernCategory.PROCESS_OR_EVIDENCE,
                "Evidence base for achievement", false, sim, at("2031-03-11T11:00:00Z")));
        TestEvents.publish(new ConcernEscalated(evidence, reportCard.id(), reportCard.urn(), EscalationLevel.SHMI, shmi, at("2031-03-11T16:00:00Z")));
        TestEvents.publish(new ConcernLogged(wellbeing, ungraded.id(), ungraded.urn(), ConcernCategory.LEADER_WELLBEING,
                "Head exhausted", true, sim, at("2031-03-18T09:00:00Z")));
        TestEvents.publish(new ConcernClosed(wellbeing, ungraded.id(), ungraded.urn(), ConcernOutcome.RESOLVED, "Supported", at("2031-03-18T17:00:00Z")));
        TestEvents.publish(new ConcernLogged(UUID.randomUUID(), april.id(), april.urn(), ConcernCategory.INSPECTOR_CONDUCT,
                "April: not this period", true, sim, at("2031-04-03T10:00:00Z")));

        UUID caseOne = UUID.randomUUID();
        TestEvents.publish(new KeepInTouchPointMissed(caseOne, graded.id(), graded.urn(), "End of day 1 call with the headteacher",
                sim, at("2031-03-04T16:30:00Z"), "SIM"));
        TestEvents.publish(new KeepInTouchPointMissed(caseOne, graded.id(), graded.urn(), "End of day 1 call with the headteacher",
                sim, at("2031-03-04T16:30:00Z"), "CEM"));
        TestEvents.publish(new KeepInTouchPointMissed(UUID.randomUUID(), reportCard.id(), reportCard.urn(), "=Attendance at the final feedback",
                sim, at("2031-03-12T15:00:00Z"), "SIM"));
        TestEvents.publish(new KeepInTouchPointMissed(UUID.randomUUID(), april.id(), april.urn(), "Initial contact",
                sim, at("2031-04-02T17:00:00Z"), "SIM"));

        UUID signposted = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        TestEvents.publish(new WellbeingReferralOpened(signposted, graded.id(), graded.urn(), WellbeingTrigger.FEEDBACK_SIGNPOSTING, at("2031-03-05T17:00:00Z")));
        TestEvents.publish(new WellbeingSignposted(signposted, graded.id(), graded.urn(), List.of("EPS", "HEADSUP4HTS"), "EMAIL", at("2031-03-06T10:00:00Z")));
        TestEvents.publish(new WellbeingReferralOpened(waiting, reportCard.id(), reportCard.urn(), WellbeingTrigger.UNEXPECTED_OUTCOME, at("2031-03-12T17:00:00Z")));

        // the final feedback, recorded here
        Map<String, Object> one = Fixtures.GRADED_V2.content();
        one.put("feedbackMeetingOn", "2031-03-05");
        one.put("conductConcerns", Map.of("raised", true, "details", "The school repeated its concern about the inspector's manner."));
        one.put("signposting", Map.of("needed", true, "notes", "Head asked about EPS"));
        submit(graded, Fixtures.GRADED_V2, one);
        Map<String, Object> two = Fixtures.REPORT_CARD.content();
        two.put("feedbackMeetingOn", "2031-03-12");
        Fixtures.judgements(two).put("achievement", Fixtures.judgement("NEEDS_ATTENTION"));
        two.put("signposting", Map.of("needed", true));
        submit(reportCard, Fixtures.REPORT_CARD, two);
        Map<String, Object> three = Fixtures.UNGRADED.content();
        three.put("feedbackMeetingOn", "2031-03-18");
        three.put("conductConcerns", Map.of("raised", true, "details", "Inspectors arrived an hour early and unannounced."));
        submit(ungraded, Fixtures.UNGRADED, three);
    }

    private static void submit(Inspection i, Fixtures.TemplateCase t, Map<String, Object> content) {
        String id = given().auth().oauth2(Fixtures.SIM).contentType("application/json").body(Fixtures.start(i, t, content))
                .when().post("/api/v1/feedback").then().statusCode(201).extract().path("feedbackId");
        given().auth().oauth2(Fixtures.SIM).when().post("/api/v1/feedback/" + id + "/submission").then().statusCode(200);
    }

    private static JsonPath report() {
        return given().auth().oauth2(Fixtures.SENIOR_OFFICER).accept("application/json")
                .when().get("/api/v1/reports/collation?" + PERIOD).then().statusCode(200).extract().jsonPath();
    }

    /** The other services' events are consumed asynchronously: wait until the last of each kind has arrived. */
    private static JsonPath settledReport() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonPath r = report();
            return r.getInt("inspections.withdrawn") == 1 && r.getInt("concerns.logged") == 3
                    && r.getInt("concerns.byCategory.LEADER_WELLBEING") == 1
                    && r.getInt("escalationsToShmi.byOutcome.SHMI_ANSWERED") == 1
                    && r.getInt("keepInTouchPointsMissed.missed") == 2 && r.getInt("signposting.referralsOpened") == 2
                    && r.getInt("signposting.referralsSignposted") == 1 && r.getInt("acknowledgement.acknowledged") == 3;
        });
        return report();
    }

    @Test
    void theReportCountsThePeriodsInspectionsConcernsEscalationsAcknowledgementsMissedPointsAndSignposting() {
        JsonPath r = settledReport();
        assertThat(r.getString("from")).isEqualTo("2031-03-01");
        assertThat(r.getString("to")).isEqualTo("2031-03-31");

        assertThat(r.getInt("inspections.notified")).isEqualTo(4);
        assertThat(r.getInt("inspections.withdrawn")).isEqualTo(1);
        assertThat(r.getInt("inspections.feedbackRecorded")).isEqualTo(3);
        assertThat(r.getInt("inspections.adverse")).isEqualTo(1);
        assertThat(r.getInt("inspections.unexpectedOutcomes")).isEqualTo(1);
        assertThat(r.getInt("inspections.safeguardingNotEffective")).isEqualTo(0);
        assertThat(r.getList("inspections.byTypeAndOutcome", Map.class)).containsExactly(
                Map.of("inspectionType", "GRADED", "outcome", "GOOD", "count", 1),
                Map.of("inspectionType", "GRADED", "outcome", "REQUIRES_IMPROVEMENT", "count", 1),
                Map.of("inspectionType", "MONITORING", "outcome", "NO_FEEDBACK", "count", 1),
                Map.of("inspectionType", "UNGRADED", "outcome", "GOOD", "count", 1));

        assertThat(r.getInt("concerns.logged")).isEqualTo(3);
        assertThat(r.getMap("concerns.byCategory", String.class, Integer.class)).containsOnly(
                Map.entry("INSPECTOR_CONDUCT", 1), Map.entry("UNEXPECTED_OUTCOME", 0), Map.entry("PROCESS_OR_EVIDENCE", 1),
                Map.entry("SAFEGUARDING", 0), Map.entry("LEADER_WELLBEING", 1), Map.entry("OTHER", 0));

        assertThat(r.getInt("conductConcerns.loggedDuringInspection")).isEqualTo(1);
        assertThat(r.getInt("conductConcerns.raisedAtFeedback")).isEqualTo(2);
        assertThat(r.getList("conductConcerns.schools.schoolName")).containsExactly("Alresford Primary", "Alresford Primary", FORMULA_NAME);
        assertThat(r.getList("conductConcerns.schools.source")).containsExactly("CONCERN", "FEEDBACK", "FEEDBACK");

        assertThat(r.getInt("escalationsToShmi.escalated")).isEqualTo(2);
        assertThat(r.getMap("escalationsToShmi.byOutcome", String.class, Integer.class)).containsOnly(
                Map.entry("RESOLVED", 0), Map.entry("SHMI_ANSWERED", 1), Map.entry("COMPLAINT", 0), Map.entry("OPEN", 1));
        assertThat(r.getList("escalationsToShmi.escalations.schoolName")).containsExactly("Alresford Primary", "Bishop's Waltham Junior");

        assertThat(r.getInt("acknowledgement.notified")).isEqualTo(4);
        assertThat(r.getInt("acknowledgement.acknowledged")).isEqualTo(3);
        assertThat(r.getInt("acknowledgement.acknowledgedLate")).isEqualTo(1);
        assertThat(r.getInt("acknowledgement.notAcknowledged")).isEqualTo(1);
        assertThat(r.getInt("acknowledgement.medianMinutes")).isEqualTo(60);
        assertThat(r.getString("acknowledgement.median")).isEqualTo("PT1H");

        assertThat(r.getInt("keepInTouchPointsMissed.missed")).isEqualTo(2);
        assertThat(r.getMap("keepInTouchPointsMissed.byPoint", String.class, Integer.class)).containsOnly(
                Map.entry("=Attendance at the final feedback", 1), Map.entry("End of day 1 call with the headteacher", 1));

        assertThat(r.getInt("signposting.leadersFlagged")).isEqualTo(2);
        assertThat(r.getInt("signposting.flaggedAndSignposted")).isEqualTo(1);
        assertThat(r.getDouble("signposting.share")).isEqualTo(0.5);
        assertThat(r.getInt("signposting.referralsOpened")).isEqualTo(2);
        assertThat(r.getInt("signposting.referralsSignposted")).isEqualTo(1);
    }

    @Test
    void theSameReportAsCsvHasTheSameCountsAndNoCellASpreadsheetWouldRunAsAFormula() throws IOException {
        settledReport();
        String csv = given().auth().oauth2(Fixtures.SENIOR_OFFICER).accept("text/csv")
                .when().get("/api/v1/reports/collation?" + PERIOD).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"collation-2031-03-01-to-2031-03-31.csv\""))
                .extract().asString();
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            assertThat(parser.getHeaderNames()).containsExactly("section", "measure", "breakdown", "urn", "school", "value");
            rows = parser.getRecords();
        }
        assertThat(value(rows, "inspections", "notified", "")).isEqualTo("4");
        assertThat(value(rows, "inspections", "withdrawn", "")).isEqualTo("1");
        assertThat(value(rows, "inspections by type and outcome", "GRADED", "REQUIRES_IMPROVEMENT")).isEqualTo("1");
        assertThat(value(rows, "inspections by type and outcome", "MONITORING", "NO_FEEDBACK")).isEqualTo("1");
        assertThat(value(rows, "concerns by category", "logged", "INSPECTOR_CONDUCT")).isEqualTo("1");
        assertThat(value(rows, "concerns by category", "logged", "SAFEGUARDING")).isEqualTo("0");
        assertThat(value(rows, "conduct concerns", "raised at the final feedback", "")).isEqualTo("2");
        assertThat(value(rows, "escalations to SHMI by outcome", "escalated", "OPEN")).isEqualTo("1");
        assertThat(value(rows, "acknowledgement", "median time to acknowledge (minutes)", "")).isEqualTo("60");
        assertThat(value(rows, "keep-in-touch points missed", "missed", "")).isEqualTo("2");
        assertThat(value(rows, "signposting", "share signposted", "")).isEqualTo("0.5");

        // names from outside: a formula is shown as text, never run
        assertThat(value(rows, "keep-in-touch points missed by point", "missed", "'=Attendance at the final feedback")).isEqualTo("1");
        assertThat(rows).noneMatch(row -> row.stream().anyMatch(cell -> !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0));
        assertThat(rows).anyMatch(row -> row.get("section").equals("conduct concern") && row.get("school").equals("'" + FORMULA_NAME)
                && row.get("urn").equals(ungraded.urn()));
        assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void aSchoolNameThatLooksLikeAFormulaIsEscapedWhereverItAppears() {
        settledReport();
        String csv = given().auth().oauth2(Fixtures.SENIOR_OFFICER).accept("text/csv")
                .when().get("/api/v1/reports/collation?from=2031-03-17&to=2031-03-18").then().statusCode(200).extract().asString();
        assertThat(csv).contains("'=HYPERLINK");
        given().auth().oauth2(Fixtures.SENIOR_OFFICER).accept("application/json")
                .when().get("/api/v1/reports/collation?from=2031-03-17&to=2031-03-18").then().statusCode(200)
                .body("inspections.notified", equalTo(1))
                .body("concerns.byCategory.LEADER_WELLBEING", equalTo(1));
    }

    @Test
    void theReportIsForSeniorOfficersAndItsPeriodIsChecked() {
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/reports/collation?" + PERIOD).then().statusCode(403);
        given().auth().oauth2(Fixtures.GOVERNOR_SERVICES).when().get("/api/v1/reports/collation?" + PERIOD).then().statusCode(403);
        given().when().get("/api/v1/reports/collation?" + PERIOD).then().statusCode(401);
        given().auth().oauth2(Fixtures.SENIOR_OFFICER).accept("application/json")
                .when().get("/api/v1/reports/collation?from=2031-03-31&to=2031-03-01").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("to"));
        given().auth().oauth2(Fixtures.SENIOR_OFFICER).accept("application/json")
                .when().get("/api/v1/reports/collation?from=March&to=").then().statusCode(400)
                .body("errors.field", hasItem("from")).body("errors.field", hasItem("to"));
        given().auth().oauth2(Fixtures.SENIOR_OFFICER).accept("application/json")
                .when().get("/api/v1/reports/collation?from=2020-01-01&to=2031-01-01").then().statusCode(400);
    }

    private static String value(List<CSVRecord> rows, String section, String measure, String breakdown) {
        return rows.stream().filter(r -> r.get("section").equals(section) && r.get("measure").equals(measure)
                        && r.get("breakdown").equals(breakdown))
                .map(r -> r.get("value")).findFirst().orElseThrow(() -> new AssertionError("no row " + section + " / " + measure + " / " + breakdown));
    }

    @Test
    void anInspectionNotifiedAgainAfterAWithdrawalIsAcknowledgedAfreshFromTheNewNotice() {
        Inspection first = Fixtures.inspection("GRADED", "EIF_2024", "GOOD", "Fair Oak Infants", at("2031-06-02T09:00:00Z"));
        Person sim = new Person("Mark Fenwick", Fixtures.SIM_EMAIL);
        TestEvents.publish(new AcknowledgementRecorded(first.id(), first.urn(), sim, "Head", at("2031-06-02T09:30:00Z"), "FULL", List.of(), false));
        Inspection again = new Inspection(first.id(), first.urn(), first.schoolName(), first.type(), first.framework(), at("2031-06-09T09:00:00Z"));
        TestEvents.publish(Fixtures.contactsAssigned(again, "GOOD", true, uk.gov.la.ei.contracts.events.AssignmentReason.RENOTIFIED));
        String june = "/api/v1/reports/collation?from=2031-06-01&to=2031-06-30";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Fixtures.SENIOR_OFFICER).accept("application/json")
                .when().get(june).then().statusCode(200)
                .body("acknowledgement.notified", equalTo(1))
                .body("acknowledgement.acknowledged", equalTo(0))
                .body("acknowledgement.notAcknowledged", equalTo(1)));
        TestEvents.publish(new AcknowledgementRecorded(first.id(), first.urn(), sim, "Head", at("2031-06-09T09:45:00Z"), "FULL", List.of(), false));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Fixtures.SENIOR_OFFICER).accept("application/json")
                .when().get(june).then().statusCode(200)
                .body("acknowledgement.acknowledged", equalTo(1))
                .body("acknowledgement.medianMinutes", equalTo(45)));
    }
}
