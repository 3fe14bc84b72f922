package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** An unresolved concern went up: to the CEM, then to the region's linked SHMI (H§4). */
public record ConcernEscalated(
        UUID concernId,
        UUID inspectionId,
        String urn,
        EscalationLevel level,
        Person escalatedTo,
        Instant escalatedAt) implements IntegrationEvent {
}
