package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Ofsted's answer to a pause request: usually paused to the next day, up to five working days, or refused. */
public record PauseDecided(
        UUID pauseRequestId,
        UUID inspectionId,
        String urn,
        String outcome,
        LocalDate resumesOn,
        Instant decidedAt) implements IntegrationEvent {
}
