package uk.gov.la.ei.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/** Ofsted moved the inspection (for example after a deferral). */
public record InspectionRescheduled(
        UUID inspectionId,
        String noticeId,
        String urn,
        String ofstedReference,
        LocalDate previousStartDate,
        LocalDate startDate,
        int expectedDays) implements IntegrationEvent {
}
