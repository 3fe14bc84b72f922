package uk.gov.la.ei.notification.flow;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.notification.Fixtures.TestSchool;
import uk.gov.la.ei.notification.TestClock;
import uk.gov.la.ei.notification.application.AcknowledgementWatch;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * A notice that comes back is a fresh start (issue 6, item 7): withdrawn then notified again, or deferred
 * and re-notified with a new start – a fresh acknowledgement deadline, the SIM and AI told again, an event
 * for the downstream services, and the deadline watched again.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class RenotificationTest {

    @Inject
    AcknowledgementWatch watch;

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
        TestClock.start();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static void acknowledge(String token, String id, Instant contactedAt) {
        given().auth().oauth2(token).contentType("application/json").body(Fixtures.acknowledgement(contactedAt, "FULL"))
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then().statusCode(200)
                .body("inspection.state", equalTo("ACKNOWLEDGED"));
    }

    private static String post(String notice, String result) {
        return Fixtures.postNotice(notice, result);
    }

    private static Instant instant(String id, String path) {
        return Instant.parse(given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .extract().jsonPath().getString(path));
    }

    @Test
    void aWithdrawnInspectionNotifiedAgainHasAFreshDeadlineItsSimAndAiToldAgainAndContactsAssignedRenotified() {
        TestSchool school = Fixtures.maintainedSchool();
        String ref = Fixtures.newReference();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), ref));
        acknowledge(school.aiToken(), id, TestClock.onNoticeDay(12, 20));
        post(Fixtures.notice("withdrawn", Fixtures.newId(), school.urn(), ref, TestClock.startDate()), "WITHDRAWN");

        LocalDate nextDay = TestClock.workingDay(1);
        LocalDate newStart = TestClock.workingDay(6);
        TestClock.set(TestClock.at(nextDay, 10, 0));
        assertThat(post(Fixtures.notice("notified", Fixtures.newId(), school.urn(), ref, newStart, TestClock.at(nextDay, 9, 55)),
                "RENOTIFIED")).isEqualTo(id);

        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("inspection.state", equalTo("NOTIFIED"))
                .body("inspection.startDate", equalTo(newStart.toString()))
                .body("acknowledgement", nullValue())
                .body("history.kind", hasItem("RENOTIFIED"));
        assertThat(instant(id, "inspection.acknowledgementDue")).isEqualTo(TestClock.endOfDay(nextDay));
        // each of the SIM and AI: notified, withdrawn, notified again – nobody else
        List<SmtpTestServer.Received> mails = Fixtures.awaitMailsOfSchool(school.urn(), 6);
        assertThat(mails).hasSize(6);
        for (String to : List.of(school.simEmail(), school.aiEmail())) {
            assertThat(mails).filteredOn(m -> m.to().contains(to)).hasSize(3)
                    .filteredOn(m -> m.subject().startsWith("Ofsted inspection notified again"))
                    .singleElement().satisfies(m -> assertThat(m.body())
                            .contains("Acknowledge by " + TestClock.moment(TestClock.endOfDay(nextDay))));
        }
        List<JsonNode> assigned = Fixtures.events("contacts-assigned", id, 2);
        assertThat(assigned).extracting(e -> e.at("/data/reason").asText()).containsExactly("NOTIFIED", "RENOTIFIED");
        assertThat(Instant.parse(assigned.get(1).at("/data/acknowledgementDue").asText())).isEqualTo(TestClock.endOfDay(nextDay));
        assertThat(assigned.get(1).at("/data/startDate").asText()).isEqualTo(newStart.toString());

        // acknowledged again for the new notice
        acknowledge(school.simToken(), id, TestClock.at(nextDay, 10, 0));
    }

    @Test
    void aDeferredInspectionReNotifiedWithANewStartIsDueAgainToldAgainAndEscalatedIfThatLapses() {
        TestSchool school = Fixtures.maintainedSchool();
        String ref = Fixtures.newReference();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), ref));
        acknowledge(school.simToken(), id, TestClock.onNoticeDay(12, 25));

        // deferred at the notification call; Ofsted re-notifies two working days later for the following week
        LocalDate renotifiedOn = TestClock.workingDay(2);
        LocalDate newStart = TestClock.workingDay(7);
        TestClock.set(TestClock.at(renotifiedOn, 11, 0));
        post(Fixtures.notice("rescheduled", Fixtures.newId(), school.urn(), ref, newStart, TestClock.at(renotifiedOn, 10, 50)),
                "RESCHEDULED");
        Instant newDue = TestClock.endOfDay(renotifiedOn);

        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("inspection.state", equalTo("NOTIFIED"))
                .body("acknowledgement", nullValue())
                .body("history.kind", hasItem("RESCHEDULED"));
        assertThat(instant(id, "inspection.acknowledgementDue")).isEqualTo(newDue);
        // each of the SIM and AI: notified, then moved – nobody else
        List<SmtpTestServer.Received> mails = Fixtures.awaitMailsAbout(id, 4);
        assertThat(mails).hasSize(4);
        for (String to : List.of(school.simEmail(), school.aiEmail())) {
            assertThat(mails).filteredOn(m -> m.to().contains(to)).hasSize(2)
                    .filteredOn(m -> m.subject().startsWith("Ofsted inspection moved"))
                    .singleElement().satisfies(m -> assertThat(m.body())
                            .contains("Acknowledge by " + TestClock.moment(newDue))
                            .contains("previously to start " + TestClock.day(TestClock.startDate())));
        }
        assertThat(Fixtures.events("inspection-rescheduled", id, 1)).singleElement().satisfies(e -> {
            assertThat(Instant.parse(e.at("/data/acknowledgementDue").asText())).isEqualTo(newDue);
            assertThat(e.at("/data/previousStartDate").asText()).isEqualTo(TestClock.startDate().toString());
            assertThat(e.at("/data/startDate").asText()).isEqualTo(newStart.toString());
        });

        // nobody acknowledges the new dates: the fresh deadline is watched like the first
        TestClock.set(newDue.plusSeconds(1));
        watch.escalateOverdue();
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.overdue", equalTo(true))
                .body("history.findAll { it.kind == 'ACKNOWLEDGEMENT_OVERDUE' }.size()", equalTo(1));
        assertThat(Fixtures.events("acknowledgement-overdue", id, 1)).singleElement()
                .satisfies(e -> assertThat(Instant.parse(e.at("/data/dueAt").asText())).isEqualTo(newDue));
    }

    @Test
    void aWithdrawnInspectionCannotBeAcknowledged() {
        TestSchool school = Fixtures.maintainedSchool();
        String ref = Fixtures.newReference();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), ref));
        post(Fixtures.notice("withdrawn", Fixtures.newId(), school.urn(), ref, TestClock.startDate()), "WITHDRAWN");
        given().auth().oauth2(school.simToken()).contentType("application/json").body(Fixtures.acknowledgement())
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then().statusCode(409)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.containsString("withdrawn"));
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.state", equalTo("WITHDRAWN"))
                .body("acknowledgement", nullValue());
        assertThat(Fixtures.events("acknowledgement-recorded", id, 0)).isEmpty();
    }
}
