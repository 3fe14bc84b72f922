package uk.gov.la.ei.supporttracking.domain;

/** What a statutory clock runs from. Three of them are dates the SIM records: no event carries them. */
public enum ClockStart {
    /** The school received the draft report (recorded by the SIM). */
    DRAFT_REPORT_RECEIVED,
    /** Ofsted published the inspection report (recorded by the SIM). */
    REPORT_PUBLISHED,
    /** The LA gave the governing body a warning notice (recorded by the SIM). */
    WARNING_NOTICE_GIVEN,
    /** The inspection's last day (known from the notice). */
    INSPECTION_ENDED
}
