package uk.gov.la.ei.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import uk.gov.la.ei.platform.time.MutableClock;

import java.time.Clock;

/** Replaces the system clock in tests, so a deadline can be made to pass. */
@ApplicationScoped
public class TestClock {

    public static final MutableClock CLOCK = new MutableClock();

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }
}
