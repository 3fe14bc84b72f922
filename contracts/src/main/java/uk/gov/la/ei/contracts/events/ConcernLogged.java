package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A concern about the inspection was logged; the SIM and CEM are told at once (H§4, H§5). */
public record ConcernLogged(
        UUID concernId,
        UUID inspectionId,
        String urn,
        ConcernCategory category,
        String summary,
        boolean raisedWithInspector,
        Person loggedBy,
        Instant loggedAt) implements IntegrationEvent {
}
