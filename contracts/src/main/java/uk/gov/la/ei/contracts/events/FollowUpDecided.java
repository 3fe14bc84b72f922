package uk.gov.la.ei.contracts.events;

import java.util.List;
import java.util.UUID;

/**
 * The SIM's follow-up after the inspection, by rule or overridden with a reason (H§4, T§4–5), with the
 * statutory clocks of a programme of support.
 */
public record FollowUpDecided(
        UUID inspectionId,
        String urn,
        String followUp,
        List<String> rulesApplied,
        boolean overridden,
        String overrideReason,
        List<StatutoryDeadline> deadlines) implements IntegrationEvent {
}
