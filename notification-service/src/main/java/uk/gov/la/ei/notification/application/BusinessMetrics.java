package uk.gov.la.ei.notification.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.gov.la.ei.notification.domain.Inspection;
import uk.gov.la.ei.notification.domain.InspectionState;
import uk.gov.la.ei.platform.metrics.StoredCounts;

import java.time.Clock;

/** What operations staff watch for this service, beyond the chassis' outbox and mail gauges. */
@ApplicationScoped
public class BusinessMetrics {

    @Inject
    MeterRegistry metrics;
    @Inject
    Clock clock;

    void register(@Observes StartupEvent event) {
        StoredCounts.register(metrics, "notices.acknowledgement.overdue",
                "Inspections past their acknowledgement deadline and still not acknowledged (escalated to the CEM or about to be)",
                () -> Inspection.count("state = ?1 and acknowledgementDue < ?2", InspectionState.NOTIFIED, clock.instant()));
    }
}
