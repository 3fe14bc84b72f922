package uk.gov.la.ei.wellbeing.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.wellbeing.domain.ReferralReadRule.Basis;
import uk.gov.la.ei.wellbeing.domain.ReferralReadRule.Standing;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN.md step 9: "only wellbeing officers, the school's SIM and the CEM may read it". */
class ReferralReadRuleTest {

    private static final Standing NOBODY = new Standing(false, false, false, false);

    @Test
    void aWellbeingOfficerReadsEveryReferral() {
        assertThat(ReferralReadRule.basisToRead(new Standing(true, false, false, false))).contains(Basis.WELLBEING_OFFICER);
    }

    @Test
    void theSchoolsSimReadsItsReferral() {
        assertThat(ReferralReadRule.basisToRead(new Standing(false, true, false, false))).contains(Basis.SCHOOL_SIM);
    }

    @Test
    void theCemTheInspectionIsRoutedToReadsItsReferral() {
        assertThat(ReferralReadRule.basisToRead(new Standing(false, false, false, true))).contains(Basis.INSPECTION_CEM);
    }

    @Test
    void theAttachedInspectorDoesNotReadIt() {
        assertThat(ReferralReadRule.mayRead(new Standing(false, false, true, false))).isFalse();
    }

    @Test
    void anyoneElseDoesNotReadIt_anotherSchoolsSimSeniorOfficersGovernorServices() {
        // their standing to the inspection is nothing: no relation the rule accepts
        assertThat(ReferralReadRule.mayRead(NOBODY)).isFalse();
        assertThat(ReferralReadRule.basisToRead(NOBODY)).isEmpty();
    }

    @Test
    void theAttachedInspectorMayReferButNotRead() {
        Standing ai = new Standing(false, false, true, false);
        assertThat(ManualReferralRule.mayRefer(ai)).isTrue();
        assertThat(ReferralReadRule.mayRead(ai)).isFalse();
    }

    @Test
    void theSimTheCemAndAWellbeingOfficerMayReferByHandAndNobodyElse() {
        assertThat(ManualReferralRule.mayRefer(new Standing(false, true, false, false))).isTrue();
        assertThat(ManualReferralRule.mayRefer(new Standing(false, false, false, true))).isTrue();
        assertThat(ManualReferralRule.mayRefer(new Standing(true, false, false, false))).isTrue();
        assertThat(ManualReferralRule.mayRefer(NOBODY)).isFalse();
    }
}
