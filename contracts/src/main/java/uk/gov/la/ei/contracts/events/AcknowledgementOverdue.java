package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** Nobody acknowledged the notice by its deadline: escalated to the CEM. */
public record AcknowledgementOverdue(
        UUID inspectionId,
        String urn,
        Instant dueAt,
        Person escalatedTo) implements IntegrationEvent {
}
