package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A referral was not signposted within one working day; the SIM and CEM are alerted. Identifiers only. */
public record SignpostingOverdue(
        UUID referralId,
        UUID inspectionId,
        String urn,
        Instant dueAt) implements IntegrationEvent {
}
