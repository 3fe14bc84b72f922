package uk.gov.la.ei.contracts.events;

/** Why ContactsAssigned was published: it always carries the inspection's contacts as they are now. */
public enum AssignmentReason {
    /** A new notice: the inspection was created and its contacts told. */
    NOTIFIED,
    /** A SIM or AI was assigned (or changed) after the notice; the open inspection now has them. */
    REASSIGNED,
    /** Notified again after a withdrawal: a fresh acknowledgement deadline, everyone told again. */
    RENOTIFIED
}
