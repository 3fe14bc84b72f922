package uk.gov.la.ei.notification.flow;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.notification.TestClock;
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * No inspection is one nobody may acknowledge (issue 6, item 7): a known school without a SIM – an
 * academy nobody was assigned to – reaches the CEM it is routed to, who may acknowledge it; a SIM or AI
 * assigned later takes the open inspection over, is told, and downstream learns it.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class UnassignedSchoolTest {

    private static String ackOffer() {
        return """
                {"contactedAt":"%s","schoolContact":"Mr P. Okafor, principal",
                 "agreedInvolvement":"OFFER_ACCEPTED",
                 "keepInTouchTimes":[{"purpose":"Call the principal at the end of day 1","at":"%s"}]}"""
                .formatted(TestClock.onNoticeDay(12, 20), TestClock.localTime(TestClock.startDate(), 16, 30));
    }

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
        TestClock.start();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static String academyWithoutSim() {
        String urn = Fixtures.newUrn();
        Fixtures.school(urn, "Northgate Primary Academy " + urn, "Academy converter", "Academies", "Primary", null, null);
        return urn;
    }

    private static void acknowledge(String token, String id, int status) {
        given().auth().oauth2(token).contentType("application/json").body(ackOffer())
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then().statusCode(status);
    }

    @Test
    void anAcademyNobodyWasAssignedToGoesToItsCemWhoMayAcknowledgeIt() {
        String urn = academyWithoutSim();
        String id = Fixtures.postNotice(Fixtures.notified(urn, Fixtures.newReference()));

        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("inspection.involvement", equalTo("OFFER_SUPPORT"))
                .body("inspection.dataFixNeeded", equalTo(true))
                .body("sim", nullValue())
                .body("cem.email", equalTo(Fixtures.CEM_PRIMARY_EMAIL));
        List<SmtpTestServer.Received> toCem = Fixtures.awaitMails(Fixtures.CEM_PRIMARY_EMAIL,
                m -> m.body().contains(id) && m.subject().startsWith("Ofsted inspection notified"), 1);
        assertThat(toCem).hasSize(1);
        assertThat(toCem.get(0).body()).contains("No SIM is assigned").contains("you may record the acknowledgement");

        // a SIM of another school, or another CEM, may not
        acknowledge(Fixtures.SIM, id, 403);
        acknowledge(Fixtures.cem(Fixtures.CEM_SECONDARY_EMAIL), id, 403);
        // the CEM it is routed to may
        given().auth().oauth2(Fixtures.cem(Fixtures.CEM_PRIMARY_EMAIL)).contentType("application/json").body(ackOffer())
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then().statusCode(200)
                .body("inspection.state", equalTo("ACKNOWLEDGED"))
                .body("acknowledgement.by.email", equalTo(Fixtures.CEM_PRIMARY_EMAIL))
                .body("acknowledgement.agreedInvolvement", equalTo("OFFER_ACCEPTED"));
        assertThat(Fixtures.events("acknowledgement-recorded", id, 1)).singleElement()
                .satisfies(e -> assertThat(e.at("/data/acknowledgedBy/email").asText()).isEqualTo(Fixtures.CEM_PRIMARY_EMAIL));
    }

    @Test
    void aSimAssignedLaterTakesTheOpenInspectionIsToldAndContactsAssignedGoesOutAgain() {
        String urn = academyWithoutSim();
        String id = Fixtures.postNotice(Fixtures.notified(urn, Fixtures.newReference()));
        String sim = "zoe.sim." + urn + "@hants-ei.example";

        Fixtures.assign(urn, "Zoë Ní Bhriain", sim, null, null);

        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("sim.email", equalTo(sim))
                .body("sim.name", equalTo("Zoë Ní Bhriain"))
                .body("inspection.dataFixNeeded", equalTo(false))
                .body("history.kind", hasItem("CONTACTS_REASSIGNED"));
        List<SmtpTestServer.Received> toSim = Fixtures.awaitMails(sim, m -> m.body().contains(id), 1);
        assertThat(toSim).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("Now yours");
            assertThat(m.body()).contains("Acknowledge by " + TestClock.moment(TestClock.due()));
        });
        List<JsonNode> assigned = Fixtures.events("contacts-assigned", id, 2);
        assertThat(assigned).extracting(e -> e.at("/data/reason").asText()).containsExactly("NOTIFIED", "REASSIGNED");
        assertThat(assigned.get(1).at("/data/sim/email").asText()).isEqualTo(sim);
        assertThat(Instant.parse(assigned.get(1).at("/data/acknowledgementDue").asText())).isEqualTo(TestClock.due());

        // the new SIM may now acknowledge it
        acknowledge(DevJwt.token(sim, "sim"), id, 200);
        // the same assignment again changes nobody: no second REASSIGNED, no second e-mail
        Fixtures.assign(urn, "Zoë Ní Bhriain", sim, null, null);
        assertThat(Fixtures.events("contacts-assigned", id, 2)).hasSize(2);
        Fixtures.mailDrained();
        assertThat(Fixtures.mailsTo(sim).stream().filter(m -> m.body().contains(id))).hasSize(1);
        // the CEM who held it was told of the notice, and of nothing since
        assertThat(Fixtures.mailsAbout(id)).extracting(SmtpTestServer.Received::to)
                .containsExactlyInAnyOrder(List.of(Fixtures.CEM_PRIMARY_EMAIL), List.of(sim));
    }

    @Test
    void anAiAssignedByAWindows1252FileReachesTheOpenInspectionOfAMaintainedSchool() {
        String urn = Fixtures.newUrn();
        Fixtures.school(urn, "Saint Benedict’s Infant School " + urn, "Voluntary aided school",
                "Local authority maintained schools", "Primary", null, null);
        String sim = "sim." + urn + "@hants-ei.example";
        Fixtures.assign(urn, "Mark Fenwick", sim, null, null);
        String id = Fixtures.postNotice(Fixtures.notified(urn, Fixtures.newReference()));
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("attachedInspector", nullValue())
                .body("inspection.schoolName", equalTo("Saint Benedict’s Infant School " + urn));

        // what Excel's "CSV (Comma delimited)" writes on a UK PC: Windows-1252
        String ai = "sian.obrien." + urn + "@hants-ei.example";
        byte[] file = ("urn,sim_name,sim_email,ai_name,ai_email\r\n" + urn + ",Mark Fenwick," + sim + ",Siân O’Brien," + ai + "\r\n")
                .getBytes(Charset.forName("windows-1252"));
        given().auth().oauth2(Fixtures.OPS).contentType("text/csv").body(file)
                .when().post("/api/v1/registry/assignments").then().statusCode(200)
                .body("applied", equalTo(1))
                .body("reassignedInspections", equalTo(1));

        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/schools/" + urn).then()
                .body("attachedInspector.name", equalTo("Siân O’Brien"));
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("attachedInspector.email", equalTo(ai))
                .body("sim.email", equalTo(sim));
        assertThat(Fixtures.awaitMails(ai, m -> m.body().contains(id), 1)).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("Attached Inspector (AI)"));
        // the SIM was told at the notice and is not told again
        assertThat(Fixtures.awaitMails(sim, m -> m.body().contains(id), 1)).hasSize(1);
        List<JsonNode> assigned = Fixtures.events("contacts-assigned", id, 2);
        assertThat(assigned).extracting(e -> e.at("/data/reason").asText()).containsExactly("NOTIFIED", "REASSIGNED");
        assertThat(assigned.get(assigned.size() - 1).at("/data/attachedInspector/email").asText()).isEqualTo(ai);
    }

    @Test
    void aUrnTheRegistryLearnsAfterTheNoticeBecomesTheSchoolsWhenItsSimIsAssigned() {
        String urn = Fixtures.newUrn();
        String id = Fixtures.postNotice(Fixtures.notified(urn, Fixtures.newReference()));
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.involvement", equalTo("UNKNOWN_SCHOOL"))
                .body("cem.email", equalTo(Fixtures.CEM_ON_DUTY_EMAIL));

        Fixtures.school(urn, "Kingsbrook Community Primary " + urn, "Community school", "Local authority maintained schools",
                "Primary", null, null);
        String sim = "sim." + urn + "@hants-ei.example";
        String ai = "ai." + urn + "@hants-ei.example";
        Fixtures.assign(urn, "SIM of " + urn, sim, "AI of " + urn, ai);

        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("knownSchool", equalTo(true))
                .body("inspection.involvement", equalTo("FULL"))
                .body("inspection.schoolName", equalTo("Kingsbrook Community Primary " + urn))
                .body("inspection.dataFixNeeded", equalTo(false))
                .body("sim.email", equalTo(sim))
                .body("attachedInspector.email", equalTo(ai))
                .body("cem.email", equalTo(Fixtures.CEM_PRIMARY_EMAIL));
        for (String to : List.of(sim, ai)) {
            assertThat(Fixtures.awaitMails(to, m -> m.body().contains(id), 1)).singleElement()
                    .satisfies(m -> assertThat(m.subject()).startsWith("Now yours"));
        }
        List<JsonNode> assigned = Fixtures.events("contacts-assigned", id, 2);
        assertThat(assigned).hasSize(2);
        JsonNode reassigned = assigned.get(1).get("data");
        assertThat(reassigned.get("reason").asText()).isEqualTo("REASSIGNED");
        assertThat(reassigned.get("knownSchool").asBoolean()).isTrue();
        assertThat(reassigned.get("involvement").asText()).isEqualTo("FULL");
    }
}
