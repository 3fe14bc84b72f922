package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** Ofsted withdrew the notice. */
public record InspectionWithdrawn(
        UUID inspectionId,
        String noticeId,
        String urn,
        String ofstedReference,
        Instant withdrawnAt) implements IntegrationEvent {
}
