package uk.gov.la.ei.contracts.events;

import java.util.List;
import java.util.UUID;

/** The SIM's follow-up after the inspection, by rule or overridden with a reason (H§4, T§4–5). */
public record FollowUpDecided(
        UUID inspectionId,
        String urn,
        String followUp,
        List<String> rulesApplied,
        boolean overridden,
        String overrideReason) implements IntegrationEvent {
}
