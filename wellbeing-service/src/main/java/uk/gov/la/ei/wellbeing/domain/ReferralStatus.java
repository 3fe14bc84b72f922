package uk.gov.la.ei.wellbeing.domain;

/** A referral is open until someone closes it with a reason; nothing closes it by itself. */
public enum ReferralStatus {
    OPEN,
    CLOSED
}
