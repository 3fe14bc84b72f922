package uk.gov.la.ei.notification;

import uk.gov.la.ei.testinfra.DevJwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** The sample LA (deploy/sample-data), tokens of its people, and notices as other council systems send them. */
public final class Fixtures {

    public static final Path SAMPLE_DATA = Path.of("..", "deploy", "sample-data");
    public static final String OPS = DevJwt.token("ops@hants-ei.example", "ops");
    public static final String PUBLISHER = DevJwt.token("ofsted-inbox@hants-ei.example", "notice-publisher");
    /** SIM and AI of 116123 Example Primary School in the sample assignments. */
    public static final String SIM_EMAIL = "mark.fenwick@hants-ei.example";
    public static final String AI_EMAIL = "gareth.price@hants-ei.example";
    public static final String SIM = DevJwt.token(SIM_EMAIL, "sim");
    public static final String AI = DevJwt.token(AI_EMAIL, "attached-inspector");
    public static final String OTHER_SIM = DevJwt.token("someone.else@hants-ei.example", "sim");

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

    public static String newReference() {
        return String.valueOf(10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    public static String newId() {
        return java.util.UUID.randomUUID().toString();
    }

    /** DOMAIN.md's example notice, with the fields a test varies. */
    public static String notice(String type, String id, String urn, String ofstedReference, String startDate) {
        return """
                {
                  "specversion": "1.0",
                  "id": "%s",
                  "source": "/hampshire/ofsted-inbox",
                  "type": "uk.gov.ofsted.inspection.%s.v1",
                  "time": "2026-11-23T12:04:00Z",
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
                """.formatted(id, type, urn, ofstedReference, startDate);
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
