package uk.gov.la.ei.supporttracking.domain;

/** Who owns a keep-in-touch point, as a role on the inspection (DOMAIN.md people). */
public enum OwnerRole {
    SIM("sim"),
    ATTACHED_INSPECTOR("attached-inspector"),
    CEM("cem");

    private final String role;

    OwnerRole(String role) {
        this.role = role;
    }

    /** The role's name as in tokens and in the events' {@code alertedRole}. */
    public String role() {
        return role;
    }

    /**
     * Who takes a point when the preferred owner is not assigned: the AI's points go to the SIM, the SIM's
     * to the CEM the inspection is routed to (an academy has no AI; an unknown URN has neither).
     */
    public OwnerRole fallback() {
        return switch (this) {
            case ATTACHED_INSPECTOR -> SIM;
            case SIM, CEM -> CEM;
        };
    }
}
