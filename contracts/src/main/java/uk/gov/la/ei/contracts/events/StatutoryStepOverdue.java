package uk.gov.la.ei.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/** A step of a programme of support passed its statutory date without being done (T§4–5). */
public record StatutoryStepOverdue(
        UUID inspectionId,
        String urn,
        String step,
        LocalDate dueOn,
        String alertedRole) implements IntegrationEvent {
}
