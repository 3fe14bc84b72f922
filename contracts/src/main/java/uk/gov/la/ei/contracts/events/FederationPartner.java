package uk.gov.la.ei.contracts.events;

import java.time.LocalDate;

/** A partner school in the same federation and what is known of its latest inspection. */
public record FederationPartner(
        String urn,
        String name,
        String latestOfstedReference,
        LocalDate latestStartDate,
        String latestState,
        boolean notifiedInSameWindow) {
}
