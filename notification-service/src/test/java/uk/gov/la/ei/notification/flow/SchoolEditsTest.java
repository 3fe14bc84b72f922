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
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Single edits of the registry (H§4: the CEM assigns a school's SIM and AI; the federation briefing: a
 * federation's kind and executive headteacher): what a successful edit changes and who learns it, and that
 * those who may not make it get a 403 and change nothing – the SIM of the very school included.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class SchoolEditsTest {

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
        TestClock.start();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static String federationCode() {
        return "FEDE" + (100_000 + ThreadLocalRandom.current().nextInt(899_999));
    }

    @Test
    void aSeniorOfficerReassignsASchoolsSimAndAiTheOpenInspectionFollowsAndOnlyTheNewcomersAreTold() {
        TestSchool school = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));
        String newSim = "new.sim." + school.urn() + "@hants-ei.example";
        String senior = DevJwt.token("assistant.director@hants-ei.example", "senior-officer");

        // a new SIM; the AI stays (the addresses are stored in lower case)
        given().auth().oauth2(senior).contentType("application/json")
                .body("{\"simName\":\" Priya Raman \",\"simEmail\":\"New.Sim." + school.urn() + "@Hants-EI.example\","
                        + "\"aiName\":\"AI of " + school.urn() + "\",\"aiEmail\":\"" + school.aiEmail() + "\"}")
                .when().put("/api/v1/schools/" + school.urn() + "/assignment").then().statusCode(200)
                .body("sim.name", equalTo("Priya Raman"))
                .body("sim.email", equalTo(newSim))
                .body("attachedInspector.email", equalTo(school.aiEmail()));
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/schools/" + school.urn()).then()
                .body("sim.email", equalTo(newSim));
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("sim.email", equalTo(newSim))
                .body("attachedInspector.email", equalTo(school.aiEmail()))
                .body("history.kind", hasItem("CONTACTS_REASSIGNED"));

        // the new SIM is told; the AI, told at the notice, is not told again; the old SIM hears nothing more
        assertThat(Fixtures.awaitMailsAbout(id, 3)).hasSize(3);
        assertThat(Fixtures.mailsTo(newSim)).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("Now yours");
            assertThat(m.body()).contains("You have been assigned to this school as its School Improvement Manager (SIM)");
        });
        assertThat(Fixtures.mailsTo(school.aiEmail())).hasSize(1);
        assertThat(Fixtures.mailsTo(school.simEmail())).hasSize(1);
        List<JsonNode> assigned = Fixtures.events("contacts-assigned", id, 2);
        assertThat(assigned).extracting(e -> e.at("/data/reason").asText()).containsExactly("NOTIFIED", "REASSIGNED");
        assertThat(assigned.get(1).at("/data/sim/email").asText()).isEqualTo(newSim);
        assertThat(assigned.get(1).at("/data/sim/name").asText()).isEqualTo("Priya Raman");

        // the new SIM may acknowledge it now; the old one no longer may
        String ack = Fixtures.acknowledgement();
        given().auth().oauth2(school.simToken()).contentType("application/json").body(ack)
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then().statusCode(403);
        given().auth().oauth2(DevJwt.token(newSim, "sim")).contentType("application/json").body(ack)
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then().statusCode(200);
    }

    @Test
    void anAssignmentNeedsASimAndAnAiWithBothNameAndEmail() {
        TestSchool school = Fixtures.maintainedSchool();
        String cem = Fixtures.cem(Fixtures.CEM_PRIMARY_EMAIL);
        given().auth().oauth2(cem).contentType("application/json").body("{\"aiName\":\"A\",\"aiEmail\":\"a@hants-ei.example\"}")
                .when().put("/api/v1/schools/" + school.urn() + "/assignment").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", equalTo(List.of("simEmail")));
        given().auth().oauth2(cem).contentType("application/json")
                .body("{\"simName\":\"S\",\"simEmail\":\"s@hants-ei.example\",\"aiName\":\"A Person\"}")
                .when().put("/api/v1/schools/" + school.urn() + "/assignment").then().statusCode(400)
                .body("errors.field", equalTo(List.of("aiEmail")));
        given().auth().oauth2(cem).contentType("application/json")
                .body("{\"simName\":\"S\",\"simEmail\":\"s@hants-ei.example\",\"aiEmail\":\"not an address\"}")
                .when().put("/api/v1/schools/" + school.urn() + "/assignment").then().statusCode(400)
                .body("errors.field", hasItem("aiEmail"));
        given().auth().oauth2(cem).contentType("application/json")
                .body("{\"simName\":\"S\",\"simEmail\":\"s@hants-ei.example\"}")
                .when().put("/api/v1/schools/" + Fixtures.newUrn() + "/assignment").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/schools/" + school.urn()).then()
                .body("sim.email", equalTo(school.simEmail()))
                .body("attachedInspector.email", equalTo(school.aiEmail()));
    }

    @Test
    void thoseWhoMayNotAssignGetA403AndNothingChangesNotEvenTheSchoolsOwnSim() {
        TestSchool school = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));
        String body = "{\"simName\":\"Intruder\",\"simEmail\":\"intruder@hants-ei.example\"}";
        for (String token : List.of(school.simToken(), school.aiToken(), Fixtures.OTHER_SIM,
                DevJwt.token("governors@hants-ei.example", "governor-services"),
                DevJwt.token("wellbeing@hants-ei.example", "wellbeing-officer"), Fixtures.PUBLISHER)) {
            given().auth().oauth2(token).contentType("application/json").body(body)
                    .when().put("/api/v1/schools/" + school.urn() + "/assignment").then().statusCode(403);
            given().auth().oauth2(token).contentType("application/json").body("{\"categorisation\":\"inadequate\"}")
                    .when().put("/api/v1/schools/" + school.urn() + "/categorisation").then().statusCode(403);
        }
        given().contentType("application/json").body(body)
                .when().put("/api/v1/schools/" + school.urn() + "/assignment").then().statusCode(401);
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/schools/" + school.urn()).then()
                .body("sim.email", equalTo(school.simEmail()))
                .body("laCategorisation", nullValue());
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("sim.email", equalTo(school.simEmail()));
        assertThat(Fixtures.events("contacts-assigned", id, 1)).hasSize(1);
        Fixtures.mailDrained();
        assertThat(Fixtures.mailsTo("intruder@hants-ei.example")).isEmpty();
    }

    @Test
    void aCemRecordsAFederationsKindAndExecutiveHeadAndTheNextNoticeCarriesThem() {
        String code = federationCode();
        TestSchool first = Fixtures.maintainedSchool(code, "GIAS name " + code);
        TestSchool second = Fixtures.maintainedSchool(code, "GIAS name " + code);
        String cem = Fixtures.cem(Fixtures.CEM_PRIMARY_EMAIL);

        given().auth().oauth2(cem).contentType("application/json")
                .body("{\"name\":\" The Valley Federation \",\"kind\":\"soft\",\"executiveHeadName\":\"Dr R. Okoye\","
                        + "\"executiveHeadEmail\":\"R.Okoye@Valley.example\"}")
                .when().put("/api/v1/federations/" + code).then().statusCode(200)
                .body("name", equalTo("The Valley Federation"))
                .body("kind", equalTo("SOFT"))
                .body("executiveHeadName", equalTo("Dr R. Okoye"))
                .body("executiveHeadEmail", equalTo("r.okoye@valley.example"));
        given().auth().oauth2(first.simToken()).when().get("/api/v1/schools/" + first.urn()).then().statusCode(200)
                .body("federation.code", equalTo(code))
                .body("federation.name", equalTo("The Valley Federation"))
                .body("federation.kind", equalTo("SOFT"))
                .body("federation.executiveHeadteacher.name", equalTo("Dr R. Okoye"))
                .body("federation.partners.urn", equalTo(List.of(second.urn())));

        // a change keeps the name when none is given and clears the executive head when none is given
        given().auth().oauth2(Fixtures.OPS).contentType("application/json").body("{\"kind\":\"HARD\"}")
                .when().put("/api/v1/federations/" + code).then().statusCode(200)
                .body("name", equalTo("The Valley Federation"))
                .body("kind", equalTo("HARD"))
                .body("executiveHeadName", nullValue());

        String id = Fixtures.postNotice(Fixtures.notified(first.urn(), Fixtures.newReference()));
        JsonNode federation = Fixtures.events("contacts-assigned", id, 1).get(0).at("/data/federation");
        assertThat(federation.get("name").asText()).isEqualTo("The Valley Federation");
        assertThat(federation.get("kind").asText()).isEqualTo("HARD");
        assertThat(federation.get("executiveHeadteacher").isNull()).isTrue();
        assertThat(Fixtures.awaitMails(first.simEmail(), m -> m.body().contains(id), 1)).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("Federation: The Valley Federation (HARD)"));
    }

    @Test
    void aNewFederationNeedsANameAndAKindAndThoseWhoMayNotEditGetA403() {
        String code = federationCode();
        String cem = Fixtures.cem(Fixtures.CEM_PRIMARY_EMAIL);
        given().auth().oauth2(cem).contentType("application/json").body("{\"kind\":\"HARD\"}")
                .when().put("/api/v1/federations/" + code).then().statusCode(400)
                .body("errors.field", equalTo(List.of("name")));
        given().auth().oauth2(cem).contentType("application/json").body("{\"name\":\"A federation\",\"kind\":\"LOOSE\"}")
                .when().put("/api/v1/federations/" + code).then().statusCode(400)
                .body("errors.field", equalTo(List.of("kind")));
        given().auth().oauth2(cem).contentType("application/json")
                .body("{\"name\":\"A federation\",\"kind\":\"HARD\",\"executiveHeadEmail\":\"not-an-address\"}")
                .when().put("/api/v1/federations/" + code).then().statusCode(400)
                .body("errors.field", equalTo(List.of("executiveHeadEmail")));
        for (String token : List.of(Fixtures.SIM, Fixtures.AI, DevJwt.token("governors@hants-ei.example", "governor-services"),
                DevJwt.token("wellbeing@hants-ei.example", "wellbeing-officer"), Fixtures.PUBLISHER)) {
            given().auth().oauth2(token).contentType("application/json").body("{\"name\":\"Taken over\",\"kind\":\"HARD\"}")
                    .when().put("/api/v1/federations/" + code).then().statusCode(403);
        }
        assertThat(Fixtures.number("select count(*) from federation where code = ?", code)).isZero();

        given().auth().oauth2(cem).contentType("application/json").body("{\"name\":\"A federation\",\"kind\":\"HARD\"}")
                .when().put("/api/v1/federations/" + code).then().statusCode(200);
        given().auth().oauth2(Fixtures.SIM).contentType("application/json").body("{\"name\":\"Taken over\",\"kind\":\"SOFT\"}")
                .when().put("/api/v1/federations/" + code).then().statusCode(403);
        assertThat(Fixtures.number("select count(*) from federation where code = ? and name = 'A federation' and kind = 'HARD'",
                code)).isEqualTo(1);
    }
}
