package uk.gov.la.ei.supporttracking.domain;

/** An internal review, learning review or complaint is open until someone closes it with its outcome. */
public enum ReviewStatus {
    OPEN,
    CLOSED
}
