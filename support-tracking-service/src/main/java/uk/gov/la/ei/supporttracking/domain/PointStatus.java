package uk.gov.la.ei.supporttracking.domain;

/** A keep-in-touch point is planned, then done, missed or cancelled (H§4). A missed point can still be done, late. */
public enum PointStatus {
    PLANNED,
    MISSED,
    DONE,
    CANCELLED;

    /** Planned or missed: it still needs doing. */
    public boolean isOpen() {
        return this == PLANNED || this == MISSED;
    }
}
