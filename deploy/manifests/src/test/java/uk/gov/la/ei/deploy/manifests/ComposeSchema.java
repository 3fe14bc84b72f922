package uk.gov.la.ei.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The Compose Specification's JSON schema (vendored: src/test/resources/schemas/compose-spec, see its README),
 * the check `docker compose config` makes of a file's structure, without Docker.
 */
final class ComposeSchema {

    private static final JsonSchema SCHEMA = load();

    private ComposeSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = ComposeSchema.class.getResourceAsStream("/schemas/compose-spec/compose-spec.json")) {
            if (in == null) {
                throw new IllegalStateException("schemas/compose-spec/compose-spec.json is not on the test classpath");
            }
            JsonNode schema = new ObjectMapper().readTree(in);
            withoutDraft4Ids(schema);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This revision of the schema still labels its parts with draft-04 {@code "id": "#/properties/services"}, a
     * keyword draft 2019-09 no longer has (the validator refuses it); they are labels only – no {@code $ref}
     * points at them – so they are dropped before compiling.
     */
    private static void withoutDraft4Ids(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode id = object.get("id");
            if (id != null && id.isTextual() && (id.asText().startsWith("#") || id.asText().endsWith(".json"))) {
                object.remove("id");
            }
        }
        node.forEach(ComposeSchema::withoutDraft4Ids);
    }

    static List<String> problems(JsonNode compose) {
        return SCHEMA.validate(compose).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
