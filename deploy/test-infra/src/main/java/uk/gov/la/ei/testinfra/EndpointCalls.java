package uk.gov.la.ei.testinfra;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.Iterator;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Calls an endpoint as the OpenAPI document describes it, with placeholder path values and a minimal body. */
final class EndpointCalls {

    private static final ThreadLocal<String> LAST_BODY = new ThreadLocal<>();

    private EndpointCalls() {
    }

    /** The path with each {parameter} filled by a value of its declared type (nothing that exists). */
    static String url(String path, JsonNode operation) {
        String url = path;
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            JsonNode schema = parameter.path("schema");
            String type = schema.path("type").asText();
            String value = "integer".equals(type) ? "987654321"
                    : name.toLowerCase().contains("urn") ? "999998"
                    : UUID.randomUUID().toString();
            url = url.replace("{" + name + "}", value);
        }
        return url.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    /** The status of one call; {@code token} null for none. */
    static int call(String method, String url, JsonNode operation, String token) {
        RequestSpecification request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        Iterator<String> types = operation.path("requestBody").path("content").fieldNames();
        if (types.hasNext()) {
            String type = types.next();
            request = request.contentType(type).body(type.contains("json") ? "{}" : "x");
        }
        Response response = request.when().request(method, url);
        LAST_BODY.set(response.asString());
        return response.statusCode();
    }

    /** Whether the last 403 was the role check (not a rule about the caller's relation to a record). */
    static boolean lastWasRoleRefusal() {
        String body = LAST_BODY.get();
        return body == null || body.isBlank() || body.contains("role-not-allowed");
    }
}
