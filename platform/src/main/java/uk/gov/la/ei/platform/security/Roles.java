package uk.gov.la.ei.platform.security;

/** The roles of DOMAIN.md, as they appear in a token's groups (or roles) claim. */
public final class Roles {
    /** School Improvement Manager: owns the school, acknowledges, decides follow-up (H§4). */
    public static final String SIM = "sim";
    /** LA adviser attached to the school: keeps in touch during the inspection (H§4). */
    public static final String ATTACHED_INSPECTOR = "attached-inspector";
    /** County Education Manager: receives concerns, escalation point (H§4). */
    public static final String CEM = "cem";
    /** Assistant Director E&I and senior officers (H§2, H§4). */
    public static final String SENIOR_OFFICER = "senior-officer";
    public static final String GOVERNOR_SERVICES = "governor-services";
    /** EPS / wellbeing lead (H§6). */
    public static final String WELLBEING_OFFICER = "wellbeing-officer";
    /** Another council system publishing Ofsted notices (machine role). */
    public static final String NOTICE_PUBLISHER = "notice-publisher";
    /** Operations: health, metrics, dead letters, the outbox. */
    public static final String OPS = "ops";

    private Roles() {
    }
}
