package uk.gov.la.ei.supporttracking.domain;

/** How a contact was made or an escalation sent. */
public enum ContactChannel {
    PHONE,
    EMAIL,
    VISIT,
    MEETING,
    VIDEO_CALL,
    LETTER,
    OTHER
}
