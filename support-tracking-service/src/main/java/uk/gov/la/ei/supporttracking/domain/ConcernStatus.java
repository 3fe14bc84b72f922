package uk.gov.la.ei.supporttracking.domain;

/** A concern's way to an outcome: it can never end "open" (DOMAIN.md flow step 6). */
public enum ConcernStatus {
    /** Logged; the SIM and CEM were told at once. */
    OPEN,
    /** A course of action was agreed (H§4 "If the concern is not resolved, an agreed course of action will be identified"). */
    ACTION_AGREED,
    /** Escalated (to the CEM or the region's linked SHMI) and waiting for the answer. */
    ESCALATED,
    /** The escalation was answered: close it (SHMI_ANSWERED, RESOLVED) or carry it into a complaint. */
    ANSWERED,
    /** Ended: resolved, answered by the SHMI, or carried into a complaint. */
    CLOSED
}
