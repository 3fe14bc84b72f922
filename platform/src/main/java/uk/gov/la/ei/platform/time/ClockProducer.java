package uk.gov.la.ei.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalTime;

/** The system clock and the working-day calendar; a test replaces the clock with a {@link MutableClock}. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(WorkingDays.ENGLAND);
    }

    @Produces
    @Singleton
    WorkingDays workingDays(@ConfigProperty(name = "platform.working-day.ends-at", defaultValue = "17:00") LocalTime endsAt) {
        return new WorkingDays(endsAt);
    }
}
