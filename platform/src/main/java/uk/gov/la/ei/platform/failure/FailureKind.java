package uk.gov.la.ei.platform.failure;

/** What a failure says about the next attempt (ARCHITECTURE.md, "Failure discipline"). */
public enum FailureKind {
    /** It will fail the same way again: dead-letter, park, or refuse it; never retry it forever. */
    PERMANENT,
    /** It will pass (database or broker away, a lock, a timeout): retry in place, in order. */
    TRANSIENT,
    /** Not known: retried a bounded number of times, then treated as permanent. */
    UNKNOWN
}
