package uk.gov.la.ei.feedback;

import uk.gov.la.ei.platform.time.MutableClock;

import java.time.Instant;

/** The service's clock in tests (platform.clock.adjustable is on in the test profile). */
public final class TestClock {

    public static final MutableClock CLOCK = MutableClock.shared();
    /** The Thursday after the fixtures' inspections (notified Monday 23 November 2026, feedback Wednesday 25th). */
    public static final Instant AFTER_THE_INSPECTION = Instant.parse("2026-11-26T12:00:00Z");

    private TestClock() {
    }
}
