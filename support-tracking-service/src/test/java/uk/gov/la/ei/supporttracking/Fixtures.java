package uk.gov.la.ei.supporttracking;

import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import uk.gov.la.ei.contracts.events.AssignmentReason;
import uk.gov.la.ei.contracts.events.ContactsAssigned;
import uk.gov.la.ei.contracts.events.FederationSnapshot;
import uk.gov.la.ei.contracts.events.IntegrationEvent;
import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.contracts.events.LeadInspectorContact;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.platform.mail.OutgoingMail;
import uk.gov.la.ei.platform.time.MutableClock;
import uk.gov.la.ei.platform.time.WorkingDays;
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.SmtpTestServer;
import uk.gov.la.ei.testinfra.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Each test builds its own school: a fresh inspection id, URN and SIM/AI/CEM/SHMI e-mail addresses, so no test
 * sees another's cases, events or mails whatever the order. Events from other services are published as their
 * owner would (TestEvents); the service's clock is the shared test clock, set by each test.
 */
public final class Fixtures {

    public static final MutableClock CLOCK = MutableClock.shared();
    public static final String SENIOR = DevJwt.token("assistant.director@hants-ei.example", "senior-officer");
    public static final String OPS = DevJwt.token("ops@hants-ei.example", "ops");
    public static final String WELLBEING = DevJwt.token("wellbeing.lead@hants-ei.example", "wellbeing-officer");
    public static final String OTHER_SIM = DevJwt.token("mark.fenwick@hants-ei.example", "sim");

    private Fixtures() {
    }

    public static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDays.ENGLAND).toInstant();
    }

    /** One school and its people, unique to the test. */
    public record School(UUID inspectionId, String urn, String simEmail, String aiEmail, String cemEmail, String shmiEmail) {
        public String sim() {
            return DevJwt.token(simEmail, "sim");
        }

        public String ai() {
            return DevJwt.token(aiEmail, "attached-inspector");
        }

        public String cem() {
            return DevJwt.token(cemEmail, "cem");
        }

        public String path(String rest) {
            return "/api/v1/inspections/" + inspectionId + rest;
        }
    }

    public static School school() {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        String urn = String.valueOf(7_000_000 + ThreadLocalRandom.current().nextInt(2_999_999));
        return new School(UUID.randomUUID(), urn, "sim-" + tag + "@hants-ei.example", "ai-" + tag + "@hants-ei.example",
                "cem-" + tag + "@hants-ei.example", "shmi-" + tag + "@ofsted.example");
    }

    public static ContactsAssigned assigned(School s, Involvement involvement, LocalDate start, int days, Instant notifiedAt,
                                            Instant acknowledgementDue, AssignmentReason reason, FederationSnapshot federation) {
        boolean full = involvement == Involvement.FULL;
        boolean known = involvement != Involvement.UNKNOWN_SCHOOL;
        return new ContactsAssigned(s.inspectionId(), "notice-" + s.inspectionId(), s.urn(), known ? "School " + s.urn() : null,
                known ? (full ? "MAINTAINED" : "ACADEMY") : null, "Primary", "Winchester", known ? "GOOD" : null, involvement, known,
                known ? new Person("Sam Sim", s.simEmail()) : null,
                full ? new Person("Alex Adviser", s.aiEmail()) : null,
                new Person("Chris Cem", s.cemEmail()),
                List.of(new Person("Shirley Shmi", s.shmiEmail())),
                new Person("Helen Head", "head." + s.urn() + "@school.example"),
                "1" + s.urn(), "GRADED", "RENEWED_2025", notifiedAt, start, days,
                new LeadInspectorContact("A. Inspector", "a.inspector@ofsted.example"), acknowledgementDue, federation, reason);
    }

    /** A maintained school notified on Monday 23 November 2026 12:04 for Tuesday 24th, two days. */
    public static ContactsAssigned mondayNotice(School s) {
        return assigned(s, Involvement.FULL, LocalDate.parse("2026-11-24"), 2, Instant.parse("2026-11-23T12:04:00Z"),
                Instant.parse("2026-11-23T17:00:00Z"), AssignmentReason.NOTIFIED, null);
    }

    public static String publish(IntegrationEvent event) {
        return TestEvents.publish(event);
    }

    /** Publishes the notice's ContactsAssigned and waits until the case is open; returns it. */
    public static JsonPath open(School s, ContactsAssigned assigned) {
        publish(assigned);
        return awaitCase(s, j -> true);
    }

    public static JsonPath awaitCase(School s, Predicate<JsonPath> until) {
        JsonPath[] last = new JsonPath[1];
        String[] seen = {"nothing yet"};
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
                var r = given().auth().oauth2(DevJwt.token(s.cemEmail(), "cem")).when().get(s.path("/support-case"));
                seen[0] = r.statusCode() + " " + r.asString();
                if (r.statusCode() != 200) {
                    return false;
                }
                last[0] = r.jsonPath();
                return until.test(last[0]);
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("the case of " + s.inspectionId() + " did not get there; last seen: " + seen[0], e);
        }
        return last[0];
    }

    public static JsonPath caseOf(School s) {
        return given().auth().oauth2(s.cem()).when().get(s.path("/support-case")).then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath timeline(School s) {
        return given().auth().oauth2(SENIOR).when().get(s.path("/timeline")).then().statusCode(200).extract().jsonPath();
    }

    /** The id of the case's point of a kind. */
    public static String point(JsonPath c, String kind) {
        return c.getString("keepInTouchPoints.find { it.kind == '" + kind + "' }.id");
    }

    /** Records of {@code topic} about this school's inspection whose type is {@code type}, waiting for {@code expected} (then settling). */
    public static List<ConsumerRecord<String, String>> events(String topic, School s, String type, int expected, Duration wait) {
        return KafkaTestClient.read(topic, r -> r.value().contains(s.inspectionId().toString())
                && r.value().contains("\"type\":\"uk.gov.la.ei." + type + ".v1\""), expected, wait);
    }

    public static List<SmtpTestServer.Received> mailsTo(String recipient, String subjectPart) {
        return SmtpTestServer.received().stream()
                .filter(m -> m.to().contains(recipient) && m.subject().contains(subjectPart)).toList();
    }

    /** What the service's mail queue holds for a recipient: status, attempts, the last SMTP error (for a failure message). */
    static List<String> queuedFor(String recipient) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> OutgoingMail.<OutgoingMail>list("recipient", recipient)
                .stream().map(m -> m.subject + " [" + m.status + ", attempts " + m.attempts + ", next " + m.nextAttemptAt
                        + ", clock " + CLOCK.instant() + ", error " + m.lastError + "]").toList());
    }

    /** Waits for {@code expected} mails, then a settling pause, and returns all that match (so an extra one is seen). */
    public static List<SmtpTestServer.Received> awaitMails(String recipient, String subjectPart, int expected) {
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(recipient, subjectPart).size() >= expected);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("no " + expected + " mail(s) to " + recipient + " with '" + subjectPart + "' within 30 s; received: "
                    + SmtpTestServer.received().stream().filter(m -> m.to().contains(recipient)).map(m -> m.subject()).toList()
                    + "; in the mail queue: " + queuedFor(recipient), e);
        }
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return mailsTo(recipient, subjectPart);
    }
}
