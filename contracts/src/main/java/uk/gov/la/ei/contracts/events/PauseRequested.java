package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** The head or responsible body asked Ofsted to pause an inspection that had started. */
public record PauseRequested(
        UUID inspectionId,
        String urn,
        String requestedBy,
        String reason,
        Instant requestedAt) implements IntegrationEvent {
}
