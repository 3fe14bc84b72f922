package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A leader was signposted to wellbeing support (H§6). Identifiers only: the detail stays in wellbeing-service. */
public record WellbeingSignposted(
        UUID referralId,
        UUID inspectionId,
        String urn,
        List<String> offerCodes,
        String channel,
        Instant signpostedAt) implements IntegrationEvent {
}
