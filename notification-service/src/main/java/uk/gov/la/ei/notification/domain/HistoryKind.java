package uk.gov.la.ei.notification.domain;

/** The steps recorded in an inspection's history. */
public enum HistoryKind {
    NOTICE_RECEIVED,
    NOTICE_UPDATED,
    CONTACTS_ASSIGNED,
    DATA_FIX_NEEDED,
    EMAIL_QUEUED,
    RESCHEDULED,
    WITHDRAWN,
    ACKNOWLEDGED,
    ACKNOWLEDGEMENT_OVERDUE
}
