package uk.gov.la.ei.notification;

import uk.gov.la.ei.platform.time.MutableClock;

/** The service's clock in tests (platform.clock.adjustable is on in the test profile), so a deadline can be made to pass. */
public final class TestClock {

    public static final MutableClock CLOCK = MutableClock.shared();

    private TestClock() {
    }
}
