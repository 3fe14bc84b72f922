package uk.gov.la.ei.supporttracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.ContactsAssigned;
import uk.gov.la.ei.contracts.events.FederationPartner;
import uk.gov.la.ei.contracts.events.FederationSnapshot;
import uk.gov.la.ei.platform.inspections.KnownInspection;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.supporttracking.domain.CoordinatedPartner;
import uk.gov.la.ei.supporttracking.domain.SchoolOutcome;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The context for the inspector call: built from the latest ContactsAssigned, outcomes seen, and the SIM's notes. */
@ApplicationScoped
public class CaseContext {

    @Inject
    KnownInspections known;
    @Inject
    Timeline timeline;
    @Inject
    Clock clock;

    /** The SIM's own notes and the dates no event carries (null fields are cleared). */
    public record Notes(String categorisationYear, String leadershipTurbulence, String communityEvent,
                        String partnershipName, List<String> partnerUrns, String notes) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public InspectorCallContext of(SupportCase c, KnownInspection ki) {
        ContactsAssigned ca = known.contactsAssigned(ki);
        InspectorCallContext.Federation federation = null;
        FederationSnapshot f = ca.federation();
        if (f != null) {
            List<InspectorCallContext.Partner> partners = f.partners() == null ? List.of()
                    : f.partners().stream().map(this::partner).toList();
            federation = new InspectorCallContext.Federation(f.code(), f.name(), f.kind(), f.executiveHeadteacher(), partners);
        }
        InspectorCallContext.Partnership partnership = null;
        if (c.partnershipName != null || !c.partnerUrnList().isEmpty()) {
            partnership = new InspectorCallContext.Partnership(c.partnershipName, c.partnerUrnList().stream()
                    .map(urn -> new InspectorCallContext.Partner(urn, null, null, null, null, false, outcomeOf(urn)))
                    .toList());
        }
        List<InspectorCallContext.CoordinatedPartner> coordinated = CoordinatedPartner.of(c.inspectionId).stream()
                .map(p -> new InspectorCallContext.CoordinatedPartner(p.key.partnerInspectionId, p.partnerUrn, p.partnerSchoolName))
                .toList();
        return new InspectorCallContext(c.inspectionId, c.urn, c.schoolName, ca.laCategorisation(), c.categorisationYear,
                ca.headteacher(), ca.leadInspector(), federation, coordinated, partnership, c.leadershipTurbulence,
                c.communityEvent, c.contextNotes, c.contextUpdatedAt, c.contextUpdatedBy);
    }

    private InspectorCallContext.Partner partner(FederationPartner p) {
        return new InspectorCallContext.Partner(p.urn(), p.name(), p.latestOfstedReference(), p.latestStartDate(),
                p.latestState(), p.notifiedInSameWindow(), outcomeOf(p.urn()));
    }

    private InspectorCallContext.LatestOutcome outcomeOf(String urn) {
        SchoolOutcome o = urn == null ? null : SchoolOutcome.findById(urn);
        return o == null ? null : new InspectorCallContext.LatestOutcome(o.outcomeBand, o.categoryOfConcern, o.recordedAt);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void update(SupportCase c, Notes notes, String actor) {
        Instant now = clock.instant();
        c.categorisationYear = blankToNull(notes.categorisationYear());
        c.leadershipTurbulence = blankToNull(notes.leadershipTurbulence());
        c.communityEvent = blankToNull(notes.communityEvent());
        c.partnershipName = blankToNull(notes.partnershipName());
        c.partnerUrns = notes.partnerUrns() == null || notes.partnerUrns().isEmpty() ? null
                : String.join(",", notes.partnerUrns().stream().distinct().toList());
        c.contextNotes = blankToNull(notes.notes());
        c.contextUpdatedAt = now;
        c.contextUpdatedBy = actor;
        c.touched(now, actor);
        timeline.own(c, now, "ContextUpdated", actor, "context for the inspector call updated"
                + (c.leadershipTurbulence != null ? "; leadership turbulence noted" : "")
                + (c.communityEvent != null ? "; community event noted" : "")
                + (c.partnerUrns != null ? "; partnership " + c.partnerUrns : ""), null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
