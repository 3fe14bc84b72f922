package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The LA's support case around an inspection was opened with its keep-in-touch plan (H§4). */
public record SupportCaseOpened(
        UUID caseId,
        UUID inspectionId,
        String urn,
        Involvement involvement,
        LocalDate startDate,
        int keepInTouchPoints,
        Instant openedAt) implements IntegrationEvent {
}
