package uk.gov.la.ei.supporttracking.domain;

/**
 * The circumstances Ofsted's deferral guidance ("Deferring Ofsted inspections", GOV.UK; H§4 "reviewing the
 * circumstances for the deferral request") asks to be considered, as the SIM/AI records them. Ofsted decides;
 * the LA records what it considered with the headteacher.
 */
public enum DeferralCriterion {
    /** The school is closed, or will be, on the inspection days (e.g. severe weather, a planned closure). */
    SCHOOL_CLOSED,
    /** A major incident affecting the school community (e.g. a fire, a flood, a death). */
    MAJOR_INCIDENT,
    /** The headteacher is absent; on its own not normally a reason, considered with who leads in their absence. */
    HEADTEACHER_ABSENT,
    /** Since November 2025, a senior leader's wellbeing is a reason Ofsted considers (DOMAIN.md, Ofsted facts). */
    SENIOR_LEADER_WELLBEING,
    /** The school is in the middle of structural change (e.g. closing, amalgamating, converting). */
    STRUCTURAL_CHANGE,
    OTHER
}
