package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The LA representative submitted the final-feedback template (H§4). A correction is a new
 * {@code recordVersion} of the same {@code feedbackId}; the latest version is the truth.
 */
public record FeedbackRecorded(
        UUID feedbackId,
        UUID inspectionId,
        String urn,
        String templateId,
        int templateVersion,
        int recordVersion,
        String framework,
        String inspectionType,
        Map<String, String> judgements,
        OutcomeBand outcomeBand,
        String safeguarding,
        boolean safeguardingEffective,
        CategoryOfConcern categoryOfConcern,
        boolean adverse,
        boolean signpostingNeeded,
        boolean conductConcerns,
        boolean unexpectedOutcome,
        Person recordedBy,
        Instant recordedAt) implements IntegrationEvent {
}
