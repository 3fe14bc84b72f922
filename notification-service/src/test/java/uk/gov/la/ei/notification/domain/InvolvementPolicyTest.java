package uk.gov.la.ei.notification.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.notification.registry.EstablishmentCategory;

import static org.assertj.core.api.Assertions.assertThat;

/** Hampshire guidance §4 and §7: who the LA involves, by the kind of school. */
class InvolvementPolicyTest {

    @Test
    void aMaintainedSchoolGetsFullInvolvementOfTheSimAndTheAi() {
        assertThat(InvolvementPolicy.involvementFor(EstablishmentCategory.MAINTAINED)).isEqualTo(Involvement.FULL);
        assertThat(InvolvementPolicy.attachedInspectorInvolved(Involvement.FULL)).isTrue();
    }

    @Test
    void aNewMaintainedSchoolASpecialSchoolAndAPruAreLaMaintainedToo() {
        assertThat(InvolvementPolicy.involvementFor(EstablishmentCategory.NEW_SCHOOL)).isEqualTo(Involvement.FULL);
        assertThat(InvolvementPolicy.involvementFor(EstablishmentCategory.SPECIAL)).isEqualTo(Involvement.FULL);
        assertThat(InvolvementPolicy.involvementFor(EstablishmentCategory.PRU)).isEqualTo(Involvement.FULL);
    }

    @Test
    void anAcademyOrFreeSchoolIsOfferedSupportByTheSimAndTheAiIsNotAssigned() {
        assertThat(InvolvementPolicy.involvementFor(EstablishmentCategory.ACADEMY)).isEqualTo(Involvement.OFFER_SUPPORT);
        assertThat(InvolvementPolicy.involvementFor(EstablishmentCategory.FREE_SCHOOL)).isEqualTo(Involvement.OFFER_SUPPORT);
        assertThat(InvolvementPolicy.involvementFor(EstablishmentCategory.INDEPENDENT)).isEqualTo(Involvement.OFFER_SUPPORT);
        assertThat(InvolvementPolicy.attachedInspectorInvolved(Involvement.OFFER_SUPPORT)).isFalse();
    }

    @Test
    void aUrnNotInTheRegistryIsStillActedOnAsAnUnknownSchool() {
        assertThat(InvolvementPolicy.involvementFor(null)).isEqualTo(Involvement.UNKNOWN_SCHOOL);
    }
}
