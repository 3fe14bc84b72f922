package uk.gov.la.ei.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * Quarkus test resource: a real Kafka broker and a real PostgreSQL for a service's
 * {@code @QuarkusTest}s. One of each per test JVM (a module's whole suite), started on first use and
 * stopped when the JVM ends. The addresses reach the application as configuration.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker kafka;
    private static Postgres postgres;

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            try {
                kafka = KafkaBroker.start(Files.createTempDirectory("kafka-test-"), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            KafkaBroker started = kafka;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "kafka-test-shutdown"));
        }
        return kafka;
    }

    public static synchronized Postgres postgres() {
        if (postgres == null) {
            postgres = Postgres.startTemporary();
            Postgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "postgres-test-shutdown"));
        }
        return postgres;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", kafka().bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", postgres().jdbcUrl("postgres"));
        config.put("quarkus.datasource.username", Postgres.USER);
        config.put("quarkus.datasource.password", "");
        return config;
    }

    @Override
    public void stop() {
        // The broker and database live as long as the test JVM: Quarkus may restart the application
        // between test classes, and each restart should find the same infrastructure.
    }
}
