package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Concerns or an adverse outcome: an internal review task for a senior officer (the coroner's second point). */
public record InternalReviewOpened(
        UUID reviewId,
        UUID inspectionId,
        String urn,
        List<String> reasons,
        Instant openedAt) implements IntegrationEvent {
}
