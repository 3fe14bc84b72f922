package uk.gov.la.ei.wellbeing.flow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.events.ConcernCategory;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;
import uk.gov.la.ei.testinfra.TestEvents;
import uk.gov.la.ei.wellbeing.Fixtures;
import uk.gov.la.ei.wellbeing.Fixtures.School;
import uk.gov.la.ei.wellbeing.domain.AuditAction;
import uk.gov.la.ei.wellbeing.domain.AuditEntry;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/** H§6 (and EPS, H§4): the offers are data – seeded by the migration, edited by a wellbeing officer without a release. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class OfferCatalogueTest {

    @BeforeEach
    void monday() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z"));
    }

    @AfterEach
    void realTime() {
        Fixtures.CLOCK.reset();
    }

    private static final String OFFER = """
            {"name":"%s","provider":"Hampshire Educational Psychology","howToReach":"The EP duty line",
             "suits":"Leaders who want a one-to-one conversation"%s}""";

    @Test
    void theCatalogueHoldsTheLasOffersFromGuidanceSectionSixAndEps() {
        given().auth().oauth2(Fixtures.SENIOR_OFFICER).when().get("/api/v1/offers").then().statusCode(200)
                .body("code", hasItems("WORKFORCE_DEVELOPMENT_GROUP", "HEALTH_ASSURED", "GOVERNOR_SERVICES_WELLBEING_TRAINING",
                        "SCHOOL_STAFF_RESILIENCE", "HEADSUP4HTS", "EDUCATION_PERSONNEL_SERVICES"))
                .body("find { it.code == 'WORKFORCE_DEVELOPMENT_GROUP' }.provider", equalTo("Hampshire Educational Psychology"))
                .body("find { it.code == 'HEADSUP4HTS' }.howToReach", notNullValue())
                .body("find { it.code == 'HEALTH_ASSURED' }.suits", notNullValue());
        given().when().get("/api/v1/offers").then().statusCode(401);
    }

    @Test
    void aWellbeingOfficerAddsChangesAndRetiresOffersAndEachChangeIsAudited() {
        String code = "EP_ONE_TO_ONE_" + (int) (Math.random() * 100000);
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json").body(OFFER.formatted("One-to-one EP session", ""))
                .when().put("/api/v1/offers/" + code).then().statusCode(201)
                .body("name", equalTo("One-to-one EP session")).body("active", equalTo(true))
                .body("updatedBy", equalTo(Fixtures.OFFICER_EMAIL));
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body(OFFER.formatted("One-to-one session with an EP", ""))
                .when().put("/api/v1/offers/" + code).then().statusCode(200).body("name", equalTo("One-to-one session with an EP"));
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/offers/" + code).then().statusCode(200)
                .body("name", equalTo("One-to-one session with an EP"));

        School s = Fixtures.inspection();
        TestEvents.publish(Fixtures.concern(s, ConcernCategory.LEADER_WELLBEING));
        UUID referralId = Fixtures.awaitReferral(s);
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"offerCodes\":[\"" + code + "\"],\"channel\":\"CALL\"}")
                .when().post("/api/v1/referrals/" + referralId + "/signpostings").then().statusCode(201)
                .body("offers.name", hasItem("One-to-one session with an EP"));

        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json").body(OFFER.formatted("One-to-one session with an EP",
                        ",\"active\":false"))
                .when().put("/api/v1/offers/" + code).then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"offerCodes\":[\"" + code + "\"],\"channel\":\"CALL\"}")
                .when().post("/api/v1/referrals/" + referralId + "/signpostings").then().statusCode(400)
                .body("errors.field", hasItem("offerCodes[0]"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and subject = ?2",
                AuditAction.OFFER_CHANGED, code))).isEqualTo(3L);
    }

    @Test
    void onlyAWellbeingOfficerEditsTheCatalogue() {
        School s = Fixtures.inspection();
        given().auth().oauth2(s.sim()).contentType("application/json").body(OFFER.formatted("x", ""))
                .when().put("/api/v1/offers/HEADSUP4HTS").then().statusCode(403);
        given().auth().oauth2(Fixtures.GOVERNOR_SERVICES).contentType("application/json").body(OFFER.formatted("x", ""))
                .when().put("/api/v1/offers/HEADSUP4HTS").then().statusCode(403);
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/offers/HEADSUP4HTS").then().body("name", equalTo("HeadsUp4HTs"));
    }

    @Test
    void anOfferIsCheckedAtItsBounds() {
        String code = "BOUNDS_" + (int) (Math.random() * 100000);
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json").body(OFFER.formatted("n".repeat(201), ""))
                .when().put("/api/v1/offers/" + code).then().statusCode(400).body("errors.field", hasItem("name"));
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body("{\"name\":\"n\",\"provider\":\"" + "p".repeat(201) + "\",\"howToReach\":\"" + "h".repeat(1001)
                        + "\",\"suits\":\"" + "s".repeat(1001) + "\"}")
                .when().put("/api/v1/offers/" + code).then().statusCode(400)
                .body("errors.field", hasItems("provider", "howToReach", "suits"));
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json").body("{\"name\":\"n\"}")
                .when().put("/api/v1/offers/" + code).then().statusCode(400)
                .body("errors.field", hasItems("provider", "howToReach", "suits"));
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json").body(OFFER.formatted("n", ""))
                .when().put("/api/v1/offers/lower-case").then().statusCode(400).body("errors.field", hasItem("code"));
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json").body(OFFER.formatted("n", ""))
                .when().put("/api/v1/offers/" + "C".repeat(41)).then().statusCode(400).body("errors.field", hasItem("code"));
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body("{\"name\":\"" + "n".repeat(200) + "\",\"provider\":\"" + "p".repeat(200) + "\",\"howToReach\":\""
                        + "h".repeat(1000) + "\",\"suits\":\"" + "s".repeat(1000) + "\"}")
                .when().put("/api/v1/offers/" + "C".repeat(34) + code.substring(code.length() - 6)).then().statusCode(201);
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/offers/NO_SUCH_OFFER").then().statusCode(404);
    }
}
