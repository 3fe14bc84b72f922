package uk.gov.la.ei.notification.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class RegistryImportTest {

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
    }

    @Test
    void aGiasExtractWithTheRealHeaderImportsTheLasOpenSchoolsAndKeepsTheLasOwnData() throws IOException {
        byte[] extract = Files.readAllBytes(Path.of("src/test/resources/gias/edubasealldata-sample.csv"));
        given().auth().oauth2(Fixtures.OPS).contentType("text/csv").body(extract)
                .when().post("/api/v1/registry/gias?laCode=850").then()
                .statusCode(200)
                .body("summary.kept", greaterThan(0))
                .body("summary.skippedOtherLa", greaterThan(0))
                .body("summary.skippedClosed", greaterThan(0))
                .body("summary.rejected", greaterThan(0));
        // re-importing GIAS does not lose the SIM assigned by the LA's own file
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/schools/116123").then()
                .body("sim.email", equalTo(Fixtures.SIM_EMAIL));
    }

    @Test
    void aGiasFileWithoutItsRequiredColumnsIsRefusedNamingThem() {
        given().auth().oauth2(Fixtures.OPS).contentType("text/csv").body("\"URN\",\"Name\"\n\"116123\",\"X\"\n")
                .when().post("/api/v1/registry/gias").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.containsString("LA (code)"));
    }

    @Test
    void anLaFileWithoutItsHeaderIsA400NamingTheBody() {
        for (String file : List.of("assignments", "categorisations", "la-contacts", "school-contacts")) {
            given().auth().oauth2(Fixtures.OPS).contentType("text/csv").body("116123,Someone\n")
                    .when().post("/api/v1/registry/" + file).then()
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo("body"))
                    .body("detail", containsString("header is missing column"));
        }
    }

    @Test
    void anAssignmentsFileWithAnUnknownUrnIsRefusedWholeAndNothingChanges() {
        String csv = "urn,sim_name,sim_email,ai_name,ai_email\n"
                + "116123,New Person,new.person@hants-ei.example,,\n"
                + "999998,Nobody,nobody@hants-ei.example,,\n";
        given().auth().oauth2(Fixtures.OPS).contentType("text/csv").body(csv)
                .when().post("/api/v1/registry/assignments").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("line 3.urn"));
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/schools/116123").then()
                .body("sim.email", equalTo(Fixtures.SIM_EMAIL));
    }

    @Test
    void registryImportsAreForSeniorOfficersAndOperationsOnly() {
        given().auth().oauth2(Fixtures.SIM).contentType("text/csv").body("urn\n")
                .when().post("/api/v1/registry/assignments").then().statusCode(403);
    }

    @Test
    void aCemCanReassignASchoolsSimAndABadEmailIsNamed() {
        String cem = uk.gov.la.ei.testinfra.DevJwt.token("susan.hartley@hants-ei.example", "cem");
        given().auth().oauth2(cem).contentType("application/json")
                .body("{\"simName\":\"Mark Fenwick\",\"simEmail\":\"not-an-email\"}")
                .when().put("/api/v1/schools/115987/assignment").then()
                .statusCode(400).body("errors[0].field", equalTo("simEmail"));
        given().auth().oauth2(cem).contentType("application/json")
                .body("{\"categorisation\":\"requires improvement\",\"academicYear\":\"2026/27\"}")
                .when().put("/api/v1/schools/115987/categorisation").then()
                .statusCode(200).body("laCategorisation", equalTo("REQUIRES_IMPROVEMENT"));
    }

    @Test
    void aValueTooLongForItsColumnRefusesTheFileWithA400NamingLineAndColumnAndNothingChanges() {
        String csv = "urn,sim_name,sim_email,ai_name,ai_email\n"
                + "116123,New Person,new.person@hants-ei.example,,\n"
                + "115987," + "S".repeat(201) + ",s@hants-ei.example,,\n";
        given().auth().oauth2(Fixtures.OPS).contentType("text/csv").body(csv)
                .when().post("/api/v1/registry/assignments").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("line 3.sim_name"))
                .body("errors.find { it.field == 'line 3.sim_name' }.message", containsString("at most 200"));
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/schools/116123").then()
                .body("sim.email", equalTo(Fixtures.SIM_EMAIL));
    }

    @Test
    void aGiasRowWithAValueTooLongForItsColumnRefusesTheExtractNamingLineAndColumn() {
        String urn = Fixtures.newUrn();
        byte[] extract = Fixtures.giasExtract(Map.of("URN", urn, "EstablishmentName", "N".repeat(301),
                "SchoolWebsite", "https://" + "w".repeat(300) + ".example"));
        given().auth().oauth2(Fixtures.OPS).contentType("text/csv").body(extract)
                .when().post("/api/v1/registry/gias?laCode=850").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("line 2.EstablishmentName"))
                .body("errors.field", hasItem("line 2.SchoolWebsite"));
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/schools/" + urn).then().statusCode(404);
    }

    @Test
    void aFileWithManyBadRowsListsTheFirst100AndSaysHowManyThereAreInAll() {
        StringBuilder csv = new StringBuilder("urn,sim_name,sim_email,ai_name,ai_email\n");
        for (int n = 0; n < 250; n++) {
            csv.append("11612,Someone,not-an-email,,\n");
        }
        given().auth().oauth2(Fixtures.OPS).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/registry/assignments").then()
                .statusCode(400)
                .body("errors.size()", equalTo(100))
                .body("errorCount", equalTo(500))
                .body("errors[0].field", equalTo("line 2.urn"))
                .body("errors[99].field", equalTo("line 51.sim_email"))
                .body("detail", containsString("500 problems, the first 100"));
    }

    @Test
    void anLaFileInWindows1252ReadsAsTheSameFileFromDiskWould() {
        String urn = Fixtures.newUrn();
        Fixtures.school(urn, "Test School " + urn, "Community school", "Local authority maintained schools", "Primary", null, null);
        byte[] file = ("urn,head_email,chair_name,chair_email\r\n" + urn + ",head@school.example,Ms Renée D’Arcy,chair@school.example\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        given().auth().oauth2(Fixtures.OPS).contentType("text/csv").body(file)
                .when().post("/api/v1/registry/school-contacts").then().statusCode(200);
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/schools/" + urn).then()
                .body("chairOfGovernors.name", equalTo("Ms Renée D’Arcy"));
        // and the same in UTF-8 with Excel's byte-order mark
        byte[] utf8 = ("\uFEFFurn,head_email,chair_name,chair_email\r\n" + urn + ",head@school.example,Mr Zoë Ó Súilleabháin,chair@school.example\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().auth().oauth2(Fixtures.OPS).contentType("text/csv").body(utf8)
                .when().post("/api/v1/registry/school-contacts").then().statusCode(200);
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/schools/" + urn).then()
                .body("chairOfGovernors.name", equalTo("Mr Zoë Ó Súilleabháin"));
    }
}
