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

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String otherAudience = io.smallrye.jwt.build.Jwt.issuer(DevJwt.ISSUER).audience("another-application")
                .upn("ops@hants-ei.example").groups(java.util.Set.of("ops")).expiresIn(java.time.Duration.ofMinutes(5))
                .jws().keyId(null).sign(devKey());
        given().auth().oauth2(otherAudience).when().get("/api/v1/ops/outbox").then().statusCode(401);
        given().auth().oauth2(OPS).when().get("/api/v1/ops/outbox").then().statusCode(200);
    }

    private static java.security.PrivateKey devKey() {
        try (var in = DevJwt.class.getClassLoader().getResourceAsStream("dev-jwt/private-key.pem")) {
            String pem = new String(in.readAllBytes()).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return java.security.KeyFactory.getInstance("RSA")
                    .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(java.util.Base64.getDecoder().decode(pem)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLongListOfErrorsIsCappedAtTheFirstHundredAndCounted() {
        given().auth().oauth2(OPS).when().get("/test/problems/many").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.size()", equalTo(100))
                .body("errorCount", equalTo(250));
    }

    @Test
    void aConcurrentUpdateIsA409ProblemNotA500() {
        given().auth().oauth2(OPS).when().get("/test/problems/concurrent").then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aBodyOverItsEndpointsLimitIs413NamingTheBodyWhileALargeBodyEndpointTakesIt() {
        String big = "x".repeat(300 * 1024);
        given().auth().oauth2(OPS).contentType("text/plain").body(big)
                .when().post("/test/problems/small").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        given().auth().oauth2(OPS).contentType("text/plain").body(big)
                .when().post("/test/problems/large").then()
                .statusCode(200)
                .body(equalTo(String.valueOf(big.length())));
        given().auth().oauth2(OPS).contentType("text/plain").body("x".repeat(256 * 1024))
                .when().post("/test/problems/small").then()
                .statusCode(200);
    }
}
