package uk.gov.la.ei.contracts.events;

/**
 * An inspection's outcome on the LA's own four-point categorisation scale (Tri-borough framework §2), so
 * that it can be compared with the LA's categorisation of the school whatever the framework: the worst
 * judgement decides (a report card's "needs attention" is REQUIRES_IMPROVEMENT, "urgent improvement"
 * INADEQUATE; safeguarding not met is INADEQUATE).
 */
public enum OutcomeBand {
    OUTSTANDING,
    GOOD,
    REQUIRES_IMPROVEMENT,
    INADEQUATE;

    /** Whether this outcome is worse than {@code other}. */
    public boolean isWorseThan(OutcomeBand other) {
        return ordinal() > other.ordinal();
    }
}
