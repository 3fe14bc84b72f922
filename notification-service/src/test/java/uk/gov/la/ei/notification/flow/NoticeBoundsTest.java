package uk.gov.la.ei.notification.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.notice.NoticeValidator;
import uk.gov.la.ei.notification.application.ImportRegistry;
import uk.gov.la.ei.notification.domain.Federation;
import uk.gov.la.ei.notification.domain.Inspection;
import uk.gov.la.ei.notification.domain.InspectionHistory;
import uk.gov.la.ei.notification.domain.LaContactEntry;
import uk.gov.la.ei.notification.domain.School;
import uk.gov.la.ei.notification.registry.AssignmentsCsv;
import uk.gov.la.ei.notification.registry.GiasCsvReader;
import uk.gov.la.ei.notification.registry.LaContactsCsv;
import uk.gov.la.ei.notification.registry.SchoolContactsCsv;
import uk.gov.la.ei.notification.rest.AcknowledgementRequest;
import uk.gov.la.ei.notification.rest.SchoolResource;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bound, end to end (issue 6, item 2): the notice contract (its JSON Schema, fixed), this service's
 * entities, its request records and its CSV imports, held against the database's live columns
 * (information_schema). A string the contract accepts must fit every column it is stored in and pass the
 * entity's {@code @Size}; an entity's or a request's bound must not exceed its column. New fields in the
 * schema must be given a place in {@link #STORED_IN}, so this keeps holding as the contract grows.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class NoticeBoundsTest {

    private static final String SCHEMA = "notification";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The longest e-mail address the contract's {@code format: email} accepts: 64 characters before the
     * {@code @} and a domain of 253 (the schema has no maxLength for it; {@link #theLongestEmailTheContractAcceptsIs318Characters}
     * shows where the validator stops).
     */
    static final String LONGEST_EMAIL = "l".repeat(64) + "@" + domain(253);

    /** Where each string of the notice is stored (table.column); an empty list: not stored as text. */
    static final Map<String, List<String>> STORED_IN = Map.ofEntries(
            entry("specversion", List.of()),
            entry("id", List.of("inspection.last_notice_id", "processed_event.event_id")),
            entry("source", List.of("inspection_event.actor")),
            entry("type", List.of("processed_event.event_type")),
            entry("time", List.of()), // parsed: notified_at timestamptz
            entry("datacontenttype", List.of()),
            entry("subject", List.of()), // not kept
            entry("dataschema", List.of()), // not kept
            entry("data.urn", List.of("inspection.urn")),
            entry("data.schoolName", List.of("inspection.school_name")),
            entry("data.ofstedReference", List.of("inspection.ofsted_reference")),
            entry("data.inspectionType", List.of("inspection.inspection_type")),
            entry("data.framework", List.of("inspection.framework")),
            entry("data.startDate", List.of()), // parsed: start_date date
            entry("data.leadInspector.name", List.of("inspection.lead_inspector_name")),
            entry("data.leadInspector.email", List.of("inspection.lead_inspector_email")));

    /** This service's entities. */
    private static final List<Class<?>> ENTITIES = List.of(Inspection.class, InspectionHistory.class, School.class,
            Federation.class, LaContactEntry.class);

    @Inject
    AgroalDataSource database;

    // ---------------------------------------------------------------- the notice contract

    @Test
    void everyStringTheNoticeContractAcceptsFitsEveryColumnItIsStoredInAndPassesTheEntitysBound() throws Exception {
        Map<String, JsonNode> strings = schemaStrings();
        assertThat(strings.keySet()).as("every string of the notice schema has a place in STORED_IN")
                .containsExactlyInAnyOrderElementsOf(STORED_IN.keySet());
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : strings.entrySet()) {
            Optional<Integer> max = maxLengthOf(property.getValue());
            for (String stored : STORED_IN.get(property.getKey())) {
                String table = stored.substring(0, stored.indexOf('.'));
                String column = stored.substring(stored.indexOf('.') + 1);
                Optional<Integer> columnLength = columnLength(table, column);
                if (max.isEmpty() && columnLength.isPresent()) {
                    mismatches.add(property.getKey() + " is unbounded in the contract but " + stored + " is varchar("
                            + columnLength.get() + ")");
                    continue;
                }
                if (max.isPresent() && columnLength.isPresent() && columnLength.get() < max.get()) {
                    mismatches.add(property.getKey() + " may be " + max.get() + " characters but " + stored + " is varchar("
                            + columnLength.get() + "): widen the column in a new migration (the contract is fixed)");
                }
                Optional<Integer> entityBound = entityField(table, column).flatMap(NoticeBoundsTest::sizeOf);
                if (max.isPresent() && entityBound.isPresent() && entityBound.get() < max.get()) {
                    mismatches.add(property.getKey() + " may be " + max.get() + " characters but the entity's @Size for "
                            + stored + " is " + entityBound.get());
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theLongestEmailTheContractAcceptsIs318Characters() {
        NoticeValidator validator = new NoticeValidator(JSON);
        assertThat(LONGEST_EMAIL).hasSize(318);
        assertThat(validator.validate(noticeWithLeadInspectorEmail(LONGEST_EMAIL)))
                .isInstanceOf(NoticeValidator.Accepted.class);
        String oneLonger = "l".repeat(64) + "@" + domain(254);
        assertThat(validator.validate(noticeWithLeadInspectorEmail(oneLonger))).isInstanceOf(NoticeValidator.Rejected.class);
        String longerLocalPart = "l".repeat(65) + "@" + domain(253);
        assertThat(validator.validate(noticeWithLeadInspectorEmail(longerLocalPart))).isInstanceOf(NoticeValidator.Rejected.class);
    }

    // ---------------------------------------------------------------- this service's own bounds

    @Test
    void everyStringFieldOfEveryEntityIsBoundedByAtMostItsColumn() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Class<?> entity : ENTITIES) {
            String table = entity.getAnnotation(Table.class).name();
            for (Field field : persistentFields(entity)) {
                String column = columnName(field);
                assertThat(columnExists(table, column)).as(table + "." + column + " exists").isTrue();
                Optional<Integer> length = columnLength(table, column);
                if (field.getType() == String.class) {
                    Optional<Integer> size = sizeOf(field);
                    if (length.isPresent() && (size.isEmpty() || size.get() > length.get())) {
                        mismatches.add(entity.getSimpleName() + "." + field.getName() + " @Size " + size.map(String::valueOf)
                                .orElse("missing") + " but " + table + "." + column + " is varchar(" + length.get() + ")");
                    }
                }
                if (field.getType().isEnum() && field.isAnnotationPresent(Enumerated.class)
                        && field.getAnnotation(Enumerated.class).value() == EnumType.STRING && length.isPresent()) {
                    int longest = Arrays.stream(field.getType().getEnumConstants()).mapToInt(c -> ((Enum<?>) c).name().length())
                            .max().orElse(0);
                    if (longest > length.get()) {
                        mismatches.add(entity.getSimpleName() + "." + field.getName() + " has a value of " + longest
                                + " characters but " + table + "." + column + " is varchar(" + length.get() + ")");
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyRequestFieldStoredInAColumnIsBoundedByAtMostThatColumn() throws Exception {
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put(AcknowledgementRequest.class.getName() + "#schoolContact", "inspection.school_contact");
        requests.put(SchoolResource.AssignmentEdit.class.getName() + "#simName", "school.sim_name");
        requests.put(SchoolResource.AssignmentEdit.class.getName() + "#simEmail", "school.sim_email");
        requests.put(SchoolResource.AssignmentEdit.class.getName() + "#aiName", "school.ai_name");
        requests.put(SchoolResource.AssignmentEdit.class.getName() + "#aiEmail", "school.ai_email");
        requests.put(SchoolResource.CategorisationEdit.class.getName() + "#academicYear", "school.categorisation_year");
        requests.put(SchoolResource.FederationEdit.class.getName() + "#name", "federation.name");
        requests.put(SchoolResource.FederationEdit.class.getName() + "#kind", "federation.kind");
        requests.put(SchoolResource.FederationEdit.class.getName() + "#executiveHeadName", "federation.executive_head_name");
        requests.put(SchoolResource.FederationEdit.class.getName() + "#executiveHeadEmail", "federation.executive_head_email");
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, String> r : requests.entrySet()) {
            String[] classAndField = r.getKey().split("#");
            Field field = Class.forName(classAndField[0]).getDeclaredField(classAndField[1]);
            Optional<Integer> size = sizeOf(field);
            int length = columnLength(r.getValue().split("\\.")[0], r.getValue().split("\\.")[1]).orElseThrow();
            if (size.isEmpty() || size.get() > length) {
                mismatches.add(r.getKey() + " @Size " + size.map(String::valueOf).orElse("missing") + " but " + r.getValue()
                        + " is varchar(" + length + ")");
            }
        }
        // the request's lists and free text (stored as JSON or text) are bounded too
        for (String component : List.of("keepInTouchTimes", "notes")) {
            assertThat(sizeOf(AcknowledgementRequest.class.getDeclaredField(component))).as(component).isPresent();
        }
        for (String component : List.of("purpose", "owner")) {
            assertThat(sizeOf(AcknowledgementRequest.KeepInTouch.class.getDeclaredField(component))).as(component).isPresent();
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyBoundTheCsvImportsCheckIsAtMostTheColumnTheValueGoesTo() throws Exception {
        Map<String, String> gias = Map.ofEntries(
                entry(GiasCsvReader.NAME, "school.name"),
                entry(GiasCsvReader.TYPE, "school.type_of_establishment"),
                entry(GiasCsvReader.TYPE_GROUP, "school.type_group"),
                entry(GiasCsvReader.STATUS, "school.status"),
                entry(GiasCsvReader.PHASE, "school.phase"),
                entry(GiasCsvReader.DISTRICT, "school.district"),
                entry(GiasCsvReader.HEAD_TITLE + " + " + GiasCsvReader.HEAD_FIRST_NAME + " + " + GiasCsvReader.HEAD_LAST_NAME,
                        "school.head_name"),
                entry(GiasCsvReader.FEDERATION_CODE, "school.federation_code,federation.code"),
                entry(GiasCsvReader.FEDERATION_NAME, "federation.name"),
                entry(GiasCsvReader.POSTCODE, "school.postcode"),
                entry(GiasCsvReader.TELEPHONE, "school.telephone"),
                entry(GiasCsvReader.WEBSITE, "school.website"));
        Map<String, Integer> checked = new LinkedHashMap<>();
        ImportRegistry.GIAS_BOUNDS.forEach(b -> checked.put("gias " + b.column(), b.max()));
        ImportRegistry.ASSIGNMENT_BOUNDS.forEach((c, max) -> checked.put("assignments " + c, max));
        ImportRegistry.LA_CONTACT_BOUNDS.forEach((c, max) -> checked.put("la-contacts " + c, max));
        ImportRegistry.SCHOOL_CONTACT_BOUNDS.forEach((c, max) -> checked.put("school-contacts " + c, max));
        Map<String, String> columns = new LinkedHashMap<>();
        gias.forEach((c, to) -> columns.put("gias " + c, to));
        columns.put("assignments " + AssignmentsCsv.SIM_NAME, "school.sim_name");
        columns.put("assignments " + AssignmentsCsv.SIM_EMAIL, "school.sim_email");
        columns.put("assignments " + AssignmentsCsv.AI_NAME, "school.ai_name");
        columns.put("assignments " + AssignmentsCsv.AI_EMAIL, "school.ai_email");
        columns.put("la-contacts " + LaContactsCsv.NAME, "la_contact.name");
        columns.put("la-contacts " + LaContactsCsv.EMAIL, "la_contact.email");
        columns.put("school-contacts " + SchoolContactsCsv.HEAD_EMAIL, "school.head_email");
        columns.put("school-contacts " + SchoolContactsCsv.CHAIR_NAME, "school.chair_name");
        columns.put("school-contacts " + SchoolContactsCsv.CHAIR_EMAIL, "school.chair_email");
        assertThat(checked.keySet()).containsExactlyInAnyOrderElementsOf(columns.keySet());
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Integer> c : checked.entrySet()) {
            for (String to : columns.get(c.getKey()).split(",")) {
                int length = columnLength(to.split("\\.")[0], to.split("\\.")[1]).orElseThrow();
                if (c.getValue() > length) {
                    mismatches.add(c.getKey() + " allows " + c.getValue() + " but " + to + " is varchar(" + length + ")");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    // ---------------------------------------------------------------- reading the schema

    /** Every property of the notice that is a string (or an enum/const of strings), by dotted path. */
    private static Map<String, JsonNode> schemaStrings() throws IOException {
        JsonNode schema;
        try (InputStream in = NoticeValidator.class.getResourceAsStream(NoticeValidator.SCHEMA_RESOURCE)) {
            schema = JSON.readTree(in);
        }
        Map<String, JsonNode> strings = new LinkedHashMap<>();
        collect(schema, schema, "", strings);
        return strings;
    }

    private static void collect(JsonNode root, JsonNode node, String prefix, Map<String, JsonNode> into) {
        JsonNode resolved = node.has("$ref") ? root.at(node.get("$ref").asText().substring(1)) : node;
        JsonNode properties = resolved.get("properties");
        if (properties == null) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String path = prefix + p.getKey();
            JsonNode value = p.getValue().has("$ref") ? root.at(p.getValue().get("$ref").asText().substring(1)) : p.getValue();
            if (value.has("properties")) {
                collect(root, value, path + ".", into);
            } else if (isString(value)) {
                into.put(path, value);
            }
        }
    }

    private static boolean isString(JsonNode p) {
        if (p.has("type")) {
            return "string".equals(p.get("type").asText());
        }
        if (p.has("const")) {
            return p.get("const").isTextual();
        }
        return p.has("enum") && p.get("enum").get(0).isTextual();
    }

    /** The longest string the property accepts, or empty when the schema does not bound it. */
    private static Optional<Integer> maxLengthOf(JsonNode p) {
        if (p.has("maxLength")) {
            return Optional.of(p.get("maxLength").asInt());
        }
        if (p.has("const")) {
            return Optional.of(p.get("const").asText().length());
        }
        if (p.has("enum")) {
            int longest = 0;
            for (JsonNode v : p.get("enum")) {
                longest = Math.max(longest, v.asText().length());
            }
            return Optional.of(longest);
        }
        if (p.has("pattern")) {
            Matcher m = Pattern.compile("^\\^\\[[^\\]]+\\]\\{(\\d+),(\\d+)\\}\\$$").matcher(p.get("pattern").asText());
            if (m.matches()) {
                return Optional.of(Integer.parseInt(m.group(2)));
            }
        }
        if (p.has("format")) {
            return switch (p.get("format").asText()) {
                case "email" -> Optional.of(LONGEST_EMAIL.length());
                case "date" -> Optional.of(10);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    private static String noticeWithLeadInspectorEmail(String email) {
        return """
                {"specversion":"1.0","id":"bounds","source":"/test","type":"uk.gov.ofsted.inspection.notified.v1",
                 "time":"2026-11-23T12:04:00Z","data":{"urn":"116123","schoolName":"S","ofstedReference":"1234",
                 "inspectionType":"GRADED","framework":"EIF_2024","startDate":"2026-11-24",
                 "leadInspector":{"name":"N","email":"%s"}}}""".formatted(email);
    }

    /** A domain of exactly {@code length} characters: labels of at most 63, ending in ".uk". */
    static String domain(int length) {
        StringBuilder d = new StringBuilder();
        int remaining = length - 3;
        while (remaining > 0) {
            if (d.length() > 0) {
                d.append('.');
                remaining--;
            }
            int label = Math.min(63, remaining);
            if (remaining - label == 1) {
                label--; // never leave a lone dot
            }
            d.append("d".repeat(label));
            remaining -= label;
        }
        return d.append(".uk").toString();
    }

    // ---------------------------------------------------------------- entities and columns

    private static List<Field> persistentFields(Class<?> entity) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isStatic(m) && !Modifier.isTransient(m) && Modifier.isPublic(m)) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    private static String columnName(Field field) {
        Column column = field.getAnnotation(Column.class);
        if (column != null && !column.name().isEmpty()) {
            return column.name();
        }
        return field.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private static Optional<Field> entityField(String table, String column) {
        for (Class<?> entity : ENTITIES) {
            if (entity.getAnnotation(Table.class).name().equals(table)) {
                return persistentFields(entity).stream().filter(f -> columnName(f).equals(column)).findFirst();
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> sizeOf(Field field) {
        Size size = field.getAnnotation(Size.class);
        return size == null ? Optional.empty() : Optional.of(size.max());
    }

    /** varchar(n) → n; text and other types → empty. Fails if the column does not exist. */
    private Optional<Integer> columnLength(String table, String column) throws Exception {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     select data_type, character_maximum_length from information_schema.columns
                     where table_schema = ? and table_name = ? and column_name = ?""")) {
            s.setString(1, SCHEMA);
            s.setString(2, table);
            s.setString(3, column);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("column %s.%s.%s exists", SCHEMA, table, column).isTrue();
                int length = r.getInt(2);
                return r.wasNull() ? Optional.empty() : Optional.of(length);
            }
        }
    }

    private boolean columnExists(String table, String column) throws Exception {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select 1 from information_schema.columns where table_schema = ? and table_name = ? and column_name = ?")) {
            s.setString(1, SCHEMA);
            s.setString(2, table);
            s.setString(3, column);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }
}
