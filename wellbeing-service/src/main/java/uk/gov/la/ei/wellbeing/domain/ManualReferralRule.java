package uk.gov.la.ei.wellbeing.domain;

/**
 * Who may refer a leader by hand: the SIM, the attached inspector or the CEM of the inspection (the people
 * in touch with the school through it, H§4), or a wellbeing officer. The attached inspector may refer but
 * not read: once referred, the leader's support is for the wellbeing officer, the SIM and the CEM.
 */
public final class ManualReferralRule {

    private ManualReferralRule() {
    }

    public static boolean mayRefer(ReferralReadRule.Standing s) {
        return s.wellbeingOfficer() || s.simOfInspection() || s.attachedInspectorOfInspection() || s.cemOfInspection();
    }
}
