package uk.gov.la.ei.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.HashMap;
import java.util.Map;

/**
 * Quarkus test resource: a real Kafka broker, a real PostgreSQL and a real SMTP server for a service's
 * {@code @QuarkusTest}s. One of each per test JVM (a module's whole suite), started on first use and
 * stopped when the JVM ends. The addresses reach the application as configuration.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker kafka;
    private static Postgres postgres;
    /** This JVM's broker and database data: under the module's target/, removed when the JVM ends. */
    private static final Path DATA = Path.of("target", "test-infra", "run-" + ProcessHandle.current().pid()).toAbsolutePath();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(RealInfrastructure::shutdown, "test-infra-shutdown"));
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = KafkaBroker.start(DATA.resolve("kafka"), 0);
        }
        return kafka;
    }

    public static synchronized Postgres postgres() {
        if (postgres == null) {
            postgres = Postgres.startForTests(DATA.resolve("postgres"));
        }
        return postgres;
    }

    /**
     * A PostgreSQL outage in the middle of a test: the server stops, stays away for {@code downtime}, and
     * comes back on the same port with the same data.
     */
    public static synchronized void restartPostgres(Duration downtime) {
        postgres = postgres().restart(downtime);
    }

    private static synchronized void shutdown() {
        try {
            if (kafka != null) {
                kafka.close();
            }
        } catch (RuntimeException e) {
            System.err.println("test broker did not stop cleanly: " + e);
        }
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (RuntimeException e) {
            System.err.println("test database did not stop cleanly: " + e);
        }
        deleteRecursively(DATA);
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a file still held open by a stopping process: the next clean removes target/
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not remove " + root + ": " + e);
        }
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", kafka().bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", postgres().jdbcUrl("postgres"));
        config.put("quarkus.datasource.username", Postgres.USER);
        config.put("quarkus.datasource.password", "");
        // the mailer is real in every service's tests: a real SMTP server in this JVM
        config.putAll(new SmtpTestServer().start());
        return config;
    }

    @Override
    public void stop() {
        // The broker and database live as long as the test JVM: Quarkus may restart the application
        // between test classes, and each restart should find the same infrastructure.
    }
}
