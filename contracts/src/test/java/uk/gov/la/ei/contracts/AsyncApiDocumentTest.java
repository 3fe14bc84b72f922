package uk.gov.la.ei.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.gov.la.ei.contracts.events.EventCatalog;
import uk.gov.la.ei.contracts.events.FollowUpDecided;
import uk.gov.la.ei.contracts.notice.NoticeValidator;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document ({@code asyncapi.yaml}) says what the code does: every topic in {@link Topics}, every
 * event in {@link EventCatalog} with its CloudEvents type and every field of its record, who sends and who
 * receives, and the inbound notice exactly as {@code schemas/inspection-notice.v1.schema.json} has it.
 */
class AsyncApiDocumentTest {

    private static final List<String> SERVICES =
            List.of("notification-service", "support-tracking-service", "feedback-service", "wellbeing-service");

    private static JsonNode doc;
    private static String text;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml on the classpath").isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        doc = new ObjectMapper(new YAMLFactory()).readTree(text);
    }

    @Test
    void isAnAsyncApi3Document() {
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(doc.path("info").path("title").asText()).isNotBlank();
        assertThat(doc.path("info").path("version").asText()).isNotBlank();
        assertThat(doc.path("channels").isObject()).isTrue();
        assertThat(doc.path("operations").isObject()).isTrue();
    }

    // ---- topics -------------------------------------------------------------------------------

    @Test
    void everyTopicIsAChannelAndEveryChannelIsATopic() throws IllegalAccessException {
        Set<String> addresses = new HashSet<>();
        doc.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(topicConstants());
    }

    @Test
    void everyTopicHasADeadLetterTopicWhoseMessageCarriesEveryHeaderNamedInTopics() throws IllegalAccessException {
        Set<String> deadLetterTopics = deadLetterTopics();
        assertThat(deadLetterTopics).contains(Topics.INSPECTION_NOTIFICATIONS_DLQ, Topics.INSPECTIONS_DLQ,
                Topics.SUPPORT_CASES_DLQ, Topics.FEEDBACK_DLQ, Topics.WELLBEING_DLQ);
        for (String topic : topicConstants()) {
            if (!deadLetterTopics.contains(topic)) {
                assertThat(deadLetterTopics).as("dead-letter topic of " + topic).contains(Topics.deadLetterTopicOf(topic));
            }
        }
        Set<String> headerNames = deadLetterHeaderConstants();
        assertThat(headerNames).contains(Topics.REASON_HEADER, Topics.FIELD_HEADER, Topics.EXCEPTION_HEADER,
                Topics.CONSUMER_HEADER, Topics.ORIGIN_TOPIC_HEADER, Topics.ORIGIN_PARTITION_HEADER, Topics.ORIGIN_OFFSET_HEADER);
        for (String deadLetterTopic : deadLetterTopics) {
            List<JsonNode> messages = messagesOf(channelAt(deadLetterTopic));
            assertThat(messages).as("messages of " + deadLetterTopic).hasSize(1);
            JsonNode headers = resolve(messages.get(0).path("headers"));

            assertThat(names(headers.path("properties"))).as("headers on " + deadLetterTopic)
                    .containsExactlyInAnyOrderElementsOf(headerNames);
            assertThat(textValues(headers.path("required"))).as("required headers on " + deadLetterTopic)
                    .containsExactly(Topics.REASON_HEADER);
            assertThat(headers.path("additionalProperties").asBoolean(true))
                    .as("the original record's headers are kept on " + deadLetterTopic).isTrue();
        }
    }

    @Test
    void inboundTopicDocumentsStructuredAndBinaryCloudEvents() {
        List<JsonNode> messages = messagesOf(channelAt(Topics.INSPECTION_NOTIFICATIONS));
        JsonNode structured = messages.stream().filter(m -> m.path("name").asText().equals("InspectionNotice"))
                .findFirst().orElseThrow();
        JsonNode binary = messages.stream().filter(m -> m.path("name").asText().equals("InspectionNoticeBinary"))
                .findFirst().orElseThrow();

        assertThat(contentTypeOf(structured)).isEqualTo("application/cloudevents+json");
        Set<String> binaryHeaders = names(resolve(binary.path("headers")).path("properties"));
        assertThat(binaryHeaders).contains("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "content-type");
        assertThat(textValues(resolve(binary.path("headers")).path("required")))
                .containsExactlyInAnyOrder("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time");
        assertThat(resolve(binary.path("payload"))).isEqualTo(schema("InspectionNoticeData"));
    }

    @Test
    void everyRecordKeyIsTheUrn() throws IllegalAccessException {
        Set<String> deadLetterTopics = deadLetterTopics();
        doc.path("channels").forEach(channel -> {
            boolean deadLetters = deadLetterTopics.contains(channel.path("address").asText());
            for (JsonNode message : messagesOf(channel)) {
                JsonNode key = resolve(kafkaBinding(message).path("key"));
                if (deadLetters) {
                    // the original key, unchanged, whatever it was
                    assertThat(key.path("pattern").isMissingNode()).as(message.path("name").asText()).isTrue();
                } else {
                    assertThat(key.path("pattern").asText()).as(message.path("name").asText()).isEqualTo("^[0-9]{6,7}$");
                }
            }
        });
    }

    // ---- events -------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void everyEventIsAMessageOnItsTopicWithItsCloudEventsType(EventCatalog entry) {
        JsonNode message = messageNamed(entry.payload().getSimpleName());

        assertThat(text).contains(entry.type());
        assertThat(envelopeProperties(message).get("type").path("const").asText()).isEqualTo(entry.type());
        assertThat(messagesOf(channelAt(entry.topic()))).as("messages of " + entry.topic()).contains(message);
        assertThat(contentTypeOf(message)).isEqualTo("application/cloudevents+json");
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void everyRecordComponentIsAPropertyOfItsPayload(EventCatalog entry) {
        JsonNode data = envelopeProperties(messageNamed(entry.payload().getSimpleName())).get("data");

        assertSchemaMatchesRecord(entry.payload(), data);
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void internalEventEnvelopeIsAStructuredCloudEventAboutTheSchool(EventCatalog entry) {
        JsonNode payload = resolve(messageNamed(entry.payload().getSimpleName()).path("payload"));
        Set<String> required = new HashSet<>();
        for (JsonNode part : payload.path("allOf")) {
            required.addAll(textValues(resolve(part).path("required")));
        }
        Map<String, JsonNode> properties = envelopeProperties(messageNamed(entry.payload().getSimpleName()));

        assertThat(required).contains("specversion", "id", "source", "type", "time", "subject", "datacontenttype", "data");
        assertThat(properties.get("specversion").path("const").asText()).isEqualTo("1.0");
        assertThat(properties.get("datacontenttype").path("const").asText()).isEqualTo("application/json");
        assertThat(resolve(properties.get("subject"))).isEqualTo(schema("Urn"));
        assertThat(resolve(properties.get("time")).path("format").asText()).isEqualTo("date-time");
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void anEventAsTheServicesWriteItIsValidAgainstItsPayloadSchema(EventCatalog entry) {
        Record event = Samples.full(entry.payload().asSubclass(Record.class));
        JsonSchema payloadSchema = schemaAt("#/components/messages/" + entry.payload().getSimpleName() + "/payload");

        Set<ValidationMessage> problems = payloadSchema.validate(cloudEvent(entry, event));

        assertThat(problems).as(entry + " as written by Jackson").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void onlyTheRequiredFieldsNeedAValue(EventCatalog entry) {
        JsonNode data = resolve(envelopeProperties(messageNamed(entry.payload().getSimpleName())).get("data"));
        Record event = Samples.only(entry.payload().asSubclass(Record.class), textValues(data.path("required")));
        JsonSchema payloadSchema = schemaAt("#/components/messages/" + entry.payload().getSimpleName() + "/payload");

        assertThat(payloadSchema.validate(cloudEvent(entry, event))).as(entry + " with nulls").isEmpty();
    }

    @Test
    void anOverriddenFollowUpMustGiveItsReason() {
        JsonSchema followUp = schemaAt("#/components/schemas/FollowUpDecided");
        ObjectNode decided = Samples.WIRE.valueToTree(Samples.full(FollowUpDecided.class));

        assertThat(followUp.validate(decided.put("overridden", true).put("overrideReason", "school in a federation"))).isEmpty();
        assertThat(followUp.validate(decided.put("overridden", true).putNull("overrideReason"))).isNotEmpty();
        assertThat(followUp.validate(decided.put("overridden", false).putNull("overrideReason"))).isEmpty();
    }

    @Test
    void everyInternalMessageIsInTheCatalogue() {
        Set<String> catalogued = Arrays.stream(EventCatalog.values()).map(e -> e.payload().getSimpleName())
                .collect(Collectors.toSet());
        Set<String> internal = new HashSet<>();
        doc.path("components").path("messages").fields().forEachRemaining(m -> {
            if (m.getValue().path("payload").path("allOf").size() > 0) {
                internal.add(m.getValue().path("name").asText());
            }
        });
        assertThat(internal).containsExactlyInAnyOrderElementsOf(catalogued);
    }

    @Test
    void everyMessageNameIsItsComponentKey() {
        doc.path("components").path("messages").fields().forEachRemaining(m ->
                assertThat(m.getValue().path("name").asText()).isEqualTo(m.getKey()));
    }

    // ---- operations ---------------------------------------------------------------------------

    @Test
    void eachServiceSendsAndReceivesWhatTheArchitectureSays() {
        Set<String> expected = Set.of(
                "notification-service receive " + Topics.INSPECTION_NOTIFICATIONS,
                "notification-service send " + Topics.INSPECTION_NOTIFICATIONS_DLQ,
                "notification-service send " + Topics.INSPECTIONS,
                "support-tracking-service receive " + Topics.INSPECTIONS,
                "support-tracking-service receive " + Topics.FEEDBACK,
                "support-tracking-service receive " + Topics.WELLBEING,
                "support-tracking-service send " + Topics.SUPPORT_CASES,
                "support-tracking-service send " + Topics.INSPECTIONS_DLQ,
                "support-tracking-service send " + Topics.FEEDBACK_DLQ,
                "support-tracking-service send " + Topics.WELLBEING_DLQ,
                "feedback-service receive " + Topics.INSPECTIONS,
                "feedback-service receive " + Topics.SUPPORT_CASES,
                "feedback-service receive " + Topics.WELLBEING,
                "feedback-service send " + Topics.FEEDBACK,
                "feedback-service send " + Topics.INSPECTIONS_DLQ,
                "feedback-service send " + Topics.SUPPORT_CASES_DLQ,
                "feedback-service send " + Topics.WELLBEING_DLQ,
                "wellbeing-service receive " + Topics.INSPECTIONS,
                "wellbeing-service receive " + Topics.SUPPORT_CASES,
                "wellbeing-service receive " + Topics.FEEDBACK,
                "wellbeing-service send " + Topics.WELLBEING,
                "wellbeing-service send " + Topics.INSPECTIONS_DLQ,
                "wellbeing-service send " + Topics.SUPPORT_CASES_DLQ,
                "wellbeing-service send " + Topics.FEEDBACK_DLQ);
        Set<String> documented = new HashSet<>();
        doc.path("operations").forEach(op -> documented.add(
                serviceOf(op) + " " + op.path("action").asText() + " " + resolve(op.path("channel")).path("address").asText()));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void operationMessagesBelongToTheirChannel() {
        doc.path("operations").fields().forEachRemaining(op -> {
            JsonNode channel = resolve(op.getValue().path("channel"));
            String channelRef = op.getValue().path("channel").path("$ref").asText();
            assertThat(op.getValue().path("messages").size()).as(op.getKey()).isPositive();
            for (JsonNode ref : op.getValue().path("messages")) {
                assertThat(ref.path("$ref").asText()).as(op.getKey()).startsWith(channelRef + "/messages/");
                assertThat(messagesOf(channel)).as(op.getKey()).contains(resolve(ref));
            }
        });
    }

    @Test
    void everyCatalogueEventIsSentOnlyByTheServiceOwningItsTopic() {
        for (EventCatalog entry : EventCatalog.values()) {
            JsonNode message = messageNamed(entry.payload().getSimpleName());
            List<JsonNode> senders = operationsCarrying(message, "send");
            assertThat(senders).as(entry + " senders").hasSize(1);
            assertThat(resolve(senders.get(0).path("channel")).path("address").asText()).isEqualTo(entry.topic());
        }
    }

    // ---- the inbound notice ---------------------------------------------------------------------

    @Test
    void inboundNoticeSchemaRepeatsTheJsonSchemaFaithfully() throws IOException {
        ObjectNode jsonSchema;
        try (InputStream in = NoticeValidator.class.getResourceAsStream(NoticeValidator.SCHEMA_RESOURCE)) {
            jsonSchema = (ObjectNode) new ObjectMapper().readTree(in);
        }
        ObjectNode envelope = ((ObjectNode) schema("InspectionNotice")).deepCopy();
        ObjectNode expectedEnvelope = jsonSchema.deepCopy();
        for (String annotation : List.of("$schema", "$id", "$defs", "title", "description")) {
            envelope.remove(annotation);
            expectedEnvelope.remove(annotation);
        }
        ((ObjectNode) expectedEnvelope.path("properties")).putObject("data")
                .put("$ref", "#/components/schemas/InspectionNoticeData");

        assertThat(envelope).isEqualTo(expectedEnvelope);
        assertThat(schema("InspectionNoticeData")).isEqualTo(jsonSchema.path("$defs").path("data"));
        assertThat(resolve(messageNamed("InspectionNotice").path("payload"))).isEqualTo(schema("InspectionNotice"));
    }

    @Test
    void examplesAreValidAgainstTheirMessages() {
        doc.path("components").path("messages").fields().forEachRemaining(m -> {
            JsonNode examples = m.getValue().path("examples");
            for (JsonNode example : examples) {
                String where = m.getKey() + " example " + example.path("name").asText();
                if (example.has("payload")) {
                    assertThat(schemaAt("#/components/messages/" + m.getKey() + "/payload").validate(example.path("payload")))
                            .as(where).isEmpty();
                }
                if (example.has("headers") && m.getValue().has("headers")) {
                    assertThat(schemaAt("#/components/messages/" + m.getKey() + "/headers").validate(example.path("headers")))
                            .as(where + " headers").isEmpty();
                }
            }
        });
    }

    @Test
    void inboundExamplesAreAcceptedByTheNoticeValidator() {
        NoticeValidator validator = new NoticeValidator(new ObjectMapper());
        JsonNode examples = messageNamed("InspectionNotice").path("examples");
        assertThat(examples.size()).isGreaterThanOrEqualTo(3);
        for (JsonNode example : examples) {
            assertThat(validator.validate(example.path("payload"))).as(example.path("name").asText())
                    .isInstanceOf(NoticeValidator.Accepted.class);
        }
    }

    @Test
    void domainExampleIsTheFirstInboundExample() throws IOException {
        JsonNode domainExample = new ObjectMapper().readTree(NoticeValidatorTest.DOMAIN_EXAMPLE);
        assertThat(messageNamed("InspectionNotice").path("examples").get(0).path("payload")).isEqualTo(domainExample);
    }

    @Test
    void everyLocalReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Each component of the record is a property of the schema, and nothing else is; nested records too. */
    private static void assertSchemaMatchesRecord(Class<?> record, JsonNode schemaNode) {
        JsonNode schema = objectSchema(schemaNode);
        Map<String, JsonNode> properties = fieldMap(schema.path("properties"));
        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();

        assertThat(properties.keySet()).as("properties of %s", record.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(components);
        assertThat(components).as("required of %s", record.getSimpleName())
                .containsAll(textValues(schema.path("required")));
        for (RecordComponent component : record.getRecordComponents()) {
            String where = record.getSimpleName() + "." + component.getName();
            JsonNode property = properties.get(component.getName());
            assertTypeMatches(where, component.getType(), component.getGenericType(), property);
        }
    }

    private static void assertTypeMatches(String where, Class<?> type, Type generic, JsonNode property) {
        JsonNode schema = resolve(property);
        Set<String> types = typesOf(schema);
        if (type.isRecord()) {
            assertSchemaMatchesRecord(type, schema);
        } else if (List.class.isAssignableFrom(type)) {
            assertThat(types).as(where).contains("array");
            Type item = ((ParameterizedType) generic).getActualTypeArguments()[0];
            if (item instanceof Class<?> itemClass && itemClass.isRecord()) {
                assertSchemaMatchesRecord(itemClass, resolve(schema.path("items")));
            }
        } else if (Map.class.isAssignableFrom(type)) {
            assertThat(types).as(where).contains("object");
            assertThat(schema.has("additionalProperties")).as(where).isTrue();
        } else if (type.isEnum()) {
            List<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            assertThat(textValues(objectOrScalar(schema).path("enum"))).as(where).containsExactlyInAnyOrderElementsOf(constants);
        } else if (type == boolean.class) {
            assertThat(types).as(where).containsExactly("boolean");
        } else if (type == int.class) {
            assertThat(types).as(where).containsExactly("integer");
        } else if (type == Instant.class) {
            assertThat(formatOf(schema)).as(where).isEqualTo("date-time");
        } else if (type == LocalDate.class) {
            assertThat(formatOf(schema)).as(where).isEqualTo("date");
        } else if (type == UUID.class) {
            assertThat(formatOf(schema)).as(where).isEqualTo("uuid");
        } else if (type == String.class) {
            assertThat(types).as(where).contains("string");
        }
    }

    private static JsonNode cloudEvent(EventCatalog entry, Record event) {
        ObjectNode envelope = Samples.WIRE.createObjectNode()
                .put("specversion", "1.0")
                .put("id", "3f2504e0-4f89-41d3-9a0c-0305e82c3301")
                .put("source", "/ei/test")
                .put("type", entry.type())
                .put("time", "2026-11-23T12:04:00Z")
                .put("subject", "116123")
                .put("datacontenttype", "application/json");
        envelope.set("data", Samples.WIRE.valueToTree(event));
        return envelope;
    }

    /** A draft-07 (AsyncAPI Schema) validator for a schema inside the document, with its references. */
    private static JsonSchema schemaAt(String pointer) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("$ref", pointer);
        root.set("components", doc.path("components"));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(root, config);
    }

    private static Set<String> topicConstants() throws IllegalAccessException {
        Set<String> topics = new LinkedHashSet<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class
                    && !field.getName().endsWith("_HEADER")) {
                topics.add((String) field.get(null));
            }
        }
        assertThat(topics).as("topic constants").hasSizeGreaterThanOrEqualTo(6);
        return topics;
    }

    /** The topics that are another topic's dead-letter topic. */
    private static Set<String> deadLetterTopics() throws IllegalAccessException {
        Set<String> topics = topicConstants();
        return topics.stream().filter(t -> topics.stream().anyMatch(other -> Topics.deadLetterTopicOf(other).equals(t)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Every header name in {@link Topics}: the dead-letter headers. */
    private static Set<String> deadLetterHeaderConstants() throws IllegalAccessException {
        Set<String> headers = new LinkedHashSet<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class
                    && field.getName().endsWith("_HEADER")) {
                headers.add((String) field.get(null));
            }
        }
        return headers;
    }

    private static JsonNode channelAt(String address) {
        List<JsonNode> found = new ArrayList<>();
        doc.path("channels").forEach(c -> {
            if (c.path("address").asText().equals(address)) {
                found.add(c);
            }
        });
        assertThat(found).as("channel with address " + address).hasSize(1);
        return found.get(0);
    }

    private static List<JsonNode> messagesOf(JsonNode channel) {
        List<JsonNode> messages = new ArrayList<>();
        channel.path("messages").forEach(m -> messages.add(resolve(m)));
        return messages;
    }

    private static JsonNode messageNamed(String name) {
        JsonNode message = doc.path("components").path("messages").path(name);
        assertThat(message.isObject()).as("message " + name).isTrue();
        assertThat(message.path("name").asText()).isEqualTo(name);
        return message;
    }

    private static List<JsonNode> operationsCarrying(JsonNode message, String action) {
        List<JsonNode> found = new ArrayList<>();
        doc.path("operations").forEach(op -> {
            if (op.path("action").asText().equals(action)) {
                for (JsonNode ref : op.path("messages")) {
                    if (resolve(ref).equals(message)) {
                        found.add(op);
                    }
                }
            }
        });
        return found;
    }

    private static String serviceOf(JsonNode operation) {
        List<String> services = new ArrayList<>();
        operation.path("tags").forEach(tag -> {
            if (SERVICES.contains(tag.path("name").asText())) {
                services.add(tag.path("name").asText());
            }
        });
        assertThat(services).as("the service tag of " + operation.path("title").asText()).hasSize(1);
        return services.get(0);
    }

    /** The message's content type, its own or from its traits. */
    private static String contentTypeOf(JsonNode message) {
        if (message.has("contentType")) {
            return message.path("contentType").asText();
        }
        for (JsonNode trait : message.path("traits")) {
            if (resolve(trait).has("contentType")) {
                return resolve(trait).path("contentType").asText();
            }
        }
        return doc.path("defaultContentType").asText();
    }

    /** The Kafka binding of a message, its own or from its traits. */
    private static JsonNode kafkaBinding(JsonNode message) {
        if (message.path("bindings").has("kafka")) {
            return message.path("bindings").path("kafka");
        }
        for (JsonNode trait : message.path("traits")) {
            JsonNode kafka = resolve(trait).path("bindings").path("kafka");
            if (!kafka.isMissingNode()) {
                return kafka;
            }
        }
        throw new AssertionError("no Kafka binding on " + message.path("name").asText());
    }

    /** The CloudEvents envelope's properties, merged over the payload's allOf parts. */
    private static Map<String, JsonNode> envelopeProperties(JsonNode message) {
        JsonNode payload = resolve(message.path("payload"));
        Map<String, JsonNode> properties = new HashMap<>();
        List<JsonNode> parts = new ArrayList<>();
        payload.path("allOf").forEach(parts::add);
        if (parts.isEmpty()) {
            parts.add(payload);
        }
        for (JsonNode part : parts) {
            properties.putAll(fieldMap(resolve(part).path("properties")));
        }
        return properties;
    }

    private static JsonNode schema(String name) {
        JsonNode schema = doc.path("components").path("schemas").path(name);
        assertThat(schema.isObject()).as("schema " + name).isTrue();
        return schema;
    }

    /** Follows a local $ref ("#/components/..."), as often as needed. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current != null && current.has("$ref")) {
            String ref = current.path("$ref").asText();
            assertThat(ref).startsWith("#/");
            current = doc.at(ref.substring(1));
            assertThat(current.isMissingNode()).as(ref).isFalse();
        }
        return current;
    }

    /** The object branch of a schema that may also allow null (anyOf / oneOf). */
    private static JsonNode objectSchema(JsonNode node) {
        JsonNode schema = resolve(node);
        if (schema.has("properties")) {
            return schema;
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            for (JsonNode branch : schema.path(combinator)) {
                if (resolve(branch).has("properties")) {
                    return resolve(branch);
                }
            }
        }
        throw new AssertionError("not an object schema: " + node);
    }

    /** The non-null branch of a schema that may also allow null. */
    private static JsonNode objectOrScalar(JsonNode node) {
        JsonNode schema = resolve(node);
        for (String combinator : List.of("anyOf", "oneOf")) {
            for (JsonNode branch : schema.path(combinator)) {
                if (!"null".equals(resolve(branch).path("type").asText())) {
                    return resolve(branch);
                }
            }
        }
        return schema;
    }

    private static String formatOf(JsonNode schema) {
        return objectOrScalar(schema).path("format").asText();
    }

    private static Set<String> typesOf(JsonNode node) {
        JsonNode schema = objectOrScalar(node);
        JsonNode type = schema.path("type");
        Set<String> types = new HashSet<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        types.remove("null");
        return types;
    }

    private static Map<String, JsonNode> fieldMap(JsonNode object) {
        Map<String, JsonNode> map = new HashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> textValues(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            if (node.has("$ref") && node.get("$ref").isTextual()) {
                refs.add(node.get("$ref").asText());
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collectRefs(it.next(), refs);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
