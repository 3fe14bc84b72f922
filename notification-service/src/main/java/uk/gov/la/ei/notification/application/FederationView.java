package uk.gov.la.ei.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.la.ei.contracts.events.FederationPartner;
import uk.gov.la.ei.contracts.events.FederationSnapshot;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.notification.domain.CoordinatedInspectionPolicy;
import uk.gov.la.ei.notification.domain.Federation;
import uk.gov.la.ei.notification.domain.Inspection;
import uk.gov.la.ei.notification.domain.InspectionState;
import uk.gov.la.ei.notification.domain.School;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A school's federation as the SIMs need it when one member is notified (federation briefing): the
 * partner schools, each one's latest inspection, whether a partner is notified in the same window
 * (a coordinated inspection), and the executive headteacher.
 */
@ApplicationScoped
public class FederationView {

    @ConfigProperty(name = "notification.federation.coordination-window", defaultValue = "P7D")
    Duration window;

    public Optional<FederationSnapshot> of(String urn, Instant notifiedAt) {
        School school = School.findById(urn);
        if (school == null || school.federationCode == null) {
            return Optional.empty();
        }
        Federation federation = Federation.findById(school.federationCode);
        List<FederationPartner> partners = School.inFederation(school.federationCode).stream()
                .filter(partner -> !partner.urn.equals(urn))
                .map(partner -> partner(partner, notifiedAt))
                .toList();
        Person executiveHead = federation == null || federation.executiveHeadName == null ? null
                : new Person(federation.executiveHeadName, federation.executiveHeadEmail);
        return Optional.of(new FederationSnapshot(
                school.federationCode,
                federation == null ? school.federationCode : federation.name,
                federation == null ? "HARD" : federation.kind,
                executiveHead,
                partners,
                partners.stream().anyMatch(FederationPartner::notifiedInSameWindow)));
    }

    private FederationPartner partner(School partner, Instant notifiedAt) {
        Optional<Inspection> latest = Inspection.latestFor(partner.urn);
        return new FederationPartner(
                partner.urn,
                partner.name,
                latest.map(i -> i.ofstedReference).orElse(null),
                latest.map(i -> i.startDate).orElse(null),
                latest.map(i -> i.state.name()).orElse(null),
                latest.filter(i -> i.state != InspectionState.WITHDRAWN)
                        .map(i -> CoordinatedInspectionPolicy.notifiedInSameWindow(i.notifiedAt, notifiedAt, window))
                        .orElse(false));
    }
}
