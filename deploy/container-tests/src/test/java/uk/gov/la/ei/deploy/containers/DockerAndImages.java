package uk.gov.la.ei.deploy.containers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Runs the container suite only where it can mean something: a Docker engine Testcontainers can reach, and the
 * services' image tarballs written by `./mvnw -Pimages package`. Otherwise the suite is skipped, and says why
 * on the console and in the test report (never a silent pass).
 */
final class DockerAndImages implements ExecutionCondition {

    static final List<String> SERVICES =
            List.of("notification-service", "support-tracking-service", "feedback-service", "wellbeing-service");

    static Path root() {
        return Path.of(System.getProperty("project.root", "../..")).toAbsolutePath().normalize();
    }

    static Path imageTarball(String service) {
        return root().resolve(service).resolve("target").resolve(service + "-image.tar");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return skipped("no Docker engine here: the container suite (images against Kafka and PostgreSQL "
                    + "containers) is SKIPPED; it runs where Docker is, after `./mvnw -Pimages package`");
        }
        List<String> missing = SERVICES.stream().filter(s -> !Files.isRegularFile(imageTarball(s))).toList();
        if (!missing.isEmpty()) {
            return skipped("Docker is here but the images of " + missing + " are not built: the container suite is "
                    + "SKIPPED; build them with `./mvnw -Pimages package -DskipTests` (add local-base where no registry is reachable)");
        }
        return ConditionEvaluationResult.enabled("Docker available and the four image tarballs built");
    }

    private static ConditionEvaluationResult skipped(String reason) {
        System.out.println("[container-tests] " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
