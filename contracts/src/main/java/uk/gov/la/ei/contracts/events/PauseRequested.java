package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** The head or responsible body asked Ofsted to pause an inspection that had started (Ofsted's pausing guidance). */
public record PauseRequested(
        UUID pauseRequestId,
        UUID inspectionId,
        String urn,
        String requestedBy,
        String reason,
        Instant requestedAt) implements IntegrationEvent {
}
