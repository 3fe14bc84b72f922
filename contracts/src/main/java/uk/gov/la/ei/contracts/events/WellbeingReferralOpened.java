package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A wellbeing referral was opened for the school's leader (H§6). Identifiers only. */
public record WellbeingReferralOpened(
        UUID referralId,
        UUID inspectionId,
        String urn,
        WellbeingTrigger trigger,
        Instant openedAt) implements IntegrationEvent {
}
