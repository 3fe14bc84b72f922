package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A wellbeing referral was closed (with a reason, kept in wellbeing-service). Identifiers only. */
public record WellbeingReferralClosed(
        UUID referralId,
        UUID inspectionId,
        String urn,
        Instant closedAt) implements IntegrationEvent {
}
