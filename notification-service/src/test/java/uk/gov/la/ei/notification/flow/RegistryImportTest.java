package uk.gov.la.ei.notification.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.notification.Fixtures.TestSchool;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

    /**
     * The test extract (the real GIAS header) with every URN and federation code replaced by this test's
     * own, so importing it changes no school another test reads. Returns the extract in Windows-1252.
     */
    private static byte[] ownExtract(Map<String, String> urns) throws IOException {
        String text = new String(Files.readAllBytes(Path.of("src/test/resources/gias/edubasealldata-sample.csv")),
                Charset.forName("windows-1252"));
        String federation = "FEDI" + Fixtures.newUrn();
        StringWriter out = new StringWriter();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get())) {
            List<String> header = parser.getHeaderNames();
            printer.printRecord(header);
            for (CSVRecord record : parser) {
                List<String> row = new ArrayList<>(record.toList());
                String urn = record.get("URN");
                if (urn.matches("[0-9]+")) {
                    row.set(header.indexOf("URN"), urns.computeIfAbsent(urn, u -> Fixtures.newUrn()));
                }
                if (!record.get("Federations (code)").isBlank()) {
                    row.set(header.indexOf("Federations (code)"), federation);
                }
                printer.printRecord(row);
            }
        }
        return out.toString().getBytes(Charset.forName("windows-1252"));
    }

    @Test
    void aGiasExtractWithTheRealHeaderImportsTheLasOpenSchoolsAndKeepsTheLasOwnData() throws IOException {
        Map<String, String> urns = new HashMap<>();
        byte[] extract = ownExtract(urns);
        given().auth().oauth2(Fixtures.OPS).contentType("text/csv").body(extract)
                .when().post("/api/v1/registry/gias?laCode=850").then()
                .statusCode(200)
                .body("summary.kept", greaterThan(0))
                .body("summary.skippedOtherLa", equalTo(2))
                .body("summary.skippedClosed", greaterThan(0))
                .body("summary.rejected", greaterThan(0));
        String example = urns.get("116123");
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/schools/" + example).then().statusCode(200)
                .body("name", equalTo("Example Primary School"))
                .body("category", equalTo("MAINTAINED"))
                .body("federation.partners.urn", equalTo(List.of(urns.get("115987"))));
        // schools of other LAs and closed ones are not kept
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/schools/" + urns.get("116107")).then().statusCode(404);
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/schools/" + urns.get("115555")).then().statusCode(404);

        // re-importing GIAS does not lose the SIM assigned by the LA's own file
        String sim = "sim." + example + "@hants-ei.example";
        Fixtures.assign(example, "SIM of " + example, sim, null, null);
        given().auth().oauth2(Fixtures.OPS).contentType("text/csv").body(extract)
                .when().post("/api/v1/registry/gias?laCode=850").then().statusCode(200);
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/schools/" + example).then()
                .body("sim.email", equalTo(sim));
    }

    @Test
    void aGiasFileWithoutItsRequiredColumnsIsRefusedNamingThem() {
        given().auth().oauth2(Fixtures.OPS).contentType("text/csv").body("\"URN\",\"Name\"\n\"" + Fixtures.newUrn() + "\",\"X\"\n")
                .when().post("/api/v1/registry/gias").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.containsString("LA (code)"));
    }

    @Test
    void anLaFileWithoutItsHeaderIsA400NamingTheBody() {
        for (String file : List.of("assignments", "categorisations", "la-contacts", "school-contacts")) {
            given().auth().oauth2(Fixtures.OPS).contentType("text/csv").body(Fixtures.newUrn() + ",Someone\n")
                    .when().post("/api/v1/registry/" + file).then()
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo("body"))
                    .body("detail", containsString("header is missing column"));
        }
    }

    @Test
    void anAssignmentsFileWithAnUnknownUrnIsRefusedWholeAndNothingChanges() {
        TestSchool school = Fixtures.maintainedSchool();
        String csv = "urn,sim_name,sim_email,ai_name,ai_email\n"
                + school.urn() + ",New Person,new.person@hants-ei.example,,\n"
                + "999998,Nobody,nobody@hants-ei.example,,\n";
        given().auth().oauth2(Fixtures.OPS).contentType("text/csv").body(csv)
                .when().post("/api/v1/registry/assignments").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("line 3.urn"));
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/schools/" + school.urn()).then()
                .body("sim.email", equalTo(school.simEmail()))
                .body("attachedInspector.email", equalTo(school.aiEmail()));
    }

    @Test
    void registryImportsAreForSeniorOfficersAndOperationsOnly() {
        given().auth().oauth2(Fixtures.SIM).contentType("text/csv").body("urn\n")
                .when().post("/api/v1/registry/assignments").then().statusCode(403);
    }

    @Test
    void aCemCanCategoriseASchoolAndABadEmailIsNamed() {
        TestSchool school = Fixtures.maintainedSchool();
        String cem = Fixtures.cem(Fixtures.CEM_PRIMARY_EMAIL);
        given().auth().oauth2(cem).contentType("application/json")
                .body("{\"simName\":\"Mark Fenwick\",\"simEmail\":\"not-an-email\"}")
                .when().put("/api/v1/schools/" + school.urn() + "/assignment").then()
                .statusCode(400).body("errors[0].field", equalTo("simEmail"));
        given().auth().oauth2(cem).when().get("/api/v1/schools/" + school.urn()).then()
                .body("sim.email", equalTo(school.simEmail()));
        given().auth().oauth2(cem).contentType("application/json")
                .body("{\"categorisation\":\"requires improvement\",\"academicYear\":\"2026/27\"}")
                .when().put("/api/v1/schools/" + school.urn() + "/categorisation").then()
                .statusCode(200).body("laCategorisation", equalTo("REQUIRES_IMPROVEMENT"))
                .body("categorisationYear", equalTo("2026/27"));
        given().auth().oauth2(cem).when().get("/api/v1/schools/" + school.urn()).then()
                .body("laCategorisation", equalTo("REQUIRES_IMPROVEMENT"));
    }

    @Test
    void aValueTooLongForItsColumnRefusesTheFileWithA400NamingLineAndColumnAndNothingChanges() {
        TestSchool school = Fixtures.maintainedSchool();
        TestSchool other = Fixtures.maintainedSchool();
        String csv = "urn,sim_name,sim_email,ai_name,ai_email\n"
                + school.urn() + ",New Person,new.person@hants-ei.example,,\n"
                + other.urn() + "," + "S".repeat(201) + ",s@hants-ei.example,,\n";
        given().auth().oauth2(Fixtures.OPS).contentType("text/csv").body(csv)
                .when().post("/api/v1/registry/assignments").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("line 3.sim_name"))
                .body("errors.find { it.field == 'line 3.sim_name' }.message", containsString("at most 200"));
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/schools/" + school.urn()).then()
                .body("sim.email", equalTo(school.simEmail()));
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/schools/" + other.urn()).then()
                .body("sim.email", equalTo(other.simEmail()));
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
