package uk.gov.la.ei.notification.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class NoticeOverHttpTest {

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
    }

    @Test
    void aPublisherPostsANoticeAndTheSameEventAgainIsNoSecondInspection() {
        String body = Fixtures.notified("116123", Fixtures.newReference());
        String id = given().auth().oauth2(Fixtures.PUBLISHER).contentType("application/cloudevents+json").body(body)
                .when().post("/api/v1/notices").then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/inspections/"))
                .body("result", equalTo("CREATED"))
                .extract().path("inspectionId");
        given().auth().oauth2(Fixtures.PUBLISHER).contentType("application/cloudevents+json").body(body)
                .when().post("/api/v1/notices").then()
                .statusCode(200)
                .body("result", equalTo("REPEATED"))
                .body("inspectionId", equalTo(id));
    }

    @Test
    void aBadNoticeIsA400ProblemNamingTheField() {
        String body = Fixtures.notified("116123", Fixtures.newReference()).replace("\"116123\"", "\"1161\"");
        given().auth().oauth2(Fixtures.PUBLISHER).contentType("application/cloudevents+json").body(body)
                .when().post("/api/v1/notices").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("data.urn"));
        given().auth().oauth2(Fixtures.PUBLISHER).contentType("application/cloudevents+json").body("{oops")
                .when().post("/api/v1/notices").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void withdrawingAnInspectionNeverNotifiedIsAConflict() {
        given().auth().oauth2(Fixtures.PUBLISHER).contentType("application/cloudevents+json")
                .body(Fixtures.notice("withdrawn", Fixtures.newId(), "116123", Fixtures.newReference(), "2026-11-24"))
                .when().post("/api/v1/notices").then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void onlyANoticePublisherMayPost() {
        String body = Fixtures.notified("116123", Fixtures.newReference());
        given().contentType("application/cloudevents+json").body(body)
                .when().post("/api/v1/notices").then().statusCode(401);
        given().auth().oauth2(Fixtures.SIM).contentType("application/cloudevents+json").body(body)
                .when().post("/api/v1/notices").then().statusCode(403);
    }

    @Test
    void inspectionsCanBeListedByUrnStateAndDatesAndBadFiltersAreNamed() {
        Fixtures.postNotice(Fixtures.notified("116123", Fixtures.newReference()));
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/inspections?urn=116123&state=NOTIFIED&from=2026-11-24&to=2026-11-24&size=5")
                .then().statusCode(200)
                .body("items.urn", hasItem("116123"))
                .body("size", equalTo(5));
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/inspections?state=LOST&from=tomorrow&page=two")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("state"))
                .body("errors.field", hasItem("from"))
                .body("errors.field", hasItem("page"));
    }

    @Test
    void aSchoolOfTheRegistryShowsItsContactsAndFederation() {
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/schools/116123").then().statusCode(200)
                .body("name", equalTo("Example Primary School"))
                .body("category", equalTo("MAINTAINED"))
                .body("sim.email", equalTo(Fixtures.SIM_EMAIL))
                .body("attachedInspector.email", equalTo(Fixtures.AI_EMAIL))
                .body("federation.partners.urn", hasItem("115987"));
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/schools/000001").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/schools/12ab").then().statusCode(400)
                .body("errors[0].field", equalTo("urn"));
    }
}
