package uk.gov.la.ei.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.la.ei.contracts.events.EventCatalog;
import uk.gov.la.ei.contracts.events.IntegrationEvent;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * CloudEvents 1.0 on Kafka. Outgoing events are written in structured mode by the CloudEvents SDK;
 * incoming records are read in either mode: structured (the value is the whole event) or binary
 * ({@code ce_} headers carry the attributes and the value is the data). Both are turned into the
 * same structured JSON envelope, so one validation speaks for both.
 */
@ApplicationScoped
public class CloudEventCodec {

    private static final String BINARY_PREFIX = "ce_";

    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "quarkus.application.name", defaultValue = "inspection-support")
    String applicationName;

    private final EventFormat format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    /** The structured-mode JSON of an internal event. */
    public String encode(EventCatalog entry, IntegrationEvent event, UUID id, Instant time) {
        try {
            CloudEvent cloudEvent = CloudEventBuilder.v1()
                    .withId(id.toString())
                    .withSource(URI.create("/inspection-support/" + applicationName))
                    .withType(entry.type())
                    .withTime(time.atOffset(ZoneOffset.UTC))
                    .withSubject(event.urn())
                    .withDataContentType("application/json")
                    .withData(mapper.writeValueAsBytes(event))
                    .build();
            return new String(format.serialize(cloudEvent), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + entry.type(), e);
        }
    }

    /** True when the record carries its attributes as {@code ce_} headers (binary mode). */
    public static boolean isBinaryMode(Headers headers) {
        return headers != null && headers.lastHeader(BINARY_PREFIX + "specversion") != null;
    }

    /**
     * The structured envelope of a record, whichever mode it came in.
     *
     * @throws MalformedEventException if the value (or, in binary mode, the data) is not JSON
     */
    public JsonNode envelope(Headers headers, String value) {
        if (!isBinaryMode(headers)) {
            if (value == null || value.isBlank()) {
                throw new MalformedEventException("body", "the record has no value");
            }
            try {
                return mapper.readTree(value);
            } catch (JsonProcessingException e) {
                throw new MalformedEventException("body", "not valid JSON: " + e.getOriginalMessage());
            }
        }
        ObjectNode envelope = mapper.createObjectNode();
        for (Header header : headers) {
            String key = header.key();
            String text = header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
            if (key.startsWith(BINARY_PREFIX)) {
                // the Kafka protocol binding carries attribute values as plain UTF-8 (no percent-encoding,
                // so a "+01:00" in ce_time stays as it is)
                envelope.put(key.substring(BINARY_PREFIX.length()), text);
            } else if (key.equalsIgnoreCase("content-type")) {
                envelope.put("datacontenttype", text);
            }
        }
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("data", "the record has no data");
        }
        try {
            envelope.set("data", mapper.readTree(value));
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("data", "not valid JSON: " + e.getOriginalMessage());
        }
        return envelope;
    }

    /** Reads an internal event (structured mode, as {@link #encode} wrote it). */
    public ReceivedEvent decode(Headers headers, String value) {
        JsonNode envelope = envelope(headers, value);
        String type = text(envelope, "type");
        String id = text(envelope, "id");
        if (id == null || type == null) {
            throw new MalformedEventException(id == null ? "id" : "type", "is required");
        }
        return new ReceivedEvent(id, type, text(envelope, "subject"), text(envelope, "time"), envelope.get("data"), mapper);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** An event that arrived, before its data is bound to a record. */
    public record ReceivedEvent(String id, String type, String subject, String time, JsonNode data, ObjectMapper mapper) {
        public <T> T data(Class<T> type) {
            try {
                return mapper.treeToValue(data, type);
            } catch (JsonProcessingException e) {
                throw new MalformedEventException("data", "does not fit " + type.getSimpleName() + ": " + e.getOriginalMessage());
            }
        }
    }
}
