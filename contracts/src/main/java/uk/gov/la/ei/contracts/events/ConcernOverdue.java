package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A concern is at risk of ending "just open": its escalation to the SHMI is unanswered, or it is
 * unresolved, past its deadline. Raised once per deadline; the alert goes to {@code alertedRole}.
 */
public record ConcernOverdue(
        UUID concernId,
        UUID inspectionId,
        String urn,
        String reason,
        Instant dueAt,
        String alertedRole) implements IntegrationEvent {
}
