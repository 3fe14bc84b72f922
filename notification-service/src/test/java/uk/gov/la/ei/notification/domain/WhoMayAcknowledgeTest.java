package uk.gov.la.ei.notification.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** H§4: the SIM or AI acknowledges the notice; the CEM it is routed to may too, so that none lacks someone who may. */
class WhoMayAcknowledgeTest {

    private static Inspection inspection(String sim, String ai, String cem) {
        Inspection i = new Inspection();
        i.simEmail = sim;
        i.aiEmail = ai;
        i.cemEmail = cem;
        return i;
    }

    @Test
    void theSimAndTheAiOfTheInspectionMay() {
        Inspection i = inspection("sim@la.example", "ai@la.example", "cem@la.example");
        assertThat(WhoMayAcknowledge.mayAcknowledge(i, "SIM@la.example", Set.of("sim"))).isTrue();
        assertThat(WhoMayAcknowledge.mayAcknowledge(i, "ai@la.example", Set.of("attached-inspector"))).isTrue();
    }

    @Test
    void theCemTheInspectionIsRoutedToMayAcknowledgeAnInspectionOfASchoolWithoutASim() {
        Inspection academyWithoutSim = inspection(null, null, "cem@la.example");
        assertThat(WhoMayAcknowledge.mayAcknowledge(academyWithoutSim, "cem@la.example", Set.of("cem"))).isTrue();
        assertThat(WhoMayAcknowledge.mayAcknowledge(academyWithoutSim, "other.cem@la.example", Set.of("cem"))).isFalse();
    }

    @Test
    void roleAndRelationshipMustBothHold() {
        Inspection i = inspection("sim@la.example", "ai@la.example", "cem@la.example");
        assertThat(WhoMayAcknowledge.mayAcknowledge(i, "sim@la.example", Set.of("ops"))).isFalse();
        assertThat(WhoMayAcknowledge.mayAcknowledge(i, "someone.else@la.example", Set.of("sim"))).isFalse();
        assertThat(WhoMayAcknowledge.mayAcknowledge(i, null, Set.of("sim"))).isFalse();
    }
}
