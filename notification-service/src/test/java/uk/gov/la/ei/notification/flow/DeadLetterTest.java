package uk.gov.la.ei.notification.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.notification.Fixtures.TestSchool;
import uk.gov.la.ei.notification.TestClock;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every malformed notice is kept on the dead-letter topic with its reason and its original headers; the
 * consumer carries on; nothing is stored, sent or published for it – each bad notice has its own Ofsted
 * reference and event id, so "nothing" is checked for each of them, after the good notice that follows
 * them has been acted on and everything queued by then has been sent.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class DeadLetterTest {

    private static final String MARKER_HEADER = "x-test-marker";

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
        TestClock.start();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    /** A malformed notice: what it is, its own event id and reference (to prove nothing was made of it), the record. */
    private record Bad(String why, String id, String ref, String key, String value, String... headers) {
    }

    private static String replace(String notice, String from, String to) {
        assertThat(notice).contains(from);
        return notice.replace(from, to);
    }

    private static List<ConsumerRecord<String, String>> deadLettersMarked(String marker, int expected) {
        await().atMost(Fixtures.WAIT).until(() -> marked(marker).size() >= expected);
        return marked(marker);
    }

    private static List<ConsumerRecord<String, String>> marked(String marker) {
        return Fixtures.topicNow(Topics.INSPECTION_NOTIFICATIONS_DLQ).stream()
                .filter(r -> marker.equals(KafkaTestClient.header(r, MARKER_HEADER))).toList();
    }

    /** Nothing stored, told or published for any of them: no inspection, no processed event, no e-mail, no event. */
    private static void nothingCameOf(List<Bad> bad) {
        Fixtures.mailDrained();
        Fixtures.outboxDrained();
        List<String> mailBodies = SmtpTestServer.received().stream().map(SmtpTestServer.Received::body).toList();
        List<String> events = Fixtures.topicNow(Topics.INSPECTIONS).stream().map(ConsumerRecord::value).toList();
        for (Bad b : bad) {
            if (b.ref() != null) {
                assertThat(Fixtures.number("select count(*) from inspection where ofsted_reference = ?", b.ref()))
                        .as("inspections made of the notice with %s", b.why()).isZero();
                assertThat(mailBodies).as("e-mails about the notice with %s", b.why())
                        .noneMatch(body -> body.contains(b.ref()));
                assertThat(events).as("events about the notice with %s", b.why()).noneMatch(e -> e.contains(b.ref()));
            }
            if (b.id() != null) {
                assertThat(Fixtures.number("select count(*) from processed_event where event_id = ?", b.id()))
                        .as("the notice with %s recorded as processed (a fixed replay would be ignored)", b.why()).isZero();
            }
        }
    }

    @Test
    void malformedNoticesLandInTheDeadLetterTopicEachWithItsReasonAndNothingIsMadeOfThem() {
        TestSchool school = Fixtures.maintainedSchool();
        String urn = school.urn();
        String marker = "dlq-" + UUID.randomUUID();
        LocalDate start = TestClock.startDate();
        String noticeDay = TestClock.noticeTime().toString();

        List<Bad> bad = new ArrayList<>();
        bad.add(new Bad("bad JSON", null, null, urn, "{\"specversion\": \"1.0\", \"" + marker));
        bad.add(new Bad("not an object", null, null, urn, "[\"" + marker + "\"]"));
        bad.add(new Bad("no data", null, null, urn, "{\"specversion\":\"1.0\",\"id\":\"" + Fixtures.newId()
                + "\",\"source\":\"/s\",\"type\":\"uk.gov.ofsted.inspection.notified.v1\",\"time\":\"" + noticeDay + "\"}"));
        Map<String, String[]> changes = new LinkedHashMap<>();
        changes.put("no specversion", new String[]{"\"specversion\": \"1.0\",", ""});
        changes.put("wrong specversion", new String[]{"\"specversion\": \"1.0\"", "\"specversion\": \"0.3\""});
        changes.put("no source", new String[]{"\"source\": \"/hampshire/ofsted-inbox\",", ""});
        changes.put("unknown type", new String[]{"inspection.notified.v1", "inspection.cancelled.v1"});
        changes.put("no time", new String[]{"\"time\": \"" + noticeDay + "\",", ""});
        changes.put("malformed time", new String[]{"\"time\": \"" + noticeDay + "\"", "\"time\": \"yesterday\""});
        changes.put("urn of five digits", new String[]{"\"urn\": \"" + urn + "\"", "\"urn\": \"11612\""});
        changes.put("urn with letters", new String[]{"\"urn\": \"" + urn + "\"", "\"urn\": \"11612A\""});
        changes.put("unknown inspectionType", new String[]{"\"GRADED\"", "\"FULL\""});
        changes.put("unknown framework", new String[]{"\"RENEWED_2025\"", "\"EIF_2019\""});
        changes.put("impossible startDate", new String[]{"\"" + start + "\"", "\"" + start.getYear() + "-02-30\""});
        changes.put("start before the notice", new String[]{"\"" + start + "\"", "\"" + TestClock.noticeDay().minusDays(3) + "\""});
        changes.put("expectedDays zero", new String[]{"\"expectedDays\": 2", "\"expectedDays\": 0"});
        changes.put("lead inspector email", new String[]{"a.inspector@example.org", "not-an-email"});
        changes.put("no school name", new String[]{"\"schoolName\": \"Example Primary School\",", ""});
        changes.forEach((why, change) -> {
            String id = Fixtures.newId();
            String ref = Fixtures.newReference();
            bad.add(new Bad(why, id, ref, urn, replace(Fixtures.notice("notified", id, urn, ref, start), change[0], change[1])));
        });
        String noId = Fixtures.newReference();
        bad.add(new Bad("no id", null, noId, urn, replace(Fixtures.notified(urn, noId), "\"id\": \"", "\"notid\": \"")));
        String noReference = Fixtures.newId();
        bad.add(new Bad("no ofstedReference", noReference, null, urn, Fixtures.notice("notified", noReference, urn, "REF", start)
                .replace("\"ofstedReference\": \"REF\",", "")));
        String withdrawalId = Fixtures.newId();
        String unknownRef = Fixtures.newReference();
        bad.add(new Bad("withdrawal of an unknown inspection", withdrawalId, unknownRef, urn,
                Fixtures.notice("withdrawn", withdrawalId, urn, unknownRef, start)));
        // the key must be the notice's URN
        String wrongKeyId = Fixtures.newId();
        String wrongKeyRef = Fixtures.newReference();
        bad.add(new Bad("a key that is not the URN", wrongKeyId, wrongKeyRef, "999999",
                Fixtures.notice("notified", wrongKeyId, urn, wrongKeyRef, start)));

        for (Bad b : bad) {
            KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, b.key(), b.value(), MARKER_HEADER, marker);
        }
        // the consumer carries on: a good notice after all of them is acted on
        String goodRef = Fixtures.newReference();
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, urn, Fixtures.notified(urn, goodRef));

        List<ConsumerRecord<String, String>> dead = deadLettersMarked(marker, bad.size());
        Fixtures.consumerBarrier(urn);
        Fixtures.consumerBarrier("999999");
        assertThat(marked(marker)).hasSize(bad.size());
        Set<String> reasons = dead.stream().map(r -> KafkaTestClient.header(r, Topics.REASON_HEADER)).collect(Collectors.toSet());
        assertThat(reasons).doesNotContainNull().hasSize(bad.size());
        assertThat(dead).allSatisfy(r -> assertThat(KafkaTestClient.header(r, Topics.FIELD_HEADER)).isNotBlank());
        assertThat(dead.stream().map(r -> KafkaTestClient.header(r, Topics.FIELD_HEADER)))
                .containsExactlyInAnyOrder("body", "body", "data", "specversion", "specversion", "source", "type", "time",
                        "time", "data.urn", "data.urn", "data.inspectionType", "data.framework", "data.startDate",
                        "data.startDate", "data.expectedDays", "data.leadInspector.email", "data.schoolName", "id",
                        "data.ofstedReference", "data.ofstedReference", "key");
        // each kept as it came
        for (Bad b : bad) {
            assertThat(dead).as(b.why()).anySatisfy(r -> {
                assertThat(r.value()).isEqualTo(b.value());
                assertThat(r.key()).isEqualTo(b.key());
            });
        }

        List<Map<String, Object>> inspections = Fixtures.inspectionsOf(urn);
        assertThat(inspections).extracting(i -> i.get("ofstedReference")).containsExactly(goodRef);
        String goodId = (String) inspections.get(0).get("id");
        nothingCameOf(bad);
        assertThat(Fixtures.mailsAbout(goodId)).extracting(SmtpTestServer.Received::to)
                .containsExactlyInAnyOrder(List.of(school.simEmail()), List.of(school.aiEmail()));
        assertThat(Fixtures.mailsTo(school.simEmail())).hasSize(1);
        assertThat(Fixtures.events("contacts-assigned", goodId, 1)).hasSize(1);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void aDeadLetterKeepsTheRecordsOriginalHeadersKeyAndValueAndSaysWhereItCameFrom() {
        TestSchool school = Fixtures.maintainedSchool();
        String marker = "headers-" + UUID.randomUUID();
        String ref = Fixtures.newReference();
        String value = Fixtures.notified(school.urn(), ref).replace("\"expectedDays\": 2", "\"expectedDays\": 0");
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, school.urn(), value,
                MARKER_HEADER, marker, "traceparent", traceparent, "x-sent-by", "Ofsted inbox relay 4.2",
                "dead-letter-reason", "a header of the same name from upstream is not kept");

        ConsumerRecord<String, String> dead = deadLettersMarked(marker, 1).get(0);
        ConsumerRecord<String, String> original = Fixtures.topicNow(Topics.INSPECTION_NOTIFICATIONS).stream()
                .filter(r -> marker.equals(KafkaTestClient.header(r, MARKER_HEADER))).findFirst().orElseThrow();
        assertThat(dead.key()).isEqualTo(school.urn());
        assertThat(dead.value()).isEqualTo(value);
        assertThat(KafkaTestClient.header(dead, "traceparent")).isEqualTo(traceparent);
        assertThat(KafkaTestClient.header(dead, "x-sent-by")).isEqualTo("Ofsted inbox relay 4.2");
        assertThat(headerValues(dead, Topics.REASON_HEADER)).singleElement().satisfies(reason -> assertThat(reason)
                .contains("expectedDays").doesNotContain("from upstream"));
        assertThat(KafkaTestClient.header(dead, Topics.FIELD_HEADER)).isEqualTo("data.expectedDays");
        assertThat(KafkaTestClient.header(dead, Topics.EXCEPTION_HEADER)).isNotBlank();
        assertThat(KafkaTestClient.header(dead, Topics.CONSUMER_HEADER)).isEqualTo("notification-service.notices");
        assertThat(KafkaTestClient.header(dead, Topics.ORIGIN_TOPIC_HEADER)).isEqualTo(Topics.INSPECTION_NOTIFICATIONS);
        assertThat(KafkaTestClient.header(dead, Topics.ORIGIN_PARTITION_HEADER)).isEqualTo(String.valueOf(original.partition()));
        assertThat(KafkaTestClient.header(dead, Topics.ORIGIN_OFFSET_HEADER)).isEqualTo(String.valueOf(original.offset()));
        nothingCameOf(List.of(new Bad("expectedDays zero", null, ref, school.urn(), value)));
    }

    private static List<String> headerValues(ConsumerRecord<String, String> record, String name) {
        List<String> values = new ArrayList<>();
        for (Header h : record.headers().headers(name)) {
            values.add(new String(h.value(), StandardCharsets.UTF_8));
        }
        return values;
    }

    @Test
    void malformedBinaryModeNoticesAreDeadLetteredWithTheirCeHeadersAndNothingIsMadeOfThem() {
        TestSchool school = Fixtures.maintainedSchool();
        String urn = school.urn();
        String marker = "binary-" + UUID.randomUUID();
        String time = TestClock.noticeTime().toString();
        Map<String, String> expectedField = new LinkedHashMap<>();
        List<Bad> bad = new ArrayList<>();

        String ref = Fixtures.newReference();
        String id = Fixtures.newId();
        bad.add(new Bad("data that is not JSON", id, ref, urn, "urn=" + urn + ";ofstedReference=" + ref,
                binaryHeaders(id, "uk.gov.ofsted.inspection.notified.v1", time)));
        expectedField.put("data that is not JSON", "data");
        id = Fixtures.newId();
        bad.add(new Bad("no data", id, null, urn, "", binaryHeaders(id, "uk.gov.ofsted.inspection.notified.v1", time)));
        expectedField.put("no data", "data");
        ref = Fixtures.newReference();
        bad.add(new Bad("no ce_id", null, ref, urn, binaryData(urn, ref),
                "ce_specversion", "1.0", "ce_source", "/hampshire/ofsted-inbox", "ce_type", "uk.gov.ofsted.inspection.notified.v1",
                "ce_time", time, "content-type", "application/json"));
        expectedField.put("no ce_id", "id");
        ref = Fixtures.newReference();
        id = Fixtures.newId();
        bad.add(new Bad("unknown ce_type", id, ref, urn, binaryData(urn, ref),
                binaryHeaders(id, "uk.gov.ofsted.inspection.cancelled.v1", time)));
        expectedField.put("unknown ce_type", "type");
        ref = Fixtures.newReference();
        id = Fixtures.newId();
        bad.add(new Bad("malformed ce_time", id, ref, urn, binaryData(urn, ref),
                binaryHeaders(id, "uk.gov.ofsted.inspection.notified.v1", "yesterday")));
        expectedField.put("malformed ce_time", "time");
        ref = Fixtures.newReference();
        id = Fixtures.newId();
        bad.add(new Bad("a bad URN in the data", id, ref, urn, binaryData("11612", ref),
                binaryHeaders(id, "uk.gov.ofsted.inspection.notified.v1", time)));
        expectedField.put("a bad URN in the data", "data.urn");
        ref = Fixtures.newReference();
        id = Fixtures.newId();
        bad.add(new Bad("a key that is not the URN", id, ref, "999999", binaryData(urn, ref),
                binaryHeaders(id, "uk.gov.ofsted.inspection.notified.v1", time)));
        expectedField.put("a key that is not the URN", "key");

        for (Bad b : bad) {
            String[] headers = new String[b.headers().length + 2];
            System.arraycopy(b.headers(), 0, headers, 0, b.headers().length);
            headers[headers.length - 2] = MARKER_HEADER;
            headers[headers.length - 1] = marker;
            KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, b.key(), b.value(), headers);
        }
        // and a good binary-mode notice after them is acted on
        String goodRef = Fixtures.newReference();
        KafkaTestClient.publish(Topics.INSPECTION_NOTIFICATIONS, urn, binaryData(urn, goodRef),
                binaryHeaders(Fixtures.newId(), "uk.gov.ofsted.inspection.notified.v1", time));

        List<ConsumerRecord<String, String>> dead = deadLettersMarked(marker, bad.size());
        Fixtures.consumerBarrier(urn);
        Fixtures.consumerBarrier("999999");
        assertThat(marked(marker)).hasSize(bad.size());
        for (Bad b : bad) {
            assertThat(dead).as(b.why()).filteredOn(r -> r.value().equals(b.value()) && b.key().equals(r.key()))
                    .singleElement().satisfies(r -> {
                        assertThat(KafkaTestClient.header(r, Topics.FIELD_HEADER)).as(b.why()).isEqualTo(expectedField.get(b.why()));
                        assertThat(KafkaTestClient.header(r, Topics.REASON_HEADER)).as(b.why()).isNotBlank();
                        // the binary-mode attributes travel with it, so a fixed record can be replayed as it was
                        for (int n = 0; n + 1 < b.headers().length; n += 2) {
                            assertThat(KafkaTestClient.header(r, b.headers()[n])).as(b.why() + " " + b.headers()[n])
                                    .isEqualTo(b.headers()[n + 1]);
                        }
                    });
        }
        List<Map<String, Object>> inspections = Fixtures.inspectionsOf(urn);
        assertThat(inspections).extracting(i -> i.get("ofstedReference")).containsExactly(goodRef);
        nothingCameOf(bad);
        assertThat(Fixtures.mailsAbout((String) inspections.get(0).get("id"))).hasSize(2);
    }

    private static String[] binaryHeaders(String id, String type, String time) {
        return new String[]{"ce_specversion", "1.0", "ce_id", id, "ce_source", "/hampshire/ofsted-inbox", "ce_type", type,
                "ce_time", time, "content-type", "application/json"};
    }

    private static String binaryData(String urn, String ref) {
        return """
                {"urn":"%s","schoolName":"Example Primary School","ofstedReference":"%s","inspectionType":"GRADED",
                 "framework":"RENEWED_2025","startDate":"%s","expectedDays":2}""".formatted(urn, ref, TestClock.startDate());
    }
}
