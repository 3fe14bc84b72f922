package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Ofsted moved the inspection (for example after a deferral): a fresh acknowledgement deadline runs and
 * the SIM/AI are told again.
 */
public record InspectionRescheduled(
        UUID inspectionId,
        String noticeId,
        String urn,
        String ofstedReference,
        LocalDate previousStartDate,
        LocalDate startDate,
        int expectedDays,
        Instant acknowledgementDue) implements IntegrationEvent {
}
