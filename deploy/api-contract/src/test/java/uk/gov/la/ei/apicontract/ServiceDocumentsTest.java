package uk.gov.la.ei.apicontract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document each service's build wrote (target/openapi/openapi.json, from
 * quarkus.smallrye-openapi.store-schema-directory) is clean under the lint: no warning, no error.
 */
class ServiceDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Path document(String service) {
        String dir = System.getProperty("api-contract.services-dir", "../..");
        return Path.of(dir, service, "target", "openapi", "openapi.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"notification-service", "support-tracking-service", "feedback-service", "wellbeing-service"})
    void the_document_written_at_build_time_is_clean(String service) throws IOException {
        Path file = document(service);
        assertThat(file).as("%s's build writes its OpenAPI document (run the reactor through package)", service).exists();
        JsonNode doc = JSON.readTree(file.toFile());

        assertThat(OpenApiLint.check(doc)).as("findings in %s", file).isEmpty();
        // and it is the service's own document, with operations in it
        assertThat(doc.path("paths").size()).as("paths of %s", service).isPositive();
        assertThat(doc.at("/servers/0/url").asText()).contains(service);
    }
}
