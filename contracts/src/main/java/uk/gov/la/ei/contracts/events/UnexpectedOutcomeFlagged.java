package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome is worse than the LA's own categorisation of the school: a concern of category
 * UNEXPECTED_OUTCOME (DOMAIN.md flow step 7), which support-tracking-service opens and follows.
 */
public record UnexpectedOutcomeFlagged(
        UUID feedbackId,
        UUID inspectionId,
        String urn,
        String laCategorisation,
        OutcomeBand outcomeBand,
        Instant flaggedAt) implements IntegrationEvent {
}
