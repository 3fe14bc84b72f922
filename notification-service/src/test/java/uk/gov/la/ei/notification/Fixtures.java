package uk.gov.la.ei.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** The sample LA (deploy/sample-data), tokens of its people, and notices as other council systems send them. */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final Path SAMPLE_DATA = Path.of("..", "deploy", "sample-data");
    public static final String OPS = DevJwt.token("ops@hants-ei.example", "ops");
    public static final String PUBLISHER = DevJwt.token("ofsted-inbox@hants-ei.example", "notice-publisher");
    /** SIM and AI of 116123 Example Primary School in the sample assignments. */
    public static final String SIM_EMAIL = "mark.fenwick@hants-ei.example";
    public static final String AI_EMAIL = "gareth.price@hants-ei.example";
    public static final String SIM = DevJwt.token(SIM_EMAIL, "sim");
    public static final String AI = DevJwt.token(AI_EMAIL, "attached-inspector");
    public static final String OTHER_SIM = DevJwt.token("someone.else@hants-ei.example", "sim");
    /** The CEMs of the sample la-contacts.csv. */
    public static final String CEM_PRIMARY_EMAIL = "susan.hartley@hants-ei.example";
    public static final String CEM_SECONDARY_EMAIL = "james.whitaker@hants-ei.example";
    public static final String CEM_SPECIAL_EMAIL = "angela.moss@hants-ei.example";
    public static final String CEM_ON_DUTY_EMAIL = "robert.castleton@hants-ei.example";

    private static volatile boolean loaded;

    private Fixtures() {
    }

    /** Loads the sample registry through the REST imports, once per test run. */
    public static synchronized void sampleRegistry() {
        if (loaded) {
            return;
        }
        upload("/api/v1/registry/gias?laCode=850", "edubasealldata-sample.csv");
        upload("/api/v1/registry/la-contacts", "la-contacts.csv");
        upload("/api/v1/registry/assignments", "assignments.csv");
        upload("/api/v1/registry/categorisations", "categorisation.csv");
        upload("/api/v1/registry/school-contacts", "school-contacts.csv");
        loaded = true;
    }

    private static void upload(String path, String file) {
        given().auth().oauth2(OPS).contentType("text/csv").body(bytes(file))
                .when().post(path).then().statusCode(200);
    }

    public static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(SAMPLE_DATA.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A token for the CEM with this e-mail address. */
    public static String cem(String email) {
        return DevJwt.token(email, "cem");
    }

    /** A URN no sample school has: 7 digits starting 19. */
    public static String newUrn() {
        return "19" + (10_000 + ThreadLocalRandom.current().nextInt(89_999));
    }

    /**
     * Adds a school of LA 850 to the registry through the GIAS import over HTTP: the sample extract's
     * header and 116123's row with these values, written in Windows-1252 as DfE publishes it.
     */
    public static void school(String urn, String name, String type, String typeGroup, String phase,
                              String federationCode, String federationName) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("URN", urn);
        values.put("EstablishmentName", name);
        values.put("TypeOfEstablishment (name)", type);
        values.put("EstablishmentTypeGroup (name)", typeGroup);
        values.put("PhaseOfEducation (name)", phase);
        values.put("FederationFlag (name)", federationCode == null ? "Not under a federation" : "Supported by a federation");
        values.put("Federations (code)", federationCode == null ? "" : federationCode);
        values.put("Federations (name)", federationName == null ? "" : federationName);
        given().auth().oauth2(OPS).contentType("text/csv").body(giasExtract(values))
                .when().post("/api/v1/registry/gias?laCode=850").then().statusCode(200);
    }

    /** The sample extract's header and 116123's row with {@code values} (by column name), in Windows-1252. */
    public static byte[] giasExtract(Map<String, String> values) {
        try (CSVParser parser = CSVParser.parse(new String(bytes("edubasealldata-sample.csv"), Charset.forName("windows-1252")),
                CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            List<String> header = records.get(0).toList();
            List<String> row = new ArrayList<>(records.get(1).toList());
            values.forEach((column, value) -> {
                int index = header.indexOf(column);
                if (index < 0) {
                    throw new IllegalArgumentException("no GIAS column " + column);
                }
                row.set(index, value);
            });
            StringWriter out = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get())) {
                printer.printRecord(header);
                printer.printRecord(row);
            }
            return out.toString().getBytes(Charset.forName("windows-1252"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A school of the registry made for one test, with its own SIM and AI (so that its e-mails are its own). */
    public record TestSchool(String urn, String name, String simEmail, String aiEmail) {
        public String simToken() {
            return DevJwt.token(simEmail, "sim");
        }

        public String aiToken() {
            return DevJwt.token(aiEmail, "attached-inspector");
        }
    }

    /** A new maintained primary school with its own SIM and AI, in the federation if one is given. */
    public static TestSchool maintainedSchool(String federationCode, String federationName) {
        String urn = newUrn();
        String name = "Test Primary School " + urn;
        school(urn, name, "Community school", "Local authority maintained schools", "Primary", federationCode, federationName);
        TestSchool s = new TestSchool(urn, name, "sim." + urn + "@hants-ei.example", "ai." + urn + "@hants-ei.example");
        assign(urn, "SIM of " + urn, s.simEmail(), "AI of " + urn, s.aiEmail());
        return s;
    }

    public static TestSchool maintainedSchool() {
        return maintainedSchool(null, null);
    }

    /** Assigns a school's SIM (and AI, if given) as a CEM would. */
    public static void assign(String urn, String simName, String simEmail, String aiName, String aiEmail) {
        String body = aiEmail == null
                ? "{\"simName\":\"%s\",\"simEmail\":\"%s\"}".formatted(simName, simEmail)
                : "{\"simName\":\"%s\",\"simEmail\":\"%s\",\"aiName\":\"%s\",\"aiEmail\":\"%s\"}"
                        .formatted(simName, simEmail, aiName, aiEmail);
        given().auth().oauth2(cem(CEM_PRIMARY_EMAIL)).contentType("application/json").body(body)
                .when().put("/api/v1/schools/" + urn + "/assignment").then().statusCode(200);
    }

    /**
     * The events of {@code ei.notification.inspections} of this type (e.g. "contacts-assigned") whose data
     * has this {@code inspectionId}, waiting up to 30 s for {@code expected} of them.
     */
    public static List<JsonNode> events(String type, String inspectionId, int expected) {
        return events(type, inspectionId, expected, Duration.ofSeconds(30));
    }

    /** As {@link #events(String, String, int)}, waiting at most {@code wait} (for checks that nothing more came). */
    public static List<JsonNode> events(String type, String inspectionId, int expected, Duration wait) {
        return KafkaTestClient.read(Topics.INSPECTIONS,
                        r -> r.value() != null && r.value().contains("\"uk.gov.la.ei." + type + ".v1\"") && r.value().contains(inspectionId),
                        expected, wait).stream()
                .map(r -> {
                    try {
                        return JSON.readTree(r.value());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .filter(e -> inspectionId.equals(e.at("/data/inspectionId").asText()))
                .toList();
    }

    /** The e-mails received so far to this address. */
    public static List<SmtpTestServer.Received> mailsTo(String address) {
        return SmtpTestServer.received().stream().filter(m -> m.to().contains(address)).toList();
    }

    /** Waits until {@code expected} e-mails to this address match, and returns those that do. */
    public static List<SmtpTestServer.Received> awaitMails(String address, java.util.function.Predicate<SmtpTestServer.Received> match,
                                                          int expected) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(address).stream().filter(match).count() >= expected);
        return mailsTo(address).stream().filter(match).toList();
    }

    public static String newReference() {
        return String.valueOf(10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    public static String newId() {
        return java.util.UUID.randomUUID().toString();
    }

    /** DOMAIN.md's example notice, with the fields a test varies. */
    public static String notice(String type, String id, String urn, String ofstedReference, String startDate) {
        return notice(type, id, urn, ofstedReference, startDate, "2026-11-23T12:04:00Z");
    }

    /** DOMAIN.md's example notice, with the publisher's {@code time} too. */
    public static String notice(String type, String id, String urn, String ofstedReference, String startDate, String time) {
        return """
                {
                  "specversion": "1.0",
                  "id": "%s",
                  "source": "/hampshire/ofsted-inbox",
                  "type": "uk.gov.ofsted.inspection.%s.v1",
                  "time": "%s",
                  "datacontenttype": "application/json",
                  "data": {
                    "urn": "%s",
                    "schoolName": "Example Primary School",
                    "ofstedReference": "%s",
                    "inspectionType": "GRADED",
                    "framework": "RENEWED_2025",
                    "startDate": "%s",
                    "expectedDays": 2,
                    "leadInspector": { "name": "A. Inspector", "email": "a.inspector@example.org" }
                  }
                }
                """.formatted(id, type, time, urn, ofstedReference, startDate);
    }

    public static String notified(String urn, String ofstedReference) {
        return notice("notified", newId(), urn, ofstedReference, "2026-11-24");
    }

    /** Posts a notice as the publisher and returns the inspection id. */
    public static String postNotice(String body) {
        return given().auth().oauth2(PUBLISHER).contentType("application/cloudevents+json").body(body)
                .when().post("/api/v1/notices").then().statusCode(201)
                .extract().path("inspectionId");
    }
}
