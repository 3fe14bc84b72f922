package uk.gov.la.ei.contracts.events;

/** What opened (or joined) a wellbeing referral for a school's leader (DOMAIN.md flow step 9; H§6). */
public enum WellbeingTrigger {
    /** The final-feedback record says leaders need signposting to welfare support. */
    FEEDBACK_SIGNPOSTING,
    LEADER_WELLBEING_CONCERN,
    INSPECTOR_CONDUCT_CONCERN,
    PAUSE_REQUESTED,
    ADVERSE_OUTCOME,
    UNEXPECTED_OUTCOME,
    /** A SIM, AI, CEM or wellbeing officer referred the leader. */
    MANUAL
}
