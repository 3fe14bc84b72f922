package uk.gov.la.ei.contracts.events;

import java.util.List;

/** The federation a notified school belongs to (federation briefing, Annex 1). */
public record FederationSnapshot(
        String code,
        String name,
        String kind,
        Person executiveHeadteacher,
        List<FederationPartner> partners,
        boolean coordinatedInspection) {
}
