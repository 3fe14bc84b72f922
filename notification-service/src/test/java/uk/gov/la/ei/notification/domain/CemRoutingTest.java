package uk.gov.la.ei.notification.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.notification.registry.EstablishmentCategory;
import uk.gov.la.ei.notification.registry.LaContact;
import uk.gov.la.ei.notification.registry.LaContact.Phase;
import uk.gov.la.ei.notification.registry.LaContact.Role;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** H§4: concerns and escalations go to the County Education Manager for the school's phase – special provision to the special CEM. */
class CemRoutingTest {

    private static final LaContact PRIMARY = new LaContact(Role.CEM, Phase.PRIMARY, "P", "p@la.example");
    private static final LaContact SECONDARY = new LaContact(Role.CEM, Phase.SECONDARY, "S", "s@la.example");
    private static final LaContact SPECIAL = new LaContact(Role.CEM, Phase.SPECIAL, "X", "x@la.example");
    private static final LaContact DUTY = new LaContact(Role.CEM, Phase.DUTY, "D", "d@la.example");
    private static final LaContact SHMI = new LaContact(Role.SHMI, null, "H", "h@ofsted.example");
    private static final List<LaContact> ALL = List.of(SHMI, PRIMARY, SECONDARY, SPECIAL, DUTY);

    @Test
    void primaryAndSecondarySchoolsGoToTheirPhasesCem() {
        assertThat(CemRouting.cemFor(EstablishmentCategory.MAINTAINED, "Community school", "Primary", ALL)).contains(PRIMARY);
        assertThat(CemRouting.cemFor(EstablishmentCategory.ACADEMY, "Academy converter", "Secondary", ALL)).contains(SECONDARY);
        assertThat(CemRouting.cemFor(EstablishmentCategory.MAINTAINED, "Foundation school", "All-through", ALL)).contains(SECONDARY);
        assertThat(CemRouting.cemFor(EstablishmentCategory.MAINTAINED, "Local authority nursery school", "Nursery", ALL)).contains(PRIMARY);
    }

    @Test
    void specialSchoolsGoToTheSpecialCem() {
        assertThat(CemRouting.cemFor(EstablishmentCategory.SPECIAL, "Community special school", "Not applicable", ALL)).contains(SPECIAL);
    }

    @Test
    void pupilReferralUnitsGoToTheSpecialCem() {
        assertThat(CemRouting.cemFor(EstablishmentCategory.PRU, "Pupil referral unit", "Not applicable", ALL)).contains(SPECIAL);
    }

    @Test
    void specialAndAlternativeProvisionAcademiesGoToTheSpecialCemThoughTheyAreAcademies() {
        assertThat(CemRouting.cemFor(EstablishmentCategory.ACADEMY, "Academy special converter", "Not applicable", ALL)).contains(SPECIAL);
        assertThat(CemRouting.cemFor(EstablishmentCategory.ACADEMY, "Academy alternative provision sponsor led", "Secondary", ALL))
                .contains(SPECIAL);
        assertThat(CemRouting.cemFor(EstablishmentCategory.FREE_SCHOOL, "Free schools special", "Primary", ALL)).contains(SPECIAL);
    }

    @Test
    void aStateFundedSchoolGiasGivesNoPhaseIsSpecialProvision() {
        // GIAS "PhaseOfEducation (name)" is "Not applicable" for special schools, PRUs and alternative provision
        assertThat(CemRouting.cemFor(EstablishmentCategory.ACADEMY, "A type GIAS introduces later", "Not applicable", ALL))
                .contains(SPECIAL);
    }

    @Test
    void anIndependentSchoolWithoutAPhaseIsNotThereforeSpecialButAnIndependentSpecialSchoolIs() {
        assertThat(CemRouting.cemFor(EstablishmentCategory.INDEPENDENT, "Other independent school", "Not applicable", ALL))
                .contains(PRIMARY);
        assertThat(CemRouting.cemFor(EstablishmentCategory.INDEPENDENT, "Other independent special school", "Not applicable", ALL))
                .contains(SPECIAL);
        assertThat(CemRouting.cemFor(EstablishmentCategory.INDEPENDENT, "Non-maintained special school", "Not applicable", ALL))
                .contains(SPECIAL);
    }

    @Test
    void anUnknownUrnGoesToTheCemOnDuty() {
        assertThat(CemRouting.cemFor(null, null, null, ALL)).contains(DUTY);
    }

    @Test
    void withoutACemForThePhaseTheCemOnDutyTakesIt() {
        assertThat(CemRouting.cemFor(EstablishmentCategory.SPECIAL, null, null, List.of(PRIMARY, DUTY))).contains(DUTY);
        assertThat(CemRouting.cemFor(EstablishmentCategory.MAINTAINED, null, "Primary", List.of(SHMI))).isEmpty();
    }
}
