package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A concern ended: resolved, escalated and answered, or carried into a complaint. Never just open. */
public record ConcernClosed(
        UUID concernId,
        UUID inspectionId,
        String urn,
        ConcernOutcome outcome,
        String summary,
        Instant closedAt) implements IntegrationEvent {
}
