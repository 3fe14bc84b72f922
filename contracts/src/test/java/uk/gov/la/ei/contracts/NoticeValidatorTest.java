package uk.gov.la.ei.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.la.ei.contracts.notice.Framework;
import uk.gov.la.ei.contracts.notice.InspectionNotice;
import uk.gov.la.ei.contracts.notice.InspectionType;
import uk.gov.la.ei.contracts.notice.LeadInspector;
import uk.gov.la.ei.contracts.notice.NoticeType;
import uk.gov.la.ei.contracts.notice.NoticeValidator;
import uk.gov.la.ei.contracts.notice.NoticeValidator.Accepted;
import uk.gov.la.ei.contracts.notice.NoticeValidator.Rejected;
import uk.gov.la.ei.contracts.notice.NoticeValidator.Result;
import uk.gov.la.ei.contracts.notice.Violation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The fixed inbound contract (DOMAIN.md "Inbound contract"): what is accepted, and what is refused and why. */
class NoticeValidatorTest {

    /** DOMAIN.md's example notice, exactly as written there. */
    static final String DOMAIN_EXAMPLE = """
            {
              "specversion": "1.0",
              "id": "b6f0c2d4-3a71-4d0e-9a51-1f1e2d3c4b5a",
              "source": "/hampshire/ofsted-inbox",
              "type": "uk.gov.ofsted.inspection.notified.v1",
              "time": "2026-11-23T12:04:00Z",
              "datacontenttype": "application/json",
              "data": {
                "urn": "116123",
                "schoolName": "Example Primary School",
                "ofstedReference": "10345678",
                "inspectionType": "GRADED",
                "framework": "RENEWED_2025",
                "startDate": "2026-11-24",
                "expectedDays": 2,
                "leadInspector": { "name": "A. Inspector", "email": "a.inspector@example.org" }
              }
            }
            """;

    static final ObjectMapper MAPPER = new ObjectMapper();
    final NoticeValidator validator = new NoticeValidator(MAPPER);

