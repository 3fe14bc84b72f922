package uk.gov.la.ei.contracts.events;

/** How a concern ended: never just "open" (DOMAIN.md flow step 6). */
public enum ConcernOutcome {
    /** Resolved, with the school or with the inspector, by the agreed course of action. */
    RESOLVED,
    /** Escalated to the region's linked Senior HMI, who answered. */
    SHMI_ANSWERED,
    /** Carried into a formal complaint, which the LA supports to its end. */
    COMPLAINT
}
