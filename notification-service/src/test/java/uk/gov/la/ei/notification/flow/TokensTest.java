package uk.gov.la.ei.notification.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.notification.Fixtures.TestSchool;
import uk.gov.la.ei.notification.TestClock;
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token is only as good as its signature, issuer, audience and expiry: every endpoint refuses (401) a
 * token that is expired, from another issuer, for another audience or signed with another key – while the
 * same token made properly is let through (so the 401s are about the token, not the call). The role table
 * (ChassisTest, endpoint-roles.txt) covers no token and each role; this covers bad tokens.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class TokensTest {

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
        TestClock.start();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    /** A token as the identity provider would make it, with one thing changed at a time. */
    private record TokenSpec(String issuer, String audience, Instant expiresAt, PrivateKey key) {
        String sign(String email, String role) {
            return Jwt.issuer(issuer).audience(audience).upn(email).subject(email).claim("email", email).claim("name", email)
                    .groups(Set.of(role)).issuedAt(expiresAt.minus(Duration.ofHours(1))).expiresAt(expiresAt).sign(key);
        }
    }

    private static PrivateKey developmentKey() {
        try (InputStream in = DevJwt.class.getClassLoader().getResourceAsStream("dev-jwt/private-key.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey anotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One call of an endpoint, made by someone its role table admits; answers the status. */
    private record Call(String email, String role, Function<RequestSpecification, Integer> send) {
    }

    @Test
    void everyEndpointRefusesAnExpiredForeignOrMisaddressedTokenAndAdmitsTheSameTokenMadeProperly() {
        TestSchool school = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("GET /api/v1/inspections", new Call(school.simEmail(), "sim",
                r -> r.when().get("/api/v1/inspections?urn=" + school.urn()).statusCode()));
        calls.put("GET /api/v1/inspections/{id}", new Call(school.simEmail(), "sim",
                r -> r.when().get("/api/v1/inspections/" + id).statusCode()));
        calls.put("GET /api/v1/schools/{urn}", new Call(school.aiEmail(), "attached-inspector",
                r -> r.when().get("/api/v1/schools/" + school.urn()).statusCode()));
        calls.put("GET /api/v1/la-contacts", new Call(Fixtures.CEM_PRIMARY_EMAIL, "cem",
                r -> r.when().get("/api/v1/la-contacts").statusCode()));
        // the writes: a body the endpoint refuses (400) once the token is accepted, so nothing changes
        calls.put("POST /api/v1/inspections/{id}/acknowledgement", new Call(school.simEmail(), "sim",
                r -> r.contentType("application/json").body("{}").when().post("/api/v1/inspections/" + id + "/acknowledgement")
                        .statusCode()));
        calls.put("POST /api/v1/notices", new Call("ofsted-inbox@hants-ei.example", "notice-publisher",
                r -> r.contentType("application/cloudevents+json").body("{}").when().post("/api/v1/notices").statusCode()));
        calls.put("PUT /api/v1/schools/{urn}/assignment", new Call(Fixtures.CEM_PRIMARY_EMAIL, "cem",
                r -> r.contentType("application/json").body("{}").when().put("/api/v1/schools/" + school.urn() + "/assignment")
                        .statusCode()));
        calls.put("POST /api/v1/registry/assignments", new Call("ops@hants-ei.example", "ops",
                r -> r.contentType("text/csv").body("no header\n").when().post("/api/v1/registry/assignments").statusCode()));

        Instant inAnHour = Instant.now().plus(Duration.ofHours(1));
        PrivateKey key = developmentKey();
        TokenSpec proper = new TokenSpec(DevJwt.ISSUER, DevJwt.AUDIENCE, inAnHour, key);
        Map<String, TokenSpec> bad = new LinkedHashMap<>();
        // beyond the verifier's allowed clock skew
        bad.put("expired ten minutes ago", new TokenSpec(DevJwt.ISSUER, DevJwt.AUDIENCE, Instant.now().minus(Duration.ofMinutes(10)), key));
        bad.put("from another issuer", new TokenSpec("https://login.elsewhere.example", DevJwt.AUDIENCE, inAnHour, key));
        bad.put("for another audience", new TokenSpec(DevJwt.ISSUER, "another-council-system", inAnHour, key));
        bad.put("signed with another key", new TokenSpec(DevJwt.ISSUER, DevJwt.AUDIENCE, inAnHour, anotherKey()));

        List<String> wrong = new ArrayList<>();
        calls.forEach((endpoint, call) -> {
            int admitted = call.send().apply(given().auth().oauth2(proper.sign(call.email(), call.role())));
            if (admitted == 401 || admitted == 403) {
                wrong.add(endpoint + " with a proper token: " + admitted);
            }
            bad.forEach((what, spec) -> {
                int status = call.send().apply(given().auth().oauth2(spec.sign(call.email(), call.role())));
                if (status != 401) {
                    wrong.add(endpoint + " with a token " + what + ": " + status + " (expected 401)");
                }
            });
            int garbage = call.send().apply(given().header("Authorization", "Bearer not.a.token"));
            if (garbage != 401) {
                wrong.add(endpoint + " with a token that is not a JWT: " + garbage + " (expected 401)");
            }
        });
        assertThat(wrong).isEmpty();

        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.state", org.hamcrest.Matchers.equalTo("NOTIFIED"));
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/schools/" + school.urn()).then()
                .body("sim.email", org.hamcrest.Matchers.equalTo(school.simEmail()));
    }
}
