package uk.gov.la.ei.testinfra;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import uk.gov.la.ei.contracts.events.EventCatalog;
import uk.gov.la.ei.contracts.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * Publishes contract events on the real test broker as the owning service would (a structured
 * CloudEvent on the catalogue's topic, keyed by the URN), so a service's consumers can be tested
 * without running the service that owns the topic.
 */
public final class TestEvents {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private TestEvents() {
    }

    /** Publishes {@code event} with a new event id; returns the id. */
    public static String publish(IntegrationEvent event) {
        String id = UUID.randomUUID().toString();
        publish(event, id);
        return id;
    }

    /** Publishes {@code event} with the given event id (the same id twice is one event). */
    public static void publish(IntegrationEvent event, String eventId) {
        EventCatalog entry = EventCatalog.of(event);
        KafkaTestClient.publish(entry.topic(), event.urn(), cloudEvent(event, eventId));
    }

    /** The structured-mode CloudEvent JSON of an event. */
    public static String cloudEvent(IntegrationEvent event, String eventId) {
        EventCatalog entry = EventCatalog.of(event);
        ObjectNode envelope = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", eventId)
                .put("source", "/inspection-support/test")
                .put("type", entry.type())
                .put("time", Instant.now().toString())
                .put("subject", event.urn())
                .put("datacontenttype", "application/json");
        envelope.set("data", JSON.valueToTree(event));
        return envelope.toString();
    }
}
