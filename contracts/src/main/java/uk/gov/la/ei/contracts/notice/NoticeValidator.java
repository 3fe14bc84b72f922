package uk.gov.la.ei.contracts.notice;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks an inbound notice against the contract: first the JSON Schema
 * ({@code schemas/inspection-notice.v1.schema.json}), then the rules a schema cannot say (a start date
 * before the notice). Every problem is named by its field, so a publisher can fix it.
 */
public final class NoticeValidator {

    public static final String SCHEMA_RESOURCE = "/schemas/inspection-notice.v1.schema.json";
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    /** What a JSON Schema format asks for, in a publisher's words. */
    private static final Map<String, String> FORMATS = Map.of(
            "date", "a real calendar date written yyyy-mm-dd",
            "date-time", "an RFC 3339 date-time with a time zone offset, such as 2026-11-23T12:04:00Z",
            "email", "an e-mail address");

    private final JsonSchema schema;
    private final ObjectMapper mapper;

    public NoticeValidator(ObjectMapper mapper) {
        this.mapper = mapper;
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                // the reasons go into dead-letter headers and problem+json for English publishers,
                // whatever the JVM's default locale
                .locale(Locale.ENGLISH)
                .build();
        try (InputStream in = NoticeValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SCHEMA_RESOURCE);
            }
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome: the notice, or what is wrong with it. */
    public sealed interface Result permits Accepted, Rejected {
    }

    public record Accepted(InspectionNotice notice) implements Result {
    }

    public record Rejected(List<Violation> violations) implements Result {
        public Violation first() {
            return violations.get(0);
        }
    }

    /** Validates raw text as it arrived (bad JSON is a violation too, not an exception). */
    public Result validate(String json) {
        if (json == null || json.isBlank()) {
            return new Rejected(List.of(new Violation("body", "the notice is empty")));
        }
        JsonNode tree;
        try {
            // two events run together, or a key given twice, is not one readable notice
            tree = mapper.reader()
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readTree(json);
        } catch (MismatchedInputException e) {
            return new Rejected(List.of(new Violation("body",
                    "not valid JSON: something follows the notice" + at(e) + " (one JSON object per message)")));
        } catch (JsonProcessingException e) {
            return new Rejected(List.of(new Violation("body", "not valid JSON: " + e.getOriginalMessage() + at(e))));
        }
        return validate(tree);
    }

    public Result validate(JsonNode envelope) {
        if (envelope == null || !envelope.isObject()) {
            return new Rejected(List.of(new Violation("body", "a notice must be a JSON object (a CloudEvent)")));
        }
        List<Violation> violations = new ArrayList<>();
        for (ValidationMessage message : schema.validate(envelope)) {
            violations.add(toViolation(message));
        }
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Violation::field));
            return new Rejected(violations);
        }
        InspectionNotice notice;
        try {
            notice = toNotice(envelope);
        } catch (Unreadable e) {
            return new Rejected(List.of(e.violation));
        }
        LocalDate noticeDay = notice.time().atZoneSameInstant(ENGLAND).toLocalDate();
        if (notice.data().startDate() != null && notice.data().startDate().isBefore(noticeDay)) {
            return new Rejected(List.of(new Violation("data.startDate",
                    "start date " + notice.data().startDate() + " is before the notice was given (" + noticeDay + ")")));
        }
        return new Accepted(notice);
    }

    private InspectionNotice toNotice(JsonNode envelope) {
        JsonNode data = envelope.get("data");
        JsonNode lead = data.get("leadInspector");
        NoticeData noticeData = new NoticeData(
                text(data, "urn"),
                text(data, "schoolName"),
                text(data, "ofstedReference"),
                data.hasNonNull("inspectionType") ? InspectionType.valueOf(text(data, "inspectionType")) : null,
                data.hasNonNull("framework") ? Framework.valueOf(text(data, "framework")) : null,
                data.hasNonNull("startDate") ? parse("data.startDate", text(data, "startDate"), LocalDate::parse) : null,
                data.hasNonNull("expectedDays") ? data.get("expectedDays").asInt() : null,
                lead == null || lead.isNull() ? null : new LeadInspector(text(lead, "name"), text(lead, "email")));
        return new InspectionNotice(
                text(envelope, "id"),
                text(envelope, "source"),
                NoticeType.fromCloudEventType(text(envelope, "type")).orElseThrow(),
                parse("time", text(envelope, "time"), OffsetDateTime::parse),
                noticeData);
    }

    private static String at(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        return where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * Names the offending field as a dotted path ({@code data.urn}); a missing required property is named
     * itself, not its parent. The library's instance location is a JSON Pointer for 2020-12 schemas
     * ({@code /data/urn}), so the path is rebuilt from its elements rather than from its text.
     */
    static Violation toViolation(ValidationMessage message) {
        StringBuilder field = new StringBuilder();
        JsonNodePath location = message.getInstanceLocation();
        if (location != null) {
            for (int i = 0; i < location.getNameCount(); i++) {
                Object element = location.getElement(i);
                if (element instanceof Integer index) {
                    field.append('[').append(index).append(']');
                } else {
                    field.append(field.length() == 0 ? "" : ".").append(element);
                }
            }
        }
        if ("required".equals(message.getType()) && message.getProperty() != null) {
            field.append(field.length() == 0 ? "" : ".").append(message.getProperty());
        }
        return new Violation(field.length() == 0 ? "body" : field.toString(), describe(message));
    }

    /** Plain words for a publisher, with the value that was refused where there is one. */
    private static String describe(ValidationMessage message) {
        JsonNode expected = message.getSchemaNode();
        JsonNode value = message.getInstanceNode();
        String was = value == null || value.isContainerNode() ? "" : " (was " + abbreviate(value.toString()) + ")";
        switch (message.getType() == null ? "" : message.getType()) {
            case "required":
                return "is required";
            case "const":
                return "must be " + expected + was;
            case "enum":
                List<String> allowed = new ArrayList<>();
                expected.forEach(option -> allowed.add(option.asText()));
                return "must be one of " + String.join(", ", allowed) + was;
            case "format":
                return "must be " + FORMATS.getOrDefault(expected.asText(), "a valid " + expected.asText()) + was;
            default:
                return message.getError() + was;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** A value the schema let through but Java cannot read (such as a leap second), with its field. */
    private static final class Unreadable extends RuntimeException {
        private final transient Violation violation;

        Unreadable(String field, String text) {
            super(field, null, false, false);
            this.violation = new Violation(field, "cannot be read: " + abbreviate(text));
        }
    }

    private static <T> T parse(String field, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            throw new Unreadable(field, text);
        }
    }
}
