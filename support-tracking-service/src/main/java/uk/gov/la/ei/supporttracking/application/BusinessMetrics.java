package uk.gov.la.ei.supporttracking.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.gov.la.ei.platform.metrics.StoredCounts;
import uk.gov.la.ei.supporttracking.domain.Concern;
import uk.gov.la.ei.supporttracking.domain.ConcernStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What operations staff watch for this service: concerns not yet closed, by how long ago they were logged
 * (a concern can never end open – DOMAIN.md flow step 6 – so an old one is a lapse in the making).
 */
@ApplicationScoped
public class BusinessMetrics {

    static final String OPEN_CONCERNS = "concerns.open";

    @Inject
    MeterRegistry metrics;
    @Inject
    Clock clock;

    void register(@Observes StartupEvent event) {
        String description = "Concerns not closed, by time since they were logged";
        StoredCounts.register(metrics, OPEN_CONCERNS, description,
                () -> Concern.count("status <> ?1 and loggedAt >= ?2", ConcernStatus.CLOSED, ago(Duration.ofDays(1))),
                "age", "under_1_day");
        StoredCounts.register(metrics, OPEN_CONCERNS, description,
                () -> Concern.count("status <> ?1 and loggedAt < ?2 and loggedAt >= ?3", ConcernStatus.CLOSED,
                        ago(Duration.ofDays(1)), ago(Duration.ofDays(7))),
                "age", "1_to_7_days");
        StoredCounts.register(metrics, OPEN_CONCERNS, description,
                () -> Concern.count("status <> ?1 and loggedAt < ?2", ConcernStatus.CLOSED, ago(Duration.ofDays(7))),
                "age", "over_7_days");
    }

    private Instant ago(Duration age) {
        return clock.instant().minus(age);
    }
}
