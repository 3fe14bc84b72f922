package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A deferral request the SIM/AI supported (H§4): the Ofsted criteria considered and the outcome
 * (REQUESTED, GRANTED or REFUSED). A granted deferral waits for Ofsted's rescheduled notice.
 */
public record DeferralRecorded(
        UUID deferralId,
        UUID inspectionId,
        String urn,
        String outcome,
        List<String> criteriaConsidered,
        Instant recordedAt) implements IntegrationEvent {
}
