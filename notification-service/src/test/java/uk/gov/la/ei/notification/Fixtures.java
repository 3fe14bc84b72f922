package uk.gov.la.ei.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The sample LA (deploy/sample-data), tokens of its people, notices as other council systems send them –
 * and the barriers that make "exactly n" mean something: a count is only taken once everything the
 * service had to send by then has been sent ({@link #mailDrained()}, {@link #outboxDrained()}) or a later
 * record has been seen to go through the consumer ({@link #consumerBarrier(String)}).
 * <p>
 * Isolation: the sample registry is loaded once and only read; a test that creates inspections makes its
 * own school ({@link #maintainedSchool()}, {@link #newUrn()}), so what it finds is its own whatever ran before.
 */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Long enough for a loaded 2-core build machine; a wait that passes returns at once. */
    public static final Duration WAIT = Duration.ofSeconds(90);
    public static final Path SAMPLE_DATA = Path.of("..", "deploy", "sample-data");
    public static final String OPS = DevJwt.token("ops@hants-ei.example", "ops");
    public static final String PUBLISHER = DevJwt.token("ofsted-inbox@hants-ei.example", "notice-publisher");
    /** SIM and AI of 116123 Example Primary School in the sample assignments (read-only: tests make their own schools). */
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
    /** The linked SHMIs of the sample la-contacts.csv. */
    public static final List<String> SHMI_EMAILS = List.of("eleanor.briggs@ofsted.example", "kwame.mensah@ofsted.example",
            "lucy.tranter@ofsted.example");

    /** URNs made for tests: unique in this JVM (the broker and database live as long as it). */
    private static final AtomicInteger NEXT_URN = new AtomicInteger(ThreadLocalRandom.current().nextInt(90_000));

    private static volatile boolean loaded;

    private Fixtures() {
    }

    // ---------------------------------------------------------------- the registry

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

    /** A URN no sample school has and no other test uses: 7 digits starting 19. */
    public static String newUrn() {
        return "19" + (10_000 + Math.floorMod(NEXT_URN.getAndIncrement(), 90_000));
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

    /** A new primary academy (the LA offers support, H§7) with its own SIM and AI assigned. */
    public static TestSchool academy() {
        String urn = newUrn();
        String name = "Test Primary Academy " + urn;
        school(urn, name, "Academy converter", "Academies", "Primary", null, null);
        TestSchool s = new TestSchool(urn, name, "sim." + urn + "@hants-ei.example", "ai." + urn + "@hants-ei.example");
        assign(urn, "SIM of " + urn, s.simEmail(), "AI of " + urn, s.aiEmail());
        return s;
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

    // ---------------------------------------------------------------- notices

    public static String newReference() {
        return String.valueOf(10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** DOMAIN.md's example notice, given at {@link TestClock#noticeTime()}, with the fields a test varies. */
    public static String notice(String type, String id, String urn, String ofstedReference, LocalDate startDate) {
        return notice(type, id, urn, ofstedReference, startDate, TestClock.noticeTime());
    }

    /** DOMAIN.md's example notice, with the publisher's {@code time} too. */
    public static String notice(String type, String id, String urn, String ofstedReference, LocalDate startDate, Instant time) {
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

    /** A notice given at {@link TestClock#noticeTime()} of an inspection starting the next working day. */
    public static String notified(String urn, String ofstedReference) {
        return notice("notified", newId(), urn, ofstedReference, TestClock.startDate());
    }

    /** Posts a notice as the publisher and returns the inspection id (a new inspection: 201). */
    public static String postNotice(String body) {
        return given().auth().oauth2(PUBLISHER).contentType("application/cloudevents+json").body(body)
                .when().post("/api/v1/notices").then().statusCode(201)
                .extract().path("inspectionId");
    }

    /** Posts a notice that acts on an existing inspection (200) with this result; returns the inspection id. */
    public static String postNotice(String body, String result) {
        return given().auth().oauth2(PUBLISHER).contentType("application/cloudevents+json").body(body)
                .when().post("/api/v1/notices").then().statusCode(200)
                .body("result", org.hamcrest.Matchers.equalTo(result))
                .extract().path("inspectionId");
    }

    /** The inspections of a URN (as operations reads them), newest notice first. */
    public static List<Map<String, Object>> inspectionsOf(String urn) {
        return given().auth().oauth2(OPS).when().get("/api/v1/inspections?urn=" + urn + "&size=200")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** An acknowledgement as the API takes it, contacting the school at {@code contactedAt}. */
    public static String acknowledgement(Instant contactedAt, String agreedInvolvement) {
        return """
                {"contactedAt":"%s","schoolContact":"Mrs A. Head, headteacher","agreedInvolvement":"%s",
                 "keepInTouchTimes":[{"purpose":"End of day 1 call with the headteacher","at":"%s"}]}"""
                .formatted(contactedAt, agreedInvolvement, TestClock.localTime(TestClock.startDate(), 16, 30));
    }

    /** A full-involvement acknowledgement, the school contacted at 12:20 on the notice day. */
    public static String acknowledgement() {
        return acknowledgement(TestClock.onNoticeDay(12, 20), "FULL");
    }

    // ---------------------------------------------------------------- barriers: "nothing else arrived"

    /**
     * Waits until every e-mail queued so far has been tried (none is PENDING): after it, the SMTP server
     * holds every mail the service had decided to send by then, so a count of them is final.
     */
    public static void mailDrained() {
        long upTo = number("select coalesce(max(id), 0) from outgoing_mail");
        await().atMost(WAIT).until(() -> number("select count(*) from outgoing_mail where id <= " + upTo
                + " and status = 'PENDING'") == 0);
    }

    /**
     * Waits until every event written to the outbox so far has been relayed (or parked): after it, the
     * topic holds every event the service had published by then, so a count of them is final.
     */
    public static void outboxDrained() {
        long upTo = number("select coalesce(max(id), 0) from outbox_message");
        await().atMost(WAIT).until(() -> number("select count(*) from outbox_message where id <= " + upTo
                + " and sent_at is null and parked_at is null") == 0);
    }

    /**
     * Proves the notice consumer is past everything published so far with this key: publishes a record
     * that cannot be a notice with the same key (so the same partition, after them) and waits until it
     * is on the dead-letter topic. Leaves nothing stored behind.
     */
    public static void consumerBarrier(String key) {
        String sentinel = "barrier-" + UUID.randomUUID();
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, key, "{\"sentinel\":\"" + sentinel + "\"}");
        await().atMost(WAIT).until(() -> topicNow(Topics.INSPECTION_NOTIFICATIONS_DLQ).stream()
                .anyMatch(r -> r.value() != null && r.value().contains(sentinel)));
    }

    /** Every record on the topic now, from the beginning to its end offsets. */
    public static List<ConsumerRecord<String, String>> topicNow(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end " + end);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        records.add(r);
                    }
                });
            }
            return records;
        }
    }

    /**
     * The events of {@code ei.notification.inspections} of this type (e.g. "contacts-assigned") about this
     * inspection: waits until at least {@code expected} are there, then until the outbox has relayed
     * everything written so far, and returns all of them – so a caller's "exactly n" sees any extra one.
     */
    public static List<JsonNode> events(String type, String inspectionId, int expected) {
        await().atMost(WAIT).until(() -> eventsNow(type, inspectionId).size() >= expected);
        outboxDrained();
        return eventsNow(type, inspectionId);
    }

    /** The events of this type about this inspection on the topic now, in their order (one URN: one partition). */
    public static List<JsonNode> eventsNow(String type, String inspectionId) {
        return eventRecordsNow(type, inspectionId).stream().map(r -> json(r.value())).toList();
    }

    /** As {@link #eventsNow}, the records themselves (key, headers). */
    public static List<ConsumerRecord<String, String>> eventRecordsNow(String type, String inspectionId) {
        return topicNow(Topics.INSPECTIONS).stream()
                .filter(r -> r.value() != null && r.value().contains("\"uk.gov.la.ei." + type + ".v1\"")
                        && r.value().contains(inspectionId))
                .filter(r -> inspectionId.equals(json(r.value()).at("/data/inspectionId").asText()))
                .toList();
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The e-mails received so far to this address. */
    public static List<SmtpTestServer.Received> mailsTo(String address) {
        return SmtpTestServer.received().stream().filter(m -> m.to().contains(address)).toList();
    }

    /** The e-mails received so far that are about this inspection (its id is in every one of them). */
    public static List<SmtpTestServer.Received> mailsAbout(String inspectionId) {
        return SmtpTestServer.received().stream().filter(m -> m.body().contains(inspectionId)).toList();
    }

    /**
     * The e-mails received so far about a school's inspections: every subject names the school's URN as
     * "(URN n)" (a withdrawal's e-mail has no link to the inspection, so its id is not in it).
     */
    public static List<SmtpTestServer.Received> mailsOfSchool(String urn) {
        return SmtpTestServer.received().stream().filter(m -> m.subject().contains("(URN " + urn + ")")).toList();
    }

    /** After {@link #mailDrained()}: every e-mail about the school's inspections, waiting first for at least {@code expected}. */
    public static List<SmtpTestServer.Received> awaitMailsOfSchool(String urn, int expected) {
        await().atMost(WAIT).until(() -> mailsOfSchool(urn).size() >= expected);
        mailDrained();
        return mailsOfSchool(urn);
    }

    /**
     * Waits until {@code expected} e-mails to this address match, then until the mail queue has tried
     * everything queued by then, and returns all that match – so a caller's "exactly n" sees any extra one.
     */
    public static List<SmtpTestServer.Received> awaitMails(String address, Predicate<SmtpTestServer.Received> match,
                                                          int expected) {
        await().atMost(WAIT).until(() -> mailsTo(address).stream().filter(match).count() >= expected);
        mailDrained();
        return mailsTo(address).stream().filter(match).toList();
    }

    /** After {@link #mailDrained()}: every e-mail about this inspection, waiting first for at least {@code expected}. */
    public static List<SmtpTestServer.Received> awaitMailsAbout(String inspectionId, int expected) {
        await().atMost(WAIT).until(() -> mailsAbout(inspectionId).size() >= expected);
        mailDrained();
        return mailsAbout(inspectionId);
    }

    // ---------------------------------------------------------------- the database, read directly

    /** A count or id from this service's schema. */
    public static long number(String sql, Object... parameters) {
        AgroalDataSource database = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int n = 0; n < parameters.length; n++) {
                s.setObject(n + 1, parameters[n]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
