package uk.gov.la.ei.contracts.events;

/** What a concern about an inspection is about (DOMAIN.md flow step 6; H§4, H§5). */
public enum ConcernCategory {
    /** Inspector conduct, judged against Ofsted's code of conduct. */
    INSPECTOR_CONDUCT,
    /** A potential (or actual) outcome worse than the LA's own categorisation of the school. */
    UNEXPECTED_OUTCOME,
    /** The inspection process or its evidence base. */
    PROCESS_OR_EVIDENCE,
    SAFEGUARDING,
    /** The headteacher's or another leader's wellbeing. */
    LEADER_WELLBEING,
    OTHER
}
