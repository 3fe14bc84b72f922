package uk.gov.la.ei.supporttracking.domain;

/** Where a keep-in-touch point came from. */
public enum PointOrigin {
    /** The default plan for the involvement level and start date ({@link KeepInTouchPlan}). */
    PLAN,
    /** A keep-in-touch time agreed with the school at acknowledgement (H§4, H§7). */
    AGREED,
    /** Added by the SIM or AI. */
    ADDED,
    /** An action of the follow-up decided after the inspection ({@link FollowUpPolicy}). */
    FOLLOW_UP
}
