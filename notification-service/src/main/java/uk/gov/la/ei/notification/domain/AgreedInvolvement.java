package uk.gov.la.ei.notification.domain;

/** What the school and the LA agreed at acknowledgement (H§4 maintained schools, H§7 others). */
public enum AgreedInvolvement {
    /** Maintained school: SIM and AI involved throughout, including the final feedback. */
    FULL,
    /** Non-maintained school accepted the LA's offer of support. */
    OFFER_ACCEPTED,
    /** Non-maintained school declined; the LA joins only if Ofsted asks (e.g. safeguarding, H§7). */
    OFFER_DECLINED
}
