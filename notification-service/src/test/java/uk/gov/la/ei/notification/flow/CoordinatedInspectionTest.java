package uk.gov.la.ei.notification.flow;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.notification.Fixtures.TestSchool;
import uk.gov.la.ei.notification.TestClock;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Coordinated inspections (Ofsted federation briefing; issue 6, item 7): when a second school of a
 * federation is notified in the same window, the first school's inspection learns it too – an event for
 * each inspection and an e-mail to the first school's SIM and AI – not only the second.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class CoordinatedInspectionTest {

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
        TestClock.start();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void whenTheSecondSchoolOfAFederationIsNotifiedBothInspectionsLearnItAndTheFirstSchoolsContactsAreTold() {
        String federation = "FEDT" + (100_000 + ThreadLocalRandom.current().nextInt(899_999));
        TestSchool first = Fixtures.maintainedSchool(federation, "The Test Federation " + federation);
        TestSchool second = Fixtures.maintainedSchool(federation, "The Test Federation " + federation);
        TestSchool third = Fixtures.maintainedSchool(federation, "The Test Federation " + federation);

        String firstId = Fixtures.postNotice(Fixtures.notified(first.urn(), Fixtures.newReference()));
        String secondRef = Fixtures.newReference();
        String secondNotice = Fixtures.notified(second.urn(), secondRef);
        String secondId = Fixtures.postNotice(secondNotice);

        JsonNode forSecond = Fixtures.events("coordinated-inspection-identified", secondId, 1).get(0).get("data");
        assertThat(forSecond.get("partnerInspectionId").asText()).isEqualTo(firstId);
        assertThat(forSecond.get("partnerUrn").asText()).isEqualTo(first.urn());
        assertThat(forSecond.get("federationCode").asText()).isEqualTo(federation);
        List<JsonNode> forFirst = Fixtures.events("coordinated-inspection-identified", firstId, 1);
        assertThat(forFirst).singleElement().satisfies(e -> {
            assertThat(e.at("/data/partnerInspectionId").asText()).isEqualTo(secondId);
            assertThat(e.at("/data/partnerUrn").asText()).isEqualTo(second.urn());
            assertThat(e.at("/data/partnerSchoolName").asText()).isEqualTo(second.name());
            assertThat(e.at("/data/federationName").asText()).isEqualTo("The Test Federation " + federation);
        });
        // the first school's event is keyed by its own URN, so it stays in order with that school's other events
        assertThat(Fixtures.eventRecordsNow("coordinated-inspection-identified", firstId))
                .singleElement().satisfies(r -> assertThat(r.key()).isEqualTo(first.urn()));

        // the first school's SIM and AI are told; the second school's read it in their notice e-mail
        for (String to : List.of(first.simEmail(), first.aiEmail())) {
            assertThat(Fixtures.awaitMails(to, m -> m.subject().startsWith("Coordinated inspection"), 1)).singleElement()
                    .satisfies(m -> assertThat(m.body()).contains(second.urn()).contains(secondRef).contains(firstId));
        }
        assertThat(Fixtures.awaitMails(second.simEmail(), m -> m.body().contains(secondId), 1)).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("NOTIFIED IN THE SAME WINDOW").contains(first.urn()));

        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + firstId).then().statusCode(200)
                .body("coordinatedWith.urn", hasItem(second.urn()))
                .body("history.kind", hasItem("COORDINATED_INSPECTION"));
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + secondId).then().statusCode(200)
                .body("coordinatedWith.urn", hasItem(first.urn()))
                .body("federation.coordinatedInspection", equalTo(true));

        // the same notice again (a new event id) identifies nothing twice
        given().auth().oauth2(Fixtures.PUBLISHER).contentType("application/cloudevents+json")
                .body(secondNotice.replaceFirst("\"id\": \"[^\"]+\"", "\"id\": \"" + Fixtures.newId() + "\""))
                .when().post("/api/v1/notices").then().statusCode(200).body("result", equalTo("UPDATED"));
        assertThat(Fixtures.events("coordinated-inspection-identified", firstId, 1)).hasSize(1);
        assertThat(Fixtures.events("coordinated-inspection-identified", secondId, 1)).hasSize(1);
        Fixtures.mailDrained();
        for (String to : List.of(first.simEmail(), first.aiEmail())) {
            assertThat(Fixtures.mailsTo(to).stream().filter(m -> m.subject().startsWith("Coordinated inspection"))).hasSize(1);
        }
        // the second school's contacts read it in their notice e-mail; nobody else is told
        assertThat(Fixtures.mailsAbout(secondId)).extracting(SmtpTestServer.Received::to)
                .containsExactlyInAnyOrder(List.of(second.simEmail()), List.of(second.aiEmail()));

        // a partner notified ten days later is not in the same window
        LocalDate tenDaysOn = TestClock.noticeDay().plusDays(10);
        String thirdId = Fixtures.postNotice(Fixtures.notice("notified", Fixtures.newId(), third.urn(), Fixtures.newReference(),
                TestClock.DAYS.nextWorkingDay(tenDaysOn), TestClock.at(tenDaysOn, 9, 0)));
        assertThat(Fixtures.events("contacts-assigned", thirdId, 1)).hasSize(1);
        assertThat(Fixtures.events("coordinated-inspection-identified", thirdId, 0)).isEmpty();
        assertThat(Fixtures.eventsNow("coordinated-inspection-identified", firstId)).hasSize(1);
    }
}
