package uk.gov.la.ei.wellbeing.domain;

import java.util.Optional;

/**
 * Who may read a wellbeing referral – health-related personal data (DOMAIN.md flow step 9, UK GDPR
 * art. 9): wellbeing officers (EPS / wellbeing lead, H§6), the school's SIM (the SIM of the inspection)
 * and the CEM the inspection is routed to. Nobody else: not the attached inspector, not senior officers,
 * not Governor Services, not another school's SIM. This is deliberately narrower than the platform's
 * generic inspection rule. Those who may read a referral are also those who act on it (signpost, check
 * in, close).
 */
public final class ReferralReadRule {

    /** On what basis the caller reads (recorded as the "why" of every read in the audit log). */
    public enum Basis {
        WELLBEING_OFFICER("as a wellbeing officer"),
        SCHOOL_SIM("as the school's SIM"),
        INSPECTION_CEM("as the CEM the inspection is routed to");

        private final String why;

        Basis(String why) {
            this.why = why;
        }

        public String why() {
            return why;
        }
    }

    /**
     * How the caller stands to the referral's inspection. Role and relationship must both hold: e.g.
     * {@code simOfInspection} means the token has the role {@code sim} and its e-mail is the inspection's SIM.
     */
    public record Standing(boolean wellbeingOfficer, boolean simOfInspection, boolean attachedInspectorOfInspection,
                           boolean cemOfInspection) {
    }

    private ReferralReadRule() {
    }

    public static Optional<Basis> basisToRead(Standing s) {
        if (s.wellbeingOfficer()) {
            return Optional.of(Basis.WELLBEING_OFFICER);
        }
        if (s.simOfInspection()) {
            return Optional.of(Basis.SCHOOL_SIM);
        }
        if (s.cemOfInspection()) {
            return Optional.of(Basis.INSPECTION_CEM);
        }
        return Optional.empty();
    }

    public static boolean mayRead(Standing s) {
        return basisToRead(s).isPresent();
    }
}
