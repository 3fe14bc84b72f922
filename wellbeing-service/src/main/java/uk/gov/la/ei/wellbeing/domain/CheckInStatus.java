package uk.gov.la.ei.wellbeing.domain;

public enum CheckInStatus {
    SCHEDULED,
    DONE,
    /** Not done by its due time (found by the watch), or recorded as missed; escalated to the CEM once. */
    MISSED,
    /** Taken off the schedule (the plan changed, or the referral was closed). */
    CANCELLED
}
