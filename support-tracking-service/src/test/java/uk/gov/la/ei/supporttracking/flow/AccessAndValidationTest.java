package uk.gov.la.ei.supporttracking.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.supporttracking.Fixtures;
import uk.gov.la.ei.supporttracking.Fixtures.School;
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Issue item 7 (who may act) and the 400s naming the field for every kind of bad request body. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class AccessAndValidationTest {

    private static School school;
    private static String concern;

    @BeforeEach
    void aCase() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-24T11:00:00Z"));
        if (school == null) {
            school = Fixtures.school();
            Fixtures.open(school, Fixtures.mondayNotice(school));
            concern = given().auth().oauth2(school.sim()).contentType("application/json")
                    .body("{\"category\":\"OTHER\",\"summary\":\"s\",\"raisedBy\":\"r\",\"raisedWithInspector\":false}")
                    .when().post(school.path("/concerns")).then().statusCode(201).extract().path("id");
        }
    }

    @AfterEach
    void realTime() {
        Fixtures.CLOCK.reset();
    }

    /** An endpoint (its path template under the inspection), with a body that is valid, so that only who calls decides the answer. */
    record Call(String method, String template, String body, boolean read) {
        String path() {
            return school.path(template.replace("{concernId}", concern).replace("{pointId}", ANY).replace("{escalationId}", ANY)
                    .replace("{pauseId}", ANY).replace("{deferralId}", ANY).replace("{complaintId}", ANY).replace("{reviewId}", ANY)
                    .replace("{step}", "STATEMENT_OF_ACTION"));
        }

        Response as(String token) {
            var request = given().contentType("application/json");
            if (token != null) {
                request = request.auth().oauth2(token);
            }
            if (body != null) {
                request = request.body(body);
            }
            return request.when().request(method, path());
        }
    }

    private static final String ANY = UUID.randomUUID().toString();

    /** Every endpoint of an inspection's case (checked against the API description: a new one must be added here). */
    private static final List<Call> CALLS = List.of(
            new Call("GET", "/support-case", null, true),
            new Call("GET", "/context", null, true),
            new Call("GET", "/timeline", null, true),
            new Call("GET", "/contacts", null, true),
            new Call("PUT", "/context", "{\"leadershipTurbulence\":\"x\"}", false),
            new Call("POST", "/keep-in-touch-points", "{\"title\":\"t\",\"dueAt\":\"2026-11-25T10:00:00Z\",\"reason\":\"r\"}", false),
            new Call("POST", "/keep-in-touch-points/{pointId}/move", "{\"dueAt\":\"2026-11-25T10:00:00Z\",\"reason\":\"r\"}", false),
            new Call("POST", "/keep-in-touch-points/{pointId}/cancellation", "{\"reason\":\"r\"}", false),
            new Call("POST", "/keep-in-touch-points/{pointId}/completion", "{}", false),
            new Call("POST", "/contacts", "{\"withWhom\":\"w\",\"channel\":\"PHONE\",\"contactedAt\":\"2026-11-24T10:00:00Z\"}", false),
            new Call("POST", "/concerns", "{\"category\":\"OTHER\",\"summary\":\"s\",\"raisedBy\":\"r\",\"raisedWithInspector\":false}", false),
            new Call("POST", "/concerns/{concernId}/agreed-action", "{\"action\":\"a\"}", false),
            new Call("POST", "/concerns/{concernId}/escalations", "{\"level\":\"SHMI\",\"channel\":\"EMAIL\"}", false),
            new Call("POST", "/concerns/{concernId}/escalations/{escalationId}/response", "{\"response\":\"r\"}", false),
            new Call("POST", "/concerns/{concernId}/closure", "{\"outcome\":\"RESOLVED\",\"summary\":\"s\"}", false),
            new Call("POST", "/pauses", "{\"requestedBy\":\"h\",\"reason\":\"r\"}", false),
            new Call("POST", "/pauses/{pauseId}/decision", "{\"outcome\":\"REFUSED\"}", false),
            new Call("POST", "/deferrals", "{\"requestedBy\":\"h\",\"circumstances\":\"c\",\"criteriaConsidered\":[\"OTHER\"]}", false),
            new Call("POST", "/deferrals/{deferralId}/outcome", "{\"outcome\":\"REFUSED\"}", false),
            new Call("PUT", "/report-dates", "{\"draftReportReceivedOn\":\"2026-11-24\"}", false),
            new Call("PUT", "/follow-up", "{\"followUp\":\"LIGHT_TOUCH\",\"reason\":\"r\"}", false),
            new Call("POST", "/statutory-steps/{step}/completion", "{}", false),
            new Call("POST", "/complaints", "{\"summary\":\"s\"}", false),
            new Call("POST", "/complaints/{complaintId}/steps", "{\"step\":\"s\"}", false),
            new Call("POST", "/complaints/{complaintId}/closure", "{\"outcome\":\"o\"}", false),
            new Call("POST", "/learning-reviews", "{\"instigatedBy\":\"LA\",\"reason\":\"r\"}", false),
            new Call("POST", "/learning-reviews/{reviewId}/closure", "{\"outcome\":\"o\"}", false),
            new Call("POST", "/internal-reviews/{reviewId}/closure", "{\"findings\":\"f\"}", false));

    private static List<Call> calls() {
        return CALLS;
    }

    @Test
    void theTableCoversEveryEndpointOfTheCaseInTheApiDescription() {
        Map<String, Map<String, Object>> paths = given().auth().oauth2(Fixtures.OPS).accept("application/json")
                .when().get("/q/openapi").then().statusCode(200).extract().path("paths");
        Set<String> described = new TreeSet<>();
        paths.forEach((path, operations) -> {
            if (path.startsWith("/api/v1/inspections/{id}")) {
                operations.keySet().stream().filter(m -> List.of("get", "put", "post", "delete", "patch").contains(m))
                        .forEach(m -> described.add(m.toUpperCase() + " " + path.substring("/api/v1/inspections/{id}".length())));
            }
        });
        Set<String> tabled = new TreeSet<>();
        CALLS.forEach(c -> tabled.add(c.method() + " " + c.template()));
        assertThat(tabled).isEqualTo(described);
    }

    @Test
    void aSimOfAnotherSchoolGets403OnEveryEndpointOfTheCaseAndAnyoneWithoutATokenGets401() {
        for (Call c : calls()) {
            assertThat(c.as(Fixtures.OTHER_SIM).statusCode()).as("%s %s as another school's SIM", c.method(), c.path()).isEqualTo(403);
            assertThat(c.as(DevJwt.token("ai.elsewhere@hants-ei.example", "attached-inspector")).statusCode())
                    .as("%s %s as another school's AI", c.method(), c.path()).isEqualTo(403);
            assertThat(c.as(DevJwt.token("cem.elsewhere@hants-ei.example", "cem")).statusCode())
                    .as("%s %s as a CEM it is not routed to", c.method(), c.path()).isEqualTo(403);
            assertThat(c.as(Fixtures.WELLBEING).statusCode()).as("%s %s as a wellbeing officer", c.method(), c.path()).isEqualTo(403);
            assertThat(c.as(DevJwt.token("governors@hants-ei.example", "governor-services").toString()).statusCode())
                    .as("%s %s as governor services", c.method(), c.path()).isEqualTo(403);
            assertThat(c.as(null).statusCode()).as("%s %s without a token", c.method(), c.path()).isEqualTo(401);
        }
        given().auth().oauth2(Fixtures.OTHER_SIM).when().get("/api/v1/support-cases?urn=" + school.urn()).then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void seniorOfficersReadEveryCaseButActOnlyOnReviews() {
        for (Call c : calls()) {
            int status = c.as(Fixtures.SENIOR).statusCode();
            if (c.read()) {
                assertThat(status).as("%s %s as a senior officer", c.method(), c.path()).isEqualTo(200);
            } else if (c.template().equals("/learning-reviews")) {
                assertThat(status).as("%s %s as a senior officer", c.method(), c.path()).isEqualTo(201);
            } else if (c.template().contains("/internal-reviews/") || c.template().contains("/learning-reviews/")) {
                assertThat(status).as("%s %s as a senior officer", c.method(), c.path()).isEqualTo(404);
            } else {
                assertThat(status).as("%s %s as a senior officer", c.method(), c.path()).isEqualTo(403);
            }
        }
        given().auth().oauth2(Fixtures.SENIOR).when().get("/api/v1/support-cases?urn=" + school.urn()).then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
    }

    private static void badRequest(String method, String path, String body, String field) {
        var request = given().auth().oauth2(school.sim()).contentType("application/json");
        if (body != null) {
            request = request.body(body);
        }
        request.when().request(method, path).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void everyKindOfBadRequestBodyGetsA400NamingTheField() {
        School s = school;
        String points = s.path("/keep-in-touch-points");
        badRequest("POST", points, null, "body");
        badRequest("POST", points, "{\"title\":", "body");
        badRequest("POST", points, "[1,2]", "body");
        badRequest("POST", points, "{}", "title");
        badRequest("POST", points, "{}", "dueAt");
        badRequest("POST", points, "{}", "reason");
        badRequest("POST", points, "{\"title\":\"t\",\"dueAt\":\"tomorrow\",\"reason\":\"r\"}", "dueAt");
        badRequest("POST", points, "{\"title\":\"t\",\"dueAt\":\"2200-01-01T00:00:00Z\",\"reason\":\"r\"}", "dueAt");
        badRequest("POST", points, "{\"title\":\"t\",\"dueAt\":\"2026-11-25T10:00:00Z\",\"owner\":\"BOSS\",\"reason\":\"r\"}", "owner");
        badRequest("POST", points, "{\"title\":\"t\\u0000x\",\"dueAt\":\"2026-11-25T10:00:00Z\",\"reason\":\"r\"}", "title");
        badRequest("POST", points, "{\"title\":\"" + "t".repeat(301) + "\",\"dueAt\":\"2026-11-25T10:00:00Z\",\"reason\":\"r\"}", "title");
        badRequest("POST", points, "{\"title\":\"t\",\"dueAt\":\"2026-11-25T10:00:00Z\",\"reason\":\"" + "r".repeat(2001) + "\"}", "reason");
        badRequest("POST", points, "{\"title\":\"t\",\"dueAt\":\"2026-11-23T10:00:00Z\",\"reason\":\"r\"}", "dueAt");
        badRequest("POST", s.path("/keep-in-touch-points/not-a-uuid/move"), "{\"dueAt\":\"2026-11-25T10:00:00Z\",\"reason\":\"r\"}", "pointId");
        badRequest("POST", "/api/v1/inspections/not-a-uuid/keep-in-touch-points", "{\"title\":\"t\",\"dueAt\":\"2026-11-25T10:00:00Z\",\"reason\":\"r\"}", "id");

        String contacts = s.path("/contacts");
        badRequest("POST", contacts, "{\"withWhom\":\"w\",\"channel\":\"PIGEON\",\"contactedAt\":\"2026-11-24T10:00:00Z\"}", "channel");
        badRequest("POST", contacts, "{\"withWhom\":\"w\",\"channel\":\"PHONE\",\"contactedAt\":\"2026-11-24T10:00:00Z\",\"madeByEmail\":\"nobody\"}", "madeByEmail");
        badRequest("POST", contacts, "{\"channel\":\"PHONE\",\"contactedAt\":\"2026-11-24T10:00:00Z\"}", "withWhom");
        badRequest("POST", contacts, "{\"withWhom\":\"w\",\"channel\":\"PHONE\",\"contactedAt\":\"2026-11-30T10:00:00Z\"}", "contactedAt");
        badRequest("POST", contacts, "{\"withWhom\":\"w\",\"channel\":\"PHONE\",\"contactedAt\":\"2026-11-24T10:00:00Z\",\"pointId\":42}", "pointId");

        String concerns = s.path("/concerns");
        badRequest("POST", concerns, "{\"category\":\"RUDE\",\"summary\":\"s\",\"raisedBy\":\"r\",\"raisedWithInspector\":true}", "category");
        badRequest("POST", concerns, "{\"category\":\"OTHER\",\"summary\":\"s\",\"raisedBy\":\"r\",\"raisedWithInspector\":\"maybe\"}", "raisedWithInspector");
        badRequest("POST", concerns, "{\"category\":\"OTHER\",\"summary\":\"s\",\"raisedBy\":\"r\"}", "raisedWithInspector");
        badRequest("POST", concerns, "{\"category\":\"OTHER\",\"summary\":\"" + "s".repeat(4001) + "\",\"raisedBy\":\"r\",\"raisedWithInspector\":true}", "summary");
        badRequest("POST", concerns, "{\"category\":\"OTHER\",\"summary\":\"s\",\"raisedBy\":\"" + "r".repeat(201) + "\",\"raisedWithInspector\":true}", "raisedBy");
        badRequest("POST", s.path("/concerns/" + concern + "/escalations"), "{\"channel\":\"EMAIL\"}", "level");
        badRequest("POST", s.path("/concerns/" + concern + "/escalations"), "{\"level\":\"SHMI\",\"channel\":\"EMAIL\",\"to\":{\"email\":\"shmi\"}}", "to.email");
        badRequest("POST", s.path("/concerns/" + concern + "/escalations"), "{\"level\":\"SHMI\",\"channel\":\"EMAIL\",\"escalatedAt\":\"2026-11-20T10:00:00Z\"}", "escalatedAt");
        badRequest("POST", s.path("/concerns/" + concern + "/closure"), "{\"outcome\":\"FORGOTTEN\",\"summary\":\"s\"}", "outcome");
        badRequest("POST", s.path("/concerns/" + concern + "/closure"), "{\"outcome\":\"RESOLVED\"}", "summary");
        badRequest("POST", s.path("/concerns/" + concern + "/agreed-action"), "{\"action\":\"\"}", "action");

        badRequest("POST", s.path("/pauses"), "{\"requestedBy\":\"h\"}", "reason");
        badRequest("POST", s.path("/pauses/" + UUID.randomUUID() + "/decision"), "{\"outcome\":\"MAYBE\"}", "outcome");
        badRequest("POST", s.path("/deferrals"), "{\"requestedBy\":\"h\",\"circumstances\":\"c\",\"criteriaConsidered\":[\"BAD_WEATHER\"]}", "criteriaConsidered[0]");
        badRequest("POST", s.path("/deferrals"), "{\"requestedBy\":\"h\",\"circumstances\":\"c\",\"criteriaConsidered\":"
                + "[\"OTHER\",\"OTHER\",\"OTHER\",\"OTHER\",\"OTHER\",\"OTHER\",\"OTHER\"]}", "criteriaConsidered");
        badRequest("POST", s.path("/deferrals/" + UUID.randomUUID() + "/outcome"), "{\"outcome\":\"REQUESTED\"}", "outcome");
        badRequest("PUT", s.path("/report-dates"), "{\"reportPublishedOn\":\"31/12/2026\"}", "reportPublishedOn");
        badRequest("PUT", s.path("/follow-up"), "{\"followUp\":\"LIGHT_TOUCH\",\"reason\":\"" + "r".repeat(2001) + "\"}", "reason");
        badRequest("PUT", s.path("/context"), "{\"partnerUrns\":[" + "\"123456\",".repeat(20) + "\"123456\"]}", "partnerUrns");
        badRequest("PUT", s.path("/context"), "{\"leadershipTurbulence\":\"" + "x".repeat(4001) + "\"}", "leadershipTurbulence");
        badRequest("POST", s.path("/learning-reviews"), "{\"instigatedBy\":\"OFSTED\",\"reason\":\"r\"}", "instigatedBy");
        badRequest("POST", s.path("/complaints"), "{}", "summary");
        badRequest("POST", s.path("/complaints/" + UUID.randomUUID() + "/steps"), "{\"step\":\"" + "s".repeat(201) + "\"}", "step");
    }

    @Test
    void everyFieldAtItsMaximumIsAccepted() {
        School s = school;
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"title\":\"" + "t".repeat(300) + "\",\"dueAt\":\"2026-11-25T10:00:00Z\",\"reason\":\"" + "r".repeat(2000) + "\"}")
                .when().post(s.path("/keep-in-touch-points")).then().statusCode(201);
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"category\":\"OTHER\",\"summary\":\"" + "s".repeat(4000) + "\",\"raisedBy\":\"" + "r".repeat(200)
                        + "\",\"raisedWithInspector\":true,\"inspectorResponse\":\"" + "i".repeat(4000) + "\"}")
                .when().post(s.path("/concerns")).then().statusCode(201);
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"withWhom\":\"" + "w".repeat(300) + "\",\"madeByName\":\"" + "n".repeat(200) + "\",\"channel\":\"VISIT\","
                        + "\"contactedAt\":\"2026-11-24T10:00:00Z\",\"notes\":\"" + "n".repeat(4000) + "\"}")
                .when().post(s.path("/contacts")).then().statusCode(201);
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"categorisationYear\":\"2025/2026\",\"partnershipName\":\"" + "p".repeat(200) + "\",\"partnerUrns\":["
                        + "\"1234567\",".repeat(19) + "\"1234567\"],\"leadershipTurbulence\":\"" + "x".repeat(4000) + "\"}")
                .when().put(s.path("/context")).then().statusCode(200);
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"requestedBy\":\"" + "h".repeat(200) + "\",\"circumstances\":\"" + "c".repeat(4000) + "\",\"criteriaConsidered\":"
                        + "[\"SCHOOL_CLOSED\",\"MAJOR_INCIDENT\",\"HEADTEACHER_ABSENT\",\"SENIOR_LEADER_WELLBEING\",\"STRUCTURAL_CHANGE\",\"OTHER\"],"
                        + "\"requestedAt\":\"2026-11-23T16:00:00Z\"}")
                .when().post(s.path("/deferrals")).then().statusCode(201);
    }
}
