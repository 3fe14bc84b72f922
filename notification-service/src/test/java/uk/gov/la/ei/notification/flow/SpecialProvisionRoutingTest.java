package uk.gov.la.ei.notification.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.notification.TestClock;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Special academies and PRUs (GIAS phase "Not applicable") are routed to the special CEM (issue 6, item 7).
 * The sample registry's special academy and PRU are this class's own: no other test notifies them.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class SpecialProvisionRoutingTest {

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
        TestClock.start();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static void routedToTheSpecialCem(String urn) {
        String id = Fixtures.postNotice(Fixtures.notified(urn, Fixtures.newReference()));
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("phase", equalTo("Not applicable"))
                .body("cem.email", equalTo(Fixtures.CEM_SPECIAL_EMAIL));
        assertThat(Fixtures.events("contacts-assigned", id, 1)).singleElement()
                .satisfies(e -> assertThat(e.at("/data/cem/email").asText()).isEqualTo(Fixtures.CEM_SPECIAL_EMAIL));
    }

    @Test
    void aSpecialAcademyGoesToTheSpecialCem() {
        // 142101 Blackwater Valley Special Academy: academy special converter
        routedToTheSpecialCem("142101");
    }

    @Test
    void aPupilReferralUnitGoesToTheSpecialCem() {
        // 135720 Hampshire Pathways Education Centre North
        routedToTheSpecialCem("135720");
    }

    @Test
    void anAlternativeProvisionAcademyWithoutAPhaseGoesToTheSpecialCem() {
        String urn = Fixtures.newUrn();
        Fixtures.school(urn, "Harbour Alternative Provision Academy " + urn, "Academy alternative provision converter",
                "Academies", "Not applicable", null, null);
        routedToTheSpecialCem(urn);
    }
}
