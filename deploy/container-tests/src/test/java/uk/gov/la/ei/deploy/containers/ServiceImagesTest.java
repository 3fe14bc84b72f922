package uk.gov.la.ei.deploy.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The four services' container images (as `./mvnw -Pimages package` writes them) started against a Kafka and a
 * PostgreSQL container on one Docker network, configured only through the environment variables the README and
 * deploy/compose and deploy/kubernetes use: each migrates its schema, reaches the broker and reports ready; the
 * process runs unprivileged; the API refuses a request without a token and takes a notice with one.
 * Skipped, saying so, where there is no Docker (or the images are not built): see {@link DockerAndImages}.
 */
@ExtendWith(DockerAndImages.class)
@Testcontainers(disabledWithoutDocker = true)
class ServiceImagesTest {

    private static final Logger LOG = Logger.getLogger(ServiceImagesTest.class.getName());
    private static final Map<String, Integer> PORTS = Map.of(
            "notification-service", 8081, "support-tracking-service", 8082, "feedback-service", 8083, "wellbeing-service", 8084);
    private static final String JWT_KEY_IN_CONTAINER = "/etc/inspection-support/jwt/public-key.pem";

    private static Network network;
    private static KafkaContainer kafka;
    private static PostgreSQLContainer postgres;
    private static GenericContainer<?> smtp;
    private static final Map<String, GenericContainer<?>> SERVICES = new LinkedHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        for (String service : DockerAndImages.SERVICES) {
            try (InputStream tar = Files.newInputStream(DockerAndImages.imageTarball(service))) {
                DockerClientFactory.lazyClient().loadImageCmd(tar).exec();
            }
        }
        network = Network.newNetwork();
        kafka = new KafkaContainer(DockerImageName.parse("apache/kafka:4.2.1"))
                .withNetwork(network)
                .withNetworkAliases("kafka")
                .withListener("kafka:19092");
        postgres = new PostgreSQLContainer(DockerImageName.parse("postgres:17"))
                .withNetwork(network)
                .withNetworkAliases("postgres")
                .withDatabaseName("inspection_support");
        smtp = new GenericContainer<>(DockerImageName.parse("axllent/mailpit:v1.27"))
                .withNetwork(network)
                .withNetworkAliases("smtp")
                .withExposedPorts(1025);
        kafka.start();
        postgres.start();
        smtp.start();

        String image = System.getProperty("image.repository", "inspection-support") + "/%s:" + System.getProperty("image.tag", "0.1.0-SNAPSHOT");
        for (String service : DockerAndImages.SERVICES) {
            int port = PORTS.get(service);
            GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image.formatted(service)))
                    .withNetwork(network)
                    .withNetworkAliases(service)
                    .withEnv("KAFKA_BOOTSTRAP_SERVERS", "kafka:19092")
                    .withEnv("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://postgres:5432/inspection_support")
                    .withEnv("QUARKUS_DATASOURCE_USERNAME", postgres.getUsername())
                    .withEnv("QUARKUS_DATASOURCE_PASSWORD", postgres.getPassword())
                    .withEnv("JWT_PUBLIC_KEY_LOCATION", "file:" + JWT_KEY_IN_CONTAINER)
                    .withEnv("JWT_ISSUER", DevToken.ISSUER)
                    .withEnv("JWT_AUDIENCE", DevToken.AUDIENCE)
                    .withEnv("SMTP_HOST", "smtp")
                    .withEnv("SMTP_PORT", "1025")
                    .withCopyFileToContainer(MountableFile.forHostPath(DevToken.publicKey(), 0644), JWT_KEY_IN_CONTAINER)
                    .withExposedPorts(port)
                    .withLogConsumer(frame -> LOG.fine(() -> service + " | " + frame.getUtf8StringWithoutLineEnding()))
                    .waitingFor(Wait.forHttp("/q/health/ready").forPort(port).forStatusCode(200)
                            .withStartupTimeout(Duration.ofMinutes(4)));
            SERVICES.put(service, container);
        }
        // one after the other: each migrates its own schema; four JVMs starting at once would only compete for the cores
        for (GenericContainer<?> container : SERVICES.values()) {
            container.start();
        }
    }

    @AfterAll
    static void stop() {
        SERVICES.values().forEach(GenericContainer::stop);
        for (GenericContainer<?> infrastructure : new GenericContainer<?>[] {smtp, postgres, kafka}) {
            if (infrastructure != null) {
                infrastructure.stop();
            }
        }
        if (network != null) {
            network.close();
        }
    }

    @Test
    void every_service_image_migrates_its_schema_reaches_kafka_and_reports_ready_and_live() throws Exception {
        for (var service : SERVICES.entrySet()) {
            for (String probe : new String[] {"/q/health/ready", "/q/health/live", "/q/health/started"}) {
                HttpResponse<String> response = get(service.getKey(), probe, null);
                assertThat(response.statusCode()).as(service.getKey() + probe + ": " + response.body()).isEqualTo(200);
                assertThat(response.body()).contains("\"UP\"");
            }
        }
    }

    @Test
    void the_service_processes_run_as_an_unprivileged_user() throws Exception {
        for (var service : SERVICES.entrySet()) {
            var id = service.getValue().execInContainer("id", "-u");
            assertThat(id.getStdout().trim()).as(service.getKey()).isNotEmpty().isNotEqualTo("0");
        }
    }

    @Test
    void the_api_refuses_a_request_without_a_token_and_takes_a_notice_with_one() throws Exception {
        assertThat(get("notification-service", "/api/v1/inspections?urn=116123", null).statusCode()).isEqualTo(401);

        String notice = Files.readString(DockerAndImages.root().resolve("deploy/local-stack/examples/inspection-notice-116123.json"));
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(uri("notification-service", "/api/v1/notices"))
                        .header("Authorization", "Bearer " + DevToken.sign("ofsted-inbox@hants-ei.example", "notice-publisher"))
                        .header("Content-Type", "application/cloudevents+json")
                        .POST(HttpRequest.BodyPublishers.ofString(notice))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isBetween(200, 299);

        HttpResponse<String> read = get("notification-service", "/api/v1/inspections?urn=116123",
                DevToken.sign("ops@hants-ei.example", "ops"));
        assertThat(read.statusCode()).as(read.body()).isNotIn(401, 500);
    }

    private static HttpResponse<String> get(String service, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(service, path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String service, String path) {
        GenericContainer<?> container = SERVICES.get(service);
        return URI.create("http://" + container.getHost() + ":" + container.getMappedPort(PORTS.get(service)) + path);
    }
}
