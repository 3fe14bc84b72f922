package uk.gov.la.ei.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command line and environment of deploy/run-local.sh. */
class StackOptionsTest {

    private static final Path REPO = Path.of("/repo");

    @Test
    void defaultsAreTheDocumentedPortsAndDotLocal() {
        StackOptions o = StackOptions.parse(new String[0], Map.of(), REPO, REPO);
        assertThat(o.kafkaPort()).isEqualTo(9092);
        assertThat(o.postgresPort()).isEqualTo(5432);
        assertThat(o.smtpPort()).isEqualTo(2525);
        assertThat(o.services()).containsExactly("notification-service", "support-tracking-service",
                "feedback-service", "wellbeing-service");
        assertThat(o.services().stream().map(o::port)).containsExactly(8081, 8082, 8083, 8084);
        assertThat(o.stateDir()).isEqualTo(Path.of("/repo/.local"));
        assertThat(o.postgresDir()).isEqualTo(Path.of("/repo/.local/postgres"));
        assertThat(o.publicKeyFile()).isEqualTo(Path.of("/repo/.local/dev-jwt/public-key.pem"));
        assertThat(o.readyTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(o.fresh()).isFalse();
        assertThat(o.loadSampleData()).isTrue();
    }

    @Test
    void aFlagWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        StackOptions o = StackOptions.parse(new String[] {"--kafka-port", "19092", "--smtp-port=3525", "--fresh", "--no-sample-data"},
                Map.of("LOCAL_KAFKA_PORT", "29092", "LOCAL_POSTGRES_PORT", "15432", "LOCAL_STACK_DIR", "/tmp/stack",
                        "LOCAL_WELLBEING_PORT", "9084", "LOCAL_READY_TIMEOUT", "30"),
                REPO, REPO);
        assertThat(o.kafkaPort()).isEqualTo(19092);
        assertThat(o.postgresPort()).isEqualTo(15432);
        assertThat(o.smtpPort()).isEqualTo(3525);
        assertThat(o.port("wellbeing-service")).isEqualTo(9084);
        assertThat(o.stateDir()).isEqualTo(Path.of("/tmp/stack"));
        assertThat(o.readyTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.fresh()).isTrue();
        assertThat(o.loadSampleData()).isFalse();
    }

    @Test
    void aRelativeDirIsTakenFromWhereTheUserRanTheCommand() {
        StackOptions o = StackOptions.parse(new String[] {"--dir", "state"}, Map.of(), REPO, Path.of("/home/me"));
        assertThat(o.stateDir()).isEqualTo(Path.of("/home/me/state"));
    }

    @Test
    void unknownOptionsBadPortsAndClashingPortsAreRefusedWithAReason() {
        assertThatThrownBy(() -> StackOptions.parse(new String[] {"--colour"}, Map.of(), REPO, REPO))
                .isInstanceOf(StackOptions.UsageException.class).hasMessageContaining("Unknown option --colour");
        assertThatThrownBy(() -> StackOptions.parse(new String[] {"--kafka-port", "nine"}, Map.of(), REPO, REPO))
                .hasMessageContaining("'nine' is not a number");
        assertThatThrownBy(() -> StackOptions.parse(new String[] {"--kafka-port", "70000"}, Map.of(), REPO, REPO))
                .hasMessageContaining("not a TCP port");
        assertThatThrownBy(() -> StackOptions.parse(new String[] {"--smtp-port", "8081"}, Map.of(), REPO, REPO))
                .hasMessageContaining("Port 8081 is given to both SMTP and notification-service");
        assertThatThrownBy(() -> StackOptions.parse(new String[] {"--dir"}, Map.of(), REPO, REPO))
                .hasMessageContaining("--dir needs a value");
    }

    @Test
    void pathsArePrintedAsTheUserCanTypeThem() {
        StackOptions fromRepo = StackOptions.parse(new String[0], Map.of(), REPO, REPO);
        assertThat(fromRepo.show(fromRepo.tokenDir())).isEqualTo(".local/tokens");
        StackOptions fromElsewhere = StackOptions.parse(new String[0], Map.of(), REPO, Path.of("/home/me"));
        assertThat(fromElsewhere.show(fromElsewhere.tokenDir())).isEqualTo("/repo/.local/tokens");
    }

    @Test
    void theRepositoryIsFoundFromTheLauncherJar() {
        Path here = Path.of("").toAbsolutePath();
        Path repository = StackOptions.findRepository(here.resolve("target/local-stack.jar"), Path.of("/"));
        assertThat(repository.resolve("deploy/local-stack/pom.xml")).exists();
    }
}
