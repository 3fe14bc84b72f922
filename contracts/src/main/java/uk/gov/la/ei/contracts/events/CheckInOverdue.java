package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A wellbeing check-in passed its due time without being done. Identifiers only. */
public record CheckInOverdue(
        UUID referralId,
        String urn,
        Instant dueAt) implements IntegrationEvent {
}
