package uk.gov.la.ei.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock tests can set and move, to see deadlines pass without waiting. It keeps ticking from
 * where it was set (an offset from the system clock), so the order of events stays real.
 */
public final class MutableClock extends Clock {

    private static final MutableClock SHARED = new MutableClock();

    private volatile Duration offset = Duration.ZERO;

    /** The one adjustable clock of this JVM (what {@link ClockProducer} gives out when the clock is adjustable). */
    public static MutableClock shared() {
        return SHARED;
    }
    private final ZoneId zone;

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    public MutableClock() {
        this(WorkingDays.ENGLAND);
    }

    /** From now on the clock reads {@code instant}, and ticks on from there. */
    public void set(Instant instant) {
        this.offset = Duration.between(Instant.now(), instant);
    }

    public void advance(Duration duration) {
        this.offset = offset.plus(duration);
    }

    /** Back to the real time. */
    public void reset() {
        this.offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock copy = new MutableClock(zone);
        copy.offset = offset;
        return copy;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
