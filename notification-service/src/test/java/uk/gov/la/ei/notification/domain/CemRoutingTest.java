package uk.gov.la.ei.notification.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.notification.registry.EstablishmentCategory;
import uk.gov.la.ei.notification.registry.LaContact;
import uk.gov.la.ei.notification.registry.LaContact.Phase;
import uk.gov.la.ei.notification.registry.LaContact.Role;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CemRoutingTest {

    private static final LaContact PRIMARY = new LaContact(Role.CEM, Phase.PRIMARY, "P", "p@la.example");
    private static final LaContact SECONDARY = new LaContact(Role.CEM, Phase.SECONDARY, "S", "s@la.example");
    private static final LaContact SPECIAL = new LaContact(Role.CEM, Phase.SPECIAL, "X", "x@la.example");
    private static final LaContact DUTY = new LaContact(Role.CEM, Phase.DUTY, "D", "d@la.example");
    private static final LaContact SHMI = new LaContact(Role.SHMI, null, "H", "h@ofsted.example");
    private static final List<LaContact> ALL = List.of(SHMI, PRIMARY, SECONDARY, SPECIAL, DUTY);

    @Test
    void primaryAndSecondarySchoolsGoToTheirPhasesCem() {
        assertThat(CemRouting.cemFor(EstablishmentCategory.MAINTAINED, "Primary", ALL)).contains(PRIMARY);
        assertThat(CemRouting.cemFor(EstablishmentCategory.ACADEMY, "Secondary", ALL)).contains(SECONDARY);
        assertThat(CemRouting.cemFor(EstablishmentCategory.MAINTAINED, "All-through", ALL)).contains(SECONDARY);
        assertThat(CemRouting.cemFor(EstablishmentCategory.MAINTAINED, "Nursery", ALL)).contains(PRIMARY);
    }

    @Test
    void specialSchoolsGoToTheSpecialCem() {
        assertThat(CemRouting.cemFor(EstablishmentCategory.SPECIAL, "Not applicable", ALL)).contains(SPECIAL);
    }

    @Test
    void anUnknownUrnGoesToTheCemOnDuty() {
        assertThat(CemRouting.cemFor(null, null, ALL)).contains(DUTY);
    }

    @Test
    void withoutACemForThePhaseTheCemOnDutyTakesIt() {
        assertThat(CemRouting.cemFor(EstablishmentCategory.SPECIAL, null, List.of(PRIMARY, DUTY))).contains(DUTY);
        assertThat(CemRouting.cemFor(EstablishmentCategory.MAINTAINED, "Primary", List.of(SHMI))).isEmpty();
    }
}
