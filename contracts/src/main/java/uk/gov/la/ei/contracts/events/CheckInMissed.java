package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A wellbeing check-in passed its due time without being done; escalated to the CEM. Identifiers only. */
public record CheckInMissed(
        UUID referralId,
        UUID checkInId,
        UUID inspectionId,
        String urn,
        Instant dueAt) implements IntegrationEvent {
}