    @Test
    @DisplayName("DOMAIN.md's example notice is accepted and every field is carried over")
    void domainExampleIsAcceptedAndMapped() {
        Result result = validator.validate(DOMAIN_EXAMPLE);

        assertThat(result).isInstanceOf(Accepted.class);
        InspectionNotice notice = ((Accepted) result).notice();
        assertThat(notice.id()).isEqualTo("b6f0c2d4-3a71-4d0e-9a51-1f1e2d3c4b5a");
        assertThat(notice.source()).isEqualTo("/hampshire/ofsted-inbox");
        assertThat(notice.type()).isEqualTo(NoticeType.NOTIFIED);
        assertThat(notice.time()).isEqualTo(OffsetDateTime.parse("2026-11-23T12:04:00Z"));
        assertThat(notice.data().urn()).isEqualTo("116123");
        assertThat(notice.data().schoolName()).isEqualTo("Example Primary School");
        assertThat(notice.data().ofstedReference()).isEqualTo("10345678");
        assertThat(notice.data().inspectionType()).isEqualTo(InspectionType.GRADED);
        assertThat(notice.data().framework()).isEqualTo(Framework.RENEWED_2025);
        assertThat(notice.data().startDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(notice.data().expectedDays()).isEqualTo(2);
        assertThat(notice.data().leadInspector()).isEqualTo(new LeadInspector("A. Inspector", "a.inspector@example.org"));
    }

    @Test
    @DisplayName("a withdrawal needs only the URN and the Ofsted reference")
    void withdrawalWithOnlyUrnAndOfstedReferenceIsAccepted() {
        Result result = validator.validate("""
                {
                  "specversion": "1.0",
                  "id": "0d9c1b7e-5f7a-4f43-8c55-52d1f1b0a001",
                  "source": "/hampshire/ofsted-inbox",
                  "type": "uk.gov.ofsted.inspection.withdrawn.v1",
                  "time": "2026-11-23T15:30:00Z",
                  "data": { "urn": "116123", "ofstedReference": "10345678" }
                }
                """);

        assertThat(result).isInstanceOf(Accepted.class);
        InspectionNotice notice = ((Accepted) result).notice();
        assertThat(notice.type()).isEqualTo(NoticeType.WITHDRAWN);
        assertThat(notice.data().urn()).isEqualTo("116123");
        assertThat(notice.data().ofstedReference()).isEqualTo("10345678");
        assertThat(notice.data().schoolName()).isNull();
        assertThat(notice.data().inspectionType()).isNull();
        assertThat(notice.data().framework()).isNull();
        assertThat(notice.data().startDate()).isNull();
        assertThat(notice.data().expectedDays()).isNull();
        assertThat(notice.data().leadInspector()).isNull();
    }

    @Test
    @DisplayName("a rescheduled notice (after a deferral) needs no school name, and a 7-digit URN is fine")
    void rescheduledWithoutSchoolNameIsAccepted() {
        Result result = validator.validate(example(n -> {
            n.put("type", "uk.gov.ofsted.inspection.rescheduled.v1");
            data(n).remove("schoolName");
            data(n).put("urn", "1161234");
            data(n).put("startDate", "2026-12-01");
        }));

        assertThat(result).isInstanceOf(Accepted.class);
        InspectionNotice notice = ((Accepted) result).notice();
        assertThat(notice.type()).isEqualTo(NoticeType.RESCHEDULED);
        assertThat(notice.data().urn()).isEqualTo("1161234");
        assertThat(notice.data().startDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    @DisplayName("optional parts may be left out: lead inspector, expected days, datacontenttype")
    void optionalPartsMayBeLeftOut() {
        Result result = validator.validate(example(n -> {
            n.remove("datacontenttype");
            data(n).remove("leadInspector");
            data(n).remove("expectedDays");
        }));

        assertThat(result).isInstanceOf(Accepted.class);
        assertThat(((Accepted) result).notice().data().leadInspector()).isNull();
        assertThat(((Accepted) result).notice().data().expectedDays()).isNull();
    }

    @Test
    @DisplayName("a lead inspector without an e-mail address is accepted")
    void leadInspectorWithoutEmailIsAccepted() {
        Result result = validator.validate(example(n -> data(n).putObject("leadInspector").put("name", "A. Inspector")));

        assertThat(result).isInstanceOf(Accepted.class);
        assertThat(((Accepted) result).notice().data().leadInspector()).isEqualTo(new LeadInspector("A. Inspector", null));
    }

    @Test
    @DisplayName("an inspection may start on the day of the notice itself")
    void startOnTheNoticeDayIsAccepted() {
        assertThat(validator.validate(example(n -> data(n).put("startDate", "2026-11-23")))).isInstanceOf(Accepted.class);
    }

    @Test
    @DisplayName("the notice day is the day in England: 23:30 UTC on 30 June is already 1 July (BST)")
    void noticeDayIsTakenInEnglandTime() {
        Result result = validator.validate(example(n -> {
            n.put("time", "2026-06-30T23:30:00Z");
            data(n).put("startDate", "2026-07-01");
        }));

        assertThat(result).isInstanceOf(Accepted.class);
    }

    @Test
    @DisplayName("a notice given in the evening of 30 June (BST) may not start on 29 June")
    void startBeforeTheEnglishNoticeDayIsRefused() {
        Result result = validator.validate(example(n -> {
            n.put("time", "2026-06-30T22:30:00+00:00");
            data(n).put("startDate", "2026-06-29");
        }));

        assertThat(result).isInstanceOf(Rejected.class);
        assertThat(((Rejected) result).first().field()).isEqualTo("data.startDate");
        assertThat(((Rejected) result).first().message()).contains("2026-06-29").contains("2026-06-30");
    }

    @Test
    @DisplayName("every problem in a notice is reported, each with its own field")
    void everyProblemIsReported() {
        Result result = validator.validate(example(n -> {
            n.remove("id");
            data(n).put("urn", "ABC123");
            data(n).put("expectedDays", 0);
        }));

        assertThat(result).isInstanceOf(Rejected.class);
        assertThat(((Rejected) result).violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("id", "data.urn", "data.expectedDays");
    }

    @Test
    @DisplayName("a reason says what was wrong in plain words, with the value that was refused")
    void reasonsAreInPlainWords() {
        assertThat(onlyViolation(example(n -> data(n).remove("urn")))).hasToString("data.urn: is required");
        assertThat(onlyViolation(example(n -> data(n).put("startDate", "2026-02-30"))).message())
                .contains("yyyy-mm-dd").contains("2026-02-30");
        assertThat(onlyViolation(example(n -> data(n).put("inspectionType", "SECTION_5"))).message())
                .contains("GRADED, UNGRADED, MONITORING, URGENT").contains("SECTION_5");
        assertThat(onlyViolation(example(n -> data(n).put("urn", "11612"))).message()).contains("11612");
        assertThat(onlyViolation("{ \"specversion\": ").message()).startsWith("not valid JSON");
    }

    @Test
    @DisplayName("reasons are in English whatever the JVM's default locale (they go into dead-letter headers)")
    void reasonsAreInEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            NoticeValidator germanJvm = new NoticeValidator(MAPPER);
            Result result = germanJvm.validate(example(n -> data(n).put("expectedDays", 0)));
            assertThat(((Rejected) result).first().message()).isEqualTo("must have a minimum value of 1 (was 0)");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    @DisplayName("a time the schema allows but Java cannot read (a leap second) is refused naming time, not thrown")
    void leapSecondIsRefusedNamingTime() {
        Result result = validator.validate(example(n -> {
            n.put("time", "2016-12-31T23:59:60Z");
            data(n).put("startDate", "2017-01-02");
        }));

        assertThat(result).isInstanceOf(Rejected.class);
        assertThat(((Rejected) result).first().field()).isEqualTo("time");
    }

    private Violation onlyViolation(String body) {
        Result result = validator.validate(body);
        assertThat(result).isInstanceOf(Rejected.class);
        assertThat(((Rejected) result).violations()).hasSize(1);
        return ((Rejected) result).first();
    }

    static Stream<Arguments> badNotices() {
        return Stream.of(
                bad("bad JSON", "{ \"specversion\": \"1.0\", \"id\": ", "body"),
                bad("two notices run together", DOMAIN_EXAMPLE + DOMAIN_EXAMPLE, "body"),
                bad("a key given twice", DOMAIN_EXAMPLE.replace("\"source\":", "\"id\": \"another\", \"source\":"), "body"),
                bad("an empty body", "", "body"),
                bad("a blank body", "   \n", "body"),
                bad("a JSON array", "[" + DOMAIN_EXAMPLE + "]", "body"),
                bad("a JSON string", "\"notice\"", "body"),
                bad("JSON null", "null", "body"),
                bad("no specversion", example(n -> n.remove("specversion")), "specversion"),
                bad("CloudEvents 0.3", example(n -> n.put("specversion", "0.3")), "specversion"),
                bad("specversion as a number", example(n -> n.put("specversion", 1.0)), "specversion"),
                bad("no id", example(n -> n.remove("id")), "id"),
                bad("an empty id", example(n -> n.put("id", "")), "id"),
                bad("no source", example(n -> n.remove("source")), "source"),
                bad("no type", example(n -> n.remove("type")), "type"),
                bad("an unknown type", example(n -> n.put("type", "uk.gov.ofsted.inspection.cancelled.v1")), "type"),
                bad("a type of the wrong version", example(n -> n.put("type", "uk.gov.ofsted.inspection.notified.v2")), "type"),
                bad("no time", example(n -> n.remove("time")), "time"),
                bad("a time that is not a date-time", example(n -> n.put("time", "23/11/2026 12:04")), "time"),
                bad("a time without an offset", example(n -> n.put("time", "2026-11-23T12:04:00")), "time"),
                bad("an impossible time", example(n -> n.put("time", "2026-11-23T25:04:00Z")), "time"),
                bad("an XML datacontenttype", example(n -> n.put("datacontenttype", "application/xml")), "datacontenttype"),
                bad("no data", example(n -> n.remove("data")), "data"),
                bad("data as a string", example(n -> n.put("data", "116123")), "data"),
                bad("no data.urn", example(n -> data(n).remove("urn")), "data.urn"),
                bad("a URN of 5 digits", example(n -> data(n).put("urn", "11612")), "data.urn"),
                bad("a URN of 8 digits", example(n -> data(n).put("urn", "11612345")), "data.urn"),
                bad("a URN with letters", example(n -> data(n).put("urn", "11612A")), "data.urn"),
                bad("a URN as a number", example(n -> data(n).put("urn", 116123)), "data.urn"),
                bad("no ofstedReference", example(n -> data(n).remove("ofstedReference")), "data.ofstedReference"),
                bad("an unknown inspectionType", example(n -> data(n).put("inspectionType", "SECTION_5")), "data.inspectionType"),
                bad("a lower-case inspectionType", example(n -> data(n).put("inspectionType", "graded")), "data.inspectionType"),
                bad("an unknown framework", example(n -> data(n).put("framework", "CIF_2015")), "data.framework"),
                bad("30 February as startDate", example(n -> data(n).put("startDate", "2026-02-30")), "data.startDate"),
                bad("\"tomorrow\" as startDate", example(n -> data(n).put("startDate", "tomorrow")), "data.startDate"),
                bad("a British-style startDate", example(n -> data(n).put("startDate", "24/11/2026")), "data.startDate"),
                bad("a startDate before the notice day", example(n -> data(n).put("startDate", "2026-11-22")), "data.startDate"),
                bad("expectedDays 0", example(n -> data(n).put("expectedDays", 0)), "data.expectedDays"),
                bad("expectedDays as text", example(n -> data(n).put("expectedDays", "two")), "data.expectedDays"),
                bad("a lead inspector without a name", example(n -> data(n).putObject("leadInspector")
                        .put("email", "a.inspector@example.org")), "data.leadInspector.name"),
                bad("a lead inspector with an empty name", example(n -> data(n).putObject("leadInspector")
                        .put("name", "").put("email", "a.inspector@example.org")), "data.leadInspector.name"),
                bad("a bad lead inspector e-mail", example(n -> ((ObjectNode) data(n).get("leadInspector"))
                        .put("email", "a.inspector.example.org")), "data.leadInspector.email"),
                bad("a notified notice without schoolName", example(n -> data(n).remove("schoolName")), "data.schoolName"),
                bad("a notified notice without startDate", example(n -> data(n).remove("startDate")), "data.startDate"),
                bad("a notified notice without inspectionType", example(n -> data(n).remove("inspectionType")), "data.inspectionType"),
                bad("a rescheduled notice without framework", example(n -> {
                    n.put("type", "uk.gov.ofsted.inspection.rescheduled.v1");
                    data(n).remove("framework");
                }), "data.framework"),
                bad("a withdrawal without ofstedReference", example(n -> {
                    n.put("type", "uk.gov.ofsted.inspection.withdrawn.v1");
                    data(n).remove("ofstedReference");
                }), "data.ofstedReference"));
    }

    @ParameterizedTest(name = "{0} is refused, naming {2}")
    @MethodSource("badNotices")
    void badNoticeIsRejectedNamingTheField(String what, String body, String field) {
        Result result = validator.validate(body);

        assertThat(result).as(what).isInstanceOf(Rejected.class);
        Rejected rejected = (Rejected) result;
        assertThat(rejected.violations()).as(what).extracting(Violation::field).contains(field);
        assertThat(rejected.violations()).as(what).extracting(Violation::field).containsOnly(field);
        for (Violation violation : rejected.violations()) {
            assertHumanReadable(violation);
        }
    }

    /** A publisher reads the reason: plain words, no JSON-path noise or Java class names. */
    private static void assertHumanReadable(Violation violation) {
        assertThat(violation.message()).as(violation.toString())
                .isNotBlank()
                .doesNotStartWith("$")
                .doesNotContain("$.")
                .doesNotContain("Exception")
                .doesNotContain("com.")
                .matches("(?s).*[a-z]{3,}.*");
        assertThat(violation.toString()).startsWith(violation.field() + ": ");
    }

    private static Arguments bad(String what, String body, String field) {
        return arguments(what, body, field);
    }

    /** DOMAIN.md's example with one thing changed. */
    static String example(Consumer<ObjectNode> change) {
        try {
            ObjectNode notice = (ObjectNode) MAPPER.readTree(DOMAIN_EXAMPLE);
            change.accept(notice);
            return MAPPER.writeValueAsString(notice);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode data(ObjectNode notice) {
        return (ObjectNode) notice.get("data");
    }
}
