package uk.gov.la.ei.contracts.events;

/** How far the LA is involved in an inspection (Hampshire guidance §4 and §7). */
public enum Involvement {
    /** Maintained or new maintained school: SIM and AI, full involvement (H§4). */
    FULL,
    /** Academy, free school or other non-maintained: the SIM acknowledges and offers support (H§7). */
    OFFER_SUPPORT,
    /** The URN is not in the registry: routed to the CEM on duty and flagged for a data fix. */
    UNKNOWN_SCHOOL
}
