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
    /** Notified again after a withdrawal. */
    RENOTIFIED,
    /** The school's SIM or AI was assigned or changed after the notice. */
    CONTACTS_REASSIGNED,
    /** A partner school of the federation was notified in the same window. */
    COORDINATED_INSPECTION,
    ACKNOWLEDGED,
    ACKNOWLEDGEMENT_OVERDUE
}
