package uk.gov.la.ei.contracts.events;

import java.util.UUID;

/**
 * A partner school of the same federation was notified in the same window: a coordinated inspection
 * (federation briefing). Published for each of the two inspections, so the earlier one learns it too.
 */
public record CoordinatedInspectionIdentified(
        UUID inspectionId,
        String urn,
        String federationCode,
        String federationName,
        UUID partnerInspectionId,
        String partnerUrn,
        String partnerSchoolName) implements IntegrationEvent {
}
