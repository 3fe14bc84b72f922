package uk.gov.la.ei.supporttracking.domain;

/** Ofsted's answer to a pause request, or the school withdrawing it. */
public enum PauseOutcome {
    PAUSED,
    REFUSED,
    WITHDRAWN
}
