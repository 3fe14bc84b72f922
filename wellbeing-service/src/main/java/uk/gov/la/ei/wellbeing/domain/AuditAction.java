package uk.gov.la.ei.wellbeing.domain;

/** What an audit entry records. Names only: the entry never carries the health detail itself. */
public enum AuditAction {
    REFERRAL_OPENED,
    TRIGGER_JOINED,
    REFERRAL_READ,
    REFERRAL_LISTED,
    SIGNPOSTED,
    SIGNPOSTING_OVERDUE,
    CHECK_IN_SCHEDULED,
    CHECK_IN_RESCHEDULED,
    CHECK_IN_CANCELLED,
    CHECK_IN_DONE,
    CHECK_IN_MISSED,
    REFERRAL_CLOSED,
    REFERRAL_ERASED,
    OFFER_CHANGED,
    AUDIT_QUERIED,
    STATISTICS_READ
}
