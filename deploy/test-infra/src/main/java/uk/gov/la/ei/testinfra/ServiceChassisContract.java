package uk.gov.la.ei.testinfra;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/**
 * What every service promises by standing on the platform chassis, written once: it is healthy only
 * with its database and Kafka, its operations endpoints and API description need a token, and the
 * outbox is visible to operations. Each service runs it against the real broker and database:
 *
 * <pre>
 * &#64;QuarkusTest
 * &#64;QuarkusTestResource(RealInfrastructure.class)
 * class ChassisTest extends ServiceChassisContract {
 * }
 * </pre>
 */
public abstract class ServiceChassisContract {

    private static final String OUTBOX = "/api/v1/ops/outbox";

    protected static String ops() {
        return DevJwt.token("ops@hants-ei.example", "ops");
    }

    /** A person who may use the service but not operate it. */
    protected static String sim() {
        return DevJwt.token("sim.one@hants-ei.example", "sim");
    }

    @Test
    void readinessNeedsNoTokenAndChecksTheDatabaseAndKafka() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager entityManager;

    /**
     * Columns of this service written by SQL rather than an entity, with the longest value its code lets
     * through ("table.column" to length); the chassis's own are known already.
     */
    protected java.util.Map<String, Integer> columnsWrittenBySql() {
        return java.util.Map.of();
    }

    @Test
    @jakarta.transaction.Transactional
    void everyVarcharColumnOfEveryTableIsBoundedBeforeTheDatabase() {
        java.util.List<String> problems = ColumnBounds.problems(entityManager, columnsWrittenBySql());
        org.junit.jupiter.api.Assertions.assertTrue(problems.isEmpty(), () ->
                "varchar columns a too-long value could reach (add @Size(max <= n) to the entity attribute):\n  "
                        + String.join("\n  ", problems));
    }

    @Test
    void livenessNeedsNoToken() {
        given().when().get("/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void theOutboxIsForOperationsOnly() {
        given().when().get(OUTBOX).then().statusCode(401);
        given().auth().oauth2(sim()).when().get(OUTBOX).then().statusCode(403);
        given().auth().oauth2(ops()).when().get(OUTBOX).then().statusCode(200)
                .body("pending", notNullValue());
    }

    @Test
    void theApiDescriptionNeedsATokenAndDeclaresBearerJwtSecurity() {
        given().when().get("/q/openapi").then().statusCode(401);
        given().auth().oauth2(sim()).accept("application/json")
                .when().get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.'bearer-jwt'.type", equalTo("http"))
                .body("components.securitySchemes.'bearer-jwt'.scheme", equalTo("bearer"))
                .body("components.securitySchemes.'bearer-jwt'.bearerFormat", equalTo("JWT"))
                .body("paths", hasKey(OUTBOX))
                // the operation names the scheme and the role it needs: security: [{bearer-jwt: [ops]}]
                .body("paths.'" + OUTBOX + "'.get.security.'bearer-jwt'", hasItem(hasItem("ops")));
    }

    @Test
    void everyEndpointIsInTheRoleTableAndAdmitsExactlyTheRolesItLists() throws Exception {
        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                given().auth().oauth2(ops()).accept("application/json").when().get("/q/openapi?format=json")
                        .then().statusCode(200).extract().asString());
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> endpoints = new java.util.TreeMap<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (java.util.Set.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                endpoints.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        java.util.Map<String, java.util.Set<String>> table = EndpointRoles.table();
        java.util.Set<String> unlisted = new java.util.TreeSet<>(endpoints.keySet());
        unlisted.removeAll(table.keySet());
        java.util.Set<String> gone = new java.util.TreeSet<>(table.keySet());
        gone.removeAll(endpoints.keySet());
        org.junit.jupiter.api.Assertions.assertTrue(unlisted.isEmpty() && gone.isEmpty(), () ->
                "the endpoint-role table (src/test/resources/endpoint-roles.txt) and the service disagree;\n  endpoints not in the table: "
                        + unlisted + "\n  table entries with no endpoint: " + gone);

        java.util.List<String> wrong = new java.util.ArrayList<>();
        table.forEach((endpoint, allowed) -> {
            com.fasterxml.jackson.databind.JsonNode op = endpoints.get(endpoint);
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String url = EndpointCalls.url(endpoint.substring(endpoint.indexOf(' ') + 1), op);
            int anonymous = EndpointCalls.call(method, url, op, null);
            if (anonymous != 401) {
                wrong.add(endpoint + " without a token: " + anonymous + " (expected 401)");
            }
            for (String role : EndpointRoles.ALL_ROLES) {
                String token = DevJwt.token(role.replace('-', '.') + "@hants-ei.example", role);
                int status = EndpointCalls.call(method, url, op, token);
                boolean refusedForRole = status == 403 && EndpointCalls.lastWasRoleRefusal();
                if (allowed.contains(role) && (status == 401 || refusedForRole)) {
                    wrong.add(endpoint + " as " + role + ": " + status + " (the table allows " + role + ")");
                } else if (!allowed.contains(role) && !refusedForRole) {
                    wrong.add(endpoint + " as " + role + ": " + status + " (the table does not allow " + role + "; expected 403)");
                }
            }
        });
        org.junit.jupiter.api.Assertions.assertTrue(wrong.isEmpty(), () -> "role checks differ from the table:\n  "
                + String.join("\n  ", wrong));
    }

    @Test
    void metricsNeedAnOpsToken() {
        given().auth().oauth2(sim()).when().get("/q/metrics").then().statusCode(403);
        given().when().get("/q/metrics").then().statusCode(401);
        given().auth().oauth2(ops()).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("outbox_pending"));
    }

    /** The service's own gauges and counters as Prometheus names (e.g. {@code notices_acknowledgement_overdue}). */
    protected java.util.List<String> businessMetrics() {
        return java.util.List.of();
    }

    @Test
    void operationsSeeTheChassisAndBusinessMetricsWithAValue() {
        String text = given().auth().oauth2(ops()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("outbox_pending", "outbox_parked",
                "mail_pending", "mail_failed"));
        names.addAll(businessMetrics());
        for (String name : names) {
            // a sample line: the name, optional labels, a number (NaN would mean its count failed)
            java.util.regex.Pattern sample = java.util.regex.Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? [0-9.E+-]+$");
            org.junit.jupiter.api.Assertions.assertTrue(sample.matcher(text).find(),
                    () -> name + " has no numeric sample in /q/metrics");
        }
    }
}
