package uk.gov.la.ei.contracts.events;

/** Where an unresolved concern goes (H§4): the County Education Manager, then Ofsted's regional Senior HMI. */
public enum EscalationLevel {
    CEM,
    SHMI
}
