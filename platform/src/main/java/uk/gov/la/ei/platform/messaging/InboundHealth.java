package uk.gov.la.ei.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Readiness of the consumers: DOWN while any consumer is retrying a record in place because something
 * it needs (the database, the broker) is away, UP again on its own as soon as the record goes through.
 */
@ApplicationScoped
public class InboundHealth {

    public record Waiting(Instant since, int attempts, String lastFailure) {
    }

    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();

    void retrying(String consumer, Instant since, int attempts, String failure) {
        waiting.put(consumer, new Waiting(since, attempts, failure));
    }

    void recovered(String consumer) {
        waiting.remove(consumer);
    }

    public Map<String, Waiting> waiting() {
        return Map.copyOf(waiting);
    }

    /** The readiness check that reports it. */
    @Readiness
    @ApplicationScoped
    public static class Check implements HealthCheck {

        @Inject
        InboundHealth health;

        @Override
        public HealthCheckResponse call() {
            Map<String, Waiting> now = health.waiting();
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("Inbound consumers").status(now.isEmpty());
            now.forEach((consumer, w) -> builder.withData(consumer,
                    "retrying since " + w.since() + " (" + w.attempts() + " attempts): " + w.lastFailure()));
            return builder.build();
        }
    }
}
