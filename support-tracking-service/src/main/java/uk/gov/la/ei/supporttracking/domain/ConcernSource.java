package uk.gov.la.ei.supporttracking.domain;

/** How a concern came to be logged. */
public enum ConcernSource {
    /** A SIM, AI or CEM logged it. */
    LOGGED,
    /** feedback-service found the outcome worse than the LA's categorisation (DOMAIN.md flow step 7). */
    UNEXPECTED_OUTCOME_FLAGGED
}
