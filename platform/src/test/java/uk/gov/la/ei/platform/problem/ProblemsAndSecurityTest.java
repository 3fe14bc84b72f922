package uk.gov.la.ei.platform.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.RealInfrastructure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
/** Errors leave as problems naming the field; a forged token is refused (the rest of security: ChassisTest). */
class ProblemsAndSecurityTest {

    private static final String OPS = DevJwt.token("ops@hants-ei.example", "ops");

    @Test
    void aTokenFromAnotherIssuerOrKeyIsRefused() {
        given().auth().oauth2(OPS.substring(0, OPS.length() - 4) + "AAAA")
                .when().get("/api/v1/ops/outbox").then().statusCode(401);
    }

    @Test
    void aBrokenRuleIsA400ProblemNamingTheField() {
        given().auth().oauth2(OPS).when().get("/test/problems/invalid").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("data.urn"))
                .body("detail", containsString("6 or 7 digits"));
    }

    @Test
    void aBeanValidationFailureNamesTheField() {
        given().auth().oauth2(OPS).contentType("application/json").body("{\"urn\":\"12\"}")
                .when().post("/test/problems").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("urn"));
    }

    @Test
    void unreadableJsonIsA400ProblemNamingTheField() {
        given().auth().oauth2(OPS).contentType("application/json").body("{\"urn\":\"116123\",\"startDate\":\"tomorrow\"}")
                .when().post("/test/problems").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("startDate"));
        given().auth().oauth2(OPS).contentType("application/json").body("{not json")
                .when().post("/test/problems").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theFrameworksOwnErrorsAreProblemsToo() {
        given().auth().oauth2(OPS).when().get("/api/v1/no-such-thing").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().auth().oauth2(OPS).contentType("text/plain").body("urn=116123")
                .when().post("/test/problems").then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void somethingMissingIsA404Problem() {
        given().auth().oauth2(OPS).when().get("/test/problems/missing").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("no inspection 42"));
    }
}
