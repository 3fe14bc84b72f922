package uk.gov.la.ei.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalTime;

/**
 * The clock every deadline reads, and the working-day calendar. Normally the system clock; with
 * {@code platform.clock.adjustable=true} (tests, the simulated year – never production) the shared
 * {@link MutableClock}, which tests move directly and a running service moves through
 * {@code /api/v1/ops/clock}.
 */
@ApplicationScoped
public class ClockProducer {

    @ConfigProperty(name = "platform.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return adjustable ? MutableClock.shared() : Clock.system(WorkingDays.ENGLAND);
    }

    @Produces
    @Singleton
    WorkingDays workingDays(@ConfigProperty(name = "platform.working-day.ends-at", defaultValue = "17:00") LocalTime endsAt) {
        return new WorkingDays(endsAt);
    }
}
