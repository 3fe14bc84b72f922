package uk.gov.la.ei.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A notice was acted on: the inspection exists and its LA contacts were assigned and told.
 * Carries everything the downstream services need, so none of them reads notification-service's tables.
 * Published again whenever the inspection's contacts change (a SIM or AI assigned later) or it is
 * notified again after a withdrawal: downstream, the latest ContactsAssigned of an inspection is the truth.
 */
public record ContactsAssigned(
        UUID inspectionId,
        String noticeId,
        String urn,
        String schoolName,
        String category,
        String phase,
        String district,
        String laCategorisation,
        Involvement involvement,
        boolean knownSchool,
        Person sim,
        Person attachedInspector,
        Person cem,
        List<Person> shmi,
        Person headteacher,
        String ofstedReference,
        String inspectionType,
        String framework,
        Instant notifiedAt,
        LocalDate startDate,
        int expectedDays,
        LeadInspectorContact leadInspector,
        Instant acknowledgementDue,
        FederationSnapshot federation,
        AssignmentReason reason) implements IntegrationEvent {
}
