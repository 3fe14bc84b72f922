package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The SIM or AI contacted the school, acknowledged the notice and agreed involvement (H§4). */
public record AcknowledgementRecorded(
        UUID inspectionId,
        String urn,
        Person acknowledgedBy,
        String schoolContact,
        Instant contactedAt,
        String agreedInvolvement,
        List<KeepInTouchTime> keepInTouchTimes,
        boolean late) implements IntegrationEvent {
}
