package uk.gov.la.ei.notification.domain;

/** Where an inspection stands for the LA's notification work. */
public enum InspectionState {
    /** Notice received and contacts told; nobody has acknowledged it with the school yet. */
    NOTIFIED,
    /** The SIM or AI contacted the school and agreed involvement and keep-in-touch times (H§4). */
    ACKNOWLEDGED,
    /** Ofsted withdrew the notice. */
    WITHDRAWN
}
