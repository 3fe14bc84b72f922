package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A keep-in-touch point passed its due time without being done (H§4). */
public record KeepInTouchPointMissed(
        UUID caseId,
        UUID inspectionId,
        String urn,
        String point,
        Person owner,
        Instant dueAt,
        String alertedRole) implements IntegrationEvent {
}
