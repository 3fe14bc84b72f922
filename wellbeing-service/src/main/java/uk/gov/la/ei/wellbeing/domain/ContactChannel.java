package uk.gov.la.ei.wellbeing.domain;

/** How a leader was signposted or checked on (H§4: "regular checking in through visits or telephone calls"). */
public enum ContactChannel {
    /** An e-mail the service sends through the mail queue (for signposting), or one the officer sent (check-in). */
    EMAIL,
    CALL,
    VISIT
}
