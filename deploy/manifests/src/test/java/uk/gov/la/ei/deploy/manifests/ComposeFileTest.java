package uk.gov.la.ei.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.la.ei.deploy.manifests.DeployFiles.Service;

/**
 * deploy/compose: valid against the Compose Specification's schema, and complete – Kafka, PostgreSQL and the
 * four services from the images the build writes, each on its own port with its health checked, with the
 * configuration it needs, every name and file it refers to present.
 */
class ComposeFileTest {

    private static final Path DIR = DeployFiles.deploy("compose");
    private static final Path FILE = DIR.resolve("compose.yaml");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?::?-([^}]*))?}");

    private static JsonNode compose() {
        List<DeployFiles.Document> documents = DeployFiles.documents(FILE);
        assertThat(documents).hasSize(1);
        return documents.get(0).node();
    }

    @Test
    void every_compose_file_matches_the_compose_specification() {
        List<Path> files = DeployFiles.yamlFilesUnder(DIR);
        assertThat(files).contains(FILE);
        for (Path file : files) {
            for (var document : DeployFiles.documents(file)) {
                assertThat(ComposeSchema.problems(document.node())).as(document.where()).isEmpty();
            }
        }
        System.out.printf("deploy/compose: %d file(s) valid against the Compose Specification schema%n", files.size());
    }

    /** The check must be able to fail: each edit makes compose.yaml one `docker compose config` refuses. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key in a service          | '    restart: unless-stopped'    | '    restart_policy: unless-stopped'
            a list where a map or list is due | '    env_file: services.env'     | '    env_file: {file: services.env}'
            a condition compose does not know | '        condition: service_healthy' | '        condition: service_ready'
            unknown top-level key             | 'volumes:'                        | 'volumez:'
            """)
    void the_schema_refuses_what_compose_would(String what, String valid, String broken) throws IOException {
        String text = Files.readString(FILE);
        assertThat(text).contains(valid + "\n");

        assertThat(ComposeSchema.problems(DeployFiles.parse(text.replaceFirst(Pattern.quote(valid + "\n"), broken + "\n"))))
                .as(what).isNotEmpty();
    }

    @Test
    void it_runs_kafka_postgresql_and_the_four_services_from_the_images_the_build_writes() {
        JsonNode services = compose().path("services");
        assertThat(services.has("kafka")).isTrue();
        assertThat(services.has("postgres")).isTrue();
        assertThat(services.at("/kafka/image").asText()).startsWith("apache/kafka:");
        assertThat(services.at("/postgres/image").asText()).startsWith("postgres:");
        for (Service service : DeployFiles.services()) {
            assertThat(interpolate(services.path(service.name()).path("image").asText()))
                    .as(service.name()).isEqualTo(service.image());
        }
    }

    @Test
    void each_service_listens_on_its_own_port_and_reports_readiness() {
        JsonNode services = compose().path("services");
        for (Service service : DeployFiles.services()) {
            JsonNode definition = services.path(service.name());
            assertThat(definition.path("ports")).extracting(JsonNode::asText)
                    .as(service.name()).containsExactly(service.port() + ":" + service.port());
            String healthcheck = definition.at("/healthcheck/test").toString();
            assertThat(healthcheck).as(service.name())
                    .contains("/q/health/ready").contains("/" + service.port() + " ");
        }
    }

    @Test
    void each_service_has_the_configuration_it_needs_pointing_at_the_compose_kafka_and_postgresql() throws IOException {
        JsonNode services = compose().path("services");
        for (Service service : DeployFiles.services()) {
            JsonNode definition = services.path(service.name());
            Map<String, String> environment = new HashMap<>(envFile(DIR.resolve(definition.path("env_file").asText())));
            definition.path("environment").fields()
                    .forEachRemaining(e -> environment.put(e.getKey(), interpolate(e.getValue().asText())));

            assertThat(environment).as(service.name())
                    .containsKeys(RequiredConfiguration.SHARED.toArray(String[]::new))
                    .containsKeys(RequiredConfiguration.PER_SERVICE_SECRET.toArray(String[]::new));
            assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
            assertThat(environment.get("QUARKUS_DATASOURCE_JDBC_URL"))
                    .startsWith("jdbc:postgresql://postgres:5432/" + services.at("/postgres/environment/POSTGRES_DB").asText());
            assertThat(services.has(environment.get("SMTP_HOST"))).as("SMTP_HOST names a compose service").isTrue();
            assertThat(definition.at("/depends_on/kafka/condition").asText()).isEqualTo("service_healthy");
            assertThat(definition.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
        }
    }

    @Test
    void each_service_logs_in_with_its_own_database_role_which_the_postgresql_init_script_creates() throws IOException {
        JsonNode compose = compose();
        Set<String> roles = new HashSet<>();
        for (Service service : DeployFiles.services()) {
            roles.add(compose.at("/services/" + service.name() + "/environment/QUARKUS_DATASOURCE_USERNAME").asText());
        }
        assertThat(roles).hasSize(DeployFiles.SERVICE_NAMES.size()).doesNotContain("postgres", "");

        String init = Files.readString(DIR.resolve("postgres/10-service-roles.sh"));
        Matcher loop = Pattern.compile("for role in ([a-z_ ]+);").matcher(init);
        assertThat(loop.find()).as("the init script's list of roles").isTrue();
        assertThat(Set.of(loop.group(1).trim().split(" +"))).isEqualTo(roles);
        for (String role : roles) {
            assertThat(compose.at("/services/postgres/environment").has(role.toUpperCase() + "_DB_PASSWORD"))
                    .as("the password of " + role + " reaches the init script").isTrue();
        }
    }

    @Test
    void every_service_it_depends_on_and_every_file_it_mounts_exists() {
        JsonNode services = compose().path("services");
        services.fields().forEachRemaining(service -> {
            service.getValue().path("depends_on").fieldNames()
                    .forEachRemaining(name -> assertThat(services.has(name)).as(service.getKey() + " depends on " + name).isTrue());
            for (JsonNode volume : service.getValue().path("volumes")) {
                String source = volume.asText().split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(DIR.resolve(source)).as(service.getKey() + " mounts " + source).isRegularFile();
                } else {
                    assertThat(compose().path("volumes").has(source)).as(service.getKey() + " uses volume " + source).isTrue();
                }
            }
            if (service.getValue().has("env_file")) {
                assertThat(DIR.resolve(service.getValue().path("env_file").asText())).isRegularFile();
            }
        });
    }

    /** What compose does with ${NAME:-default} when NAME is not set. */
    static String interpolate(String value) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) == null ? "" : m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> envFile(Path file) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int eq = line.indexOf('=');
                assertThat(eq).as(file.getFileName() + ": " + line).isPositive();
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return values;
    }
}
