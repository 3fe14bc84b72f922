package uk.gov.la.ei.supporttracking.domain;

/** Where a support case stands. A case is never deleted: a withdrawn inspection's case stays as a record. */
public enum CaseState {
    /** The inspection is ahead or under way, or its follow-up is running. */
    OPEN,
    /** Ofsted granted a deferral: the plan waits for the rescheduled notice (H§4; Ofsted's deferral guidance). */
    AWAITING_RESCHEDULE,
    /** Ofsted withdrew the notice: open points cancelled, everything kept as a record. */
    WITHDRAWN
}
