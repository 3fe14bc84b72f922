package uk.gov.la.ei.supporttracking.domain;

/** Where a deferral request stands (contract DeferralRecorded: REQUESTED, GRANTED or REFUSED). */
public enum DeferralOutcome {
    REQUESTED,
    GRANTED,
    REFUSED
}
