package uk.gov.la.ei.notification.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.notification.Fixtures.TestSchool;
import uk.gov.la.ei.notification.TestClock;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
        TestClock.start();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aPublisherPostsANoticeAndTheSameEventAgainIsNoSecondInspection() {
        TestSchool school = Fixtures.maintainedSchool();
        String body = Fixtures.notified(school.urn(), Fixtures.newReference());
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
        // the repeat did nothing at all: one inspection, one set of e-mails, one event, no update in the history
        assertThat(Fixtures.inspectionsOf(school.urn())).hasSize(1);
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("history.kind", org.hamcrest.Matchers.not(hasItem("NOTICE_UPDATED")))
                .body("history.findAll { it.kind == 'NOTICE_RECEIVED' }.size()", equalTo(1));
        assertThat(Fixtures.awaitMailsAbout(id, 2)).extracting(m -> m.to())
                .containsExactlyInAnyOrder(List.of(school.simEmail()), List.of(school.aiEmail()));
        assertThat(Fixtures.events("contacts-assigned", id, 1)).hasSize(1);
    }

    @Test
    void aBadNoticeIsA400ProblemNamingTheField() {
        TestSchool school = Fixtures.maintainedSchool();
        String body = Fixtures.notified(school.urn(), Fixtures.newReference())
                .replace("\"startDate\": \"" + TestClock.startDate() + "\"", "\"startDate\": \"tomorrow\"");
        given().auth().oauth2(Fixtures.PUBLISHER).contentType("application/cloudevents+json").body(body)
                .when().post("/api/v1/notices").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("data.startDate"));
        body = Fixtures.notified(school.urn(), Fixtures.newReference()).replace("\"" + school.urn() + "\"", "\"1161\"");
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
        assertThat(Fixtures.inspectionsOf(school.urn())).isEmpty();
    }

    @Test
    void withdrawingAnInspectionNeverNotifiedIsAConflict() {
        TestSchool school = Fixtures.maintainedSchool();
        given().auth().oauth2(Fixtures.PUBLISHER).contentType("application/cloudevents+json")
                .body(Fixtures.notice("withdrawn", Fixtures.newId(), school.urn(), Fixtures.newReference(), TestClock.startDate()))
                .when().post("/api/v1/notices").then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"));
        assertThat(Fixtures.inspectionsOf(school.urn())).isEmpty();
    }

    @Test
    void onlyANoticePublisherMayPost() {
        TestSchool school = Fixtures.maintainedSchool();
        String body = Fixtures.notified(school.urn(), Fixtures.newReference());
        given().contentType("application/cloudevents+json").body(body)
                .when().post("/api/v1/notices").then().statusCode(401);
        given().auth().oauth2(Fixtures.SIM).contentType("application/cloudevents+json").body(body)
                .when().post("/api/v1/notices").then().statusCode(403);
        assertThat(Fixtures.inspectionsOf(school.urn())).isEmpty();
    }

    @Test
    void inspectionsCanBeListedByUrnStateAndDatesAndBadFiltersAreNamed() {
        TestSchool school = Fixtures.maintainedSchool();
        String ref = Fixtures.newReference();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), ref));
        String start = TestClock.startDate().toString();
        given().auth().oauth2(Fixtures.SIM).when()
                .get("/api/v1/inspections?urn=" + school.urn() + "&state=NOTIFIED&from=" + start + "&to=" + start + "&size=5")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("items[0].ofstedReference", equalTo(ref))
                .body("total", equalTo(1))
                .body("size", equalTo(5));
        String after = TestClock.startDate().plusDays(1).toString();
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/inspections?urn=" + school.urn() + "&from=" + after)
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/inspections?urn=" + school.urn() + "&state=acknowledged")
                .then().statusCode(200).body("total", equalTo(0));
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
