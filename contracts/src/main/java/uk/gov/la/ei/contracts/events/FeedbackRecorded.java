package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The LA representative completed the final-feedback template (H§4). */
public record FeedbackRecorded(
        UUID feedbackId,
        UUID inspectionId,
        String urn,
        String templateId,
        Map<String, String> judgements,
        String safeguarding,
        boolean signpostingNeeded,
        boolean conductConcerns,
        boolean unexpectedOutcome,
        Person recordedBy,
        Instant recordedAt) implements IntegrationEvent {
}
