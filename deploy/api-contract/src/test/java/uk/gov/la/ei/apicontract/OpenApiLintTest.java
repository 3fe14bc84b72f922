package uk.gov.la.ei.apicontract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of the lint, shown to fire: a small document clean under every rule (Redocly's "recommended" also
 * passes it, README.md), then one fault at a time and the rule that must name it.
 */
class OpenApiLintTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode clean() {
        try (InputStream in = OpenApiLintTest.class.getResourceAsStream("/clean.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode at(ObjectNode doc, String pointer) {
        return (ObjectNode) doc.at(pointer);
    }

    private static final String GET = "/paths/~1api~1v1~1schools~1{urn}/get";

    /** The rules that name the fault, after one change to the clean document. */
    private static List<String> rulesFiring(Consumer<ObjectNode> fault) {
        ObjectNode doc = clean();
        fault.accept(doc);
        return OpenApiLint.check(doc).stream().map(OpenApiLint.Finding::rule).distinct().toList();
    }

    @Test
    void the_clean_document_has_no_findings() {
        assertThat(OpenApiLint.check(clean())).isEmpty();
    }

    @Test
    void a_document_without_a_licence_or_its_url_or_a_contact() {
        assertThat(rulesFiring(d -> at(d, "/info").remove("license"))).containsExactly("info-license");
        assertThat(rulesFiring(d -> at(d, "/info/license").remove("url"))).containsExactly("info-license-strict");
        assertThat(rulesFiring(d -> at(d, "/info/contact").remove("email"))).containsExactly("info-contact");
    }

    @Test
    void servers_present_not_local_no_trailing_slash() {
        assertThat(rulesFiring(d -> d.remove("servers"))).containsExactly("no-empty-servers");
        assertThat(rulesFiring(d -> d.putArray("servers"))).containsExactly("no-empty-servers");
        assertThat(rulesFiring(d -> at(d, "/servers/0").put("url", "http://localhost:8081"))).containsExactly("no-server-example.com");
        assertThat(rulesFiring(d -> at(d, "/servers/0").put("url", "https://api.example.com"))).containsExactly("no-server-example.com");
        assertThat(rulesFiring(d -> at(d, "/servers/0").put("url", "http://notification-service:8081/"))).containsExactly("no-server-trailing-slash");
    }

    @Test
    void every_operation_has_a_camel_case_unique_operation_id_and_a_summary() {
        assertThat(rulesFiring(d -> at(d, GET).remove("operationId"))).containsExactly("operation-operationId");
        assertThat(rulesFiring(d -> at(d, GET).put("operationId", "get-school"))).containsExactly("operation-operationId-url-safe");
        assertThat(rulesFiring(d -> at(d, GET).put("operationId", "GetSchool"))).containsExactly("operation-operationId-url-safe");
        assertThat(rulesFiring(d -> at(d, GET).remove("summary"))).containsExactly("operation-summary");
        assertThat(rulesFiring(d -> {
            ObjectNode copy = at(d, GET).deepCopy();
            at(d, "/paths").putObject("/api/v1/federations/{urn}").set("get", copy);
        })).containsExactly("operation-operationId-unique");
    }

    @Test
    void every_operation_declares_a_success_and_a_client_error() {
        assertThat(rulesFiring(d -> at(d, GET + "/responses").remove("404"))).containsExactly("operation-4xx-response");
        assertThat(rulesFiring(d -> {
            ObjectNode responses = at(d, GET + "/responses");
            responses.set("201", responses.remove("200"));
            responses.set("302", responses.remove("201"));
        })).containsExactly("operation-2xx-response");
    }

    @Test
    void path_parameters_match_the_path() {
        assertThat(rulesFiring(d -> ((ArrayNode) d.at(GET + "/parameters")).removeAll())).containsExactly("path-parameters-defined");
        assertThat(rulesFiring(d -> ((ArrayNode) d.at(GET + "/parameters")).add(d.at(GET + "/parameters/0").deepCopy())))
                .containsExactly("operation-parameters-unique");
    }

    @Test
    void paths_without_trailing_slash_query_or_twin() {
        assertThat(rulesFiring(d -> at(d, "/paths").set("/api/v1/schools/", JSON.createObjectNode())))
                .containsExactly("no-path-trailing-slash");
        assertThat(rulesFiring(d -> at(d, "/paths").set("/api/v1/schools?phase=x", JSON.createObjectNode())))
                .containsExactly("path-not-include-query");
        assertThat(rulesFiring(d -> at(d, "/paths").set("/api/v1/schools/{id}", JSON.createObjectNode())))
                .containsExactly("no-identical-paths");
        assertThat(rulesFiring(d -> at(d, "/paths").set("/api/v1/federations/{}", JSON.createObjectNode())))
                .containsExactly("path-declaration-must-exist");
    }

    @Test
    void every_tag_has_a_description() {
        assertThat(rulesFiring(d -> at(d, "/tags/0").remove("description"))).containsExactly("tag-description");
        assertThat(rulesFiring(d -> ((ArrayNode) d.at(GET + "/tags")).add("Undeclared"))).containsExactly("tag-description");
    }

    @Test
    void every_operation_is_secured_by_a_declared_scheme() {
        assertThat(rulesFiring(d -> at(d, GET).remove("security"))).containsExactly("security-defined");
        assertThat(rulesFiring(d -> at(d, GET + "/security/0").set("oauth", JSON.createArrayNode()))).containsExactly("security-defined");
    }

    @Test
    void references_resolve_and_components_are_used() {
        assertThat(rulesFiring(d -> at(d, "/components/schemas/School/properties/phase").put("$ref", "#/components/schemas/Stage")))
                .containsExactly("no-unresolved-refs", "no-unused-components");
        assertThat(rulesFiring(d -> at(d, "/components/schemas").putObject("Orphan").put("type", "string")))
                .containsExactly("no-unused-components");
    }

    @Test
    void enum_values_are_of_their_type_and_listed_once() {
        assertThat(rulesFiring(d -> ((ArrayNode) d.at("/components/schemas/Phase/enum")).add(3))).containsExactly("no-enum-type-mismatch");
        assertThat(rulesFiring(d -> ((ArrayNode) d.at("/components/schemas/Phase/enum")).add("PRIMARY"))).containsExactly("no-duplicated-enum-values");
    }

    @Test
    void schemas_components_and_tags_are_well_formed() {
        // (and the response's example, without the now required property, no longer fits the schema)
        assertThat(rulesFiring(d -> ((ArrayNode) d.at("/components/schemas/School/required")).add("ofstedPhase")))
                .containsExactly("no-required-schema-properties-undefined", "no-invalid-media-type-examples");
        assertThat(rulesFiring(d -> ((ArrayNode) d.at("/tags")).add(d.at("/tags/0").deepCopy()))).containsExactly("no-duplicated-tag-names");
        assertThat(rulesFiring(d -> {
            ObjectNode schemas = at(d, "/components/schemas");
            schemas.set("Phase$1", schemas.remove("Phase"));
            at(d, "/components/schemas/School/properties/phase").put("$ref", "#/components/schemas/Phase$1");
        })).containsExactly("spec-components-invalid-map-name");
        assertThat(rulesFiring(d -> at(d, GET + "/responses/200/content/application~1json/examples/one").put("externalValue", "https://schools.example/1.json")))
                .containsExactly("no-example-value-and-externalValue");
    }

    @Test
    void examples_match_their_schemas() {
        // the fault Redocly found in notification-service: a date-time example without an offset (and the
        // response example's "openedOn", a date, no longer fits the schema either)
        assertThat(rulesFiring(d -> at(d, "/components/schemas").set("LocalDate",
                JSON.createObjectNode().put("type", "string").put("format", "date-time")
                        .set("examples", JSON.createArrayNode().add("2022-03-10T12:15:50")))))
                .containsExactly("no-invalid-schema-examples", "no-invalid-media-type-examples");
        assertThat(rulesFiring(d -> at(d, "/components/schemas/School/properties/urn").put("example", 123456)))
                .containsExactly("no-invalid-schema-examples");
        // through a $ref into the components: an enum value that is not one
        assertThat(rulesFiring(d -> at(d, GET + "/responses/200/content/application~1json/examples/one/value").put("phase", "NURSERY")))
                .containsExactly("no-invalid-media-type-examples");
        assertThat(rulesFiring(d -> at(d, GET + "/parameters/0").put("example", "12345")))
                .containsExactly("no-invalid-media-type-examples");
    }

    @Test
    void not_an_openapi_document() {
        assertThat(rulesFiring(d -> d.put("openapi", "2.0"))).containsExactly("struct");
        assertThat(rulesFiring(d -> at(d, "/info").remove("version"))).containsExactly("struct");
    }

    @Test
    void the_rules_are_listed_once() {
        List<String> names = OpenApiLint.ruleNames();
        assertThat(names).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(20);
    }

}
