package uk.gov.la.ei.supporttracking.application;

import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.LeadInspectorContact;
import uk.gov.la.ei.contracts.events.OutcomeBand;
import uk.gov.la.ei.contracts.events.Person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the SIM needs for the call with the lead inspector (DOMAIN.md step 4; H§4 "contextual information that
 * may impact upon the inspection"; Ofsted's partnership and federation briefings).
 */
public record InspectorCallContext(
        UUID inspectionId,
        String urn,
        String schoolName,
        String laCategorisation,
        String categorisationYear,
        Person headteacher,
        LeadInspectorContact leadInspector,
        Federation federation,
        List<CoordinatedPartner> coordinatedInspection,
        Partnership partnership,
        String leadershipTurbulence,
        String communityEvent,
        String notes,
        Instant updatedAt,
        String updatedBy) {

    public record Federation(String code, String name, String kind, Person executiveHeadteacher, List<Partner> partners) {
    }

    public record Partnership(String name, List<Partner> partners) {
    }

    /** A partner school and its latest inspection: as notification-service knows it, and its outcome as feedback-service recorded it. */
    public record Partner(String urn, String name, String latestOfstedReference, LocalDate latestStartDate, String latestState,
                          boolean notifiedInSameWindow, LatestOutcome latestOutcome) {
    }

    public record LatestOutcome(OutcomeBand outcomeBand, CategoryOfConcern categoryOfConcern, Instant recordedAt) {
    }

    public record CoordinatedPartner(UUID partnerInspectionId, String partnerUrn, String partnerSchoolName) {
    }

    /** The context as plain text, for the reminder e-mail of the inspector-call points. */
    public String asText() {
        StringBuilder t = new StringBuilder();
        t.append("Context for the conversation with the lead inspector\n");
        t.append("  School: ").append(schoolName).append(" (URN ").append(urn).append(")\n");
        t.append("  LA categorisation: ").append(laCategorisation == null ? "not categorised" : laCategorisation)
                .append(categorisationYear == null ? "" : " (" + categorisationYear + ")").append('\n');
        if (headteacher != null) {
            t.append("  Headteacher: ").append(name(headteacher)).append('\n');
        }
        if (leadInspector != null) {
            t.append("  Lead inspector: ").append(leadInspector.name())
                    .append(leadInspector.email() == null ? "" : " <" + leadInspector.email() + ">").append('\n');
        }
        if (federation != null) {
            t.append("  Federation: ").append(federation.name()).append(" (").append(federation.kind()).append(")\n");
            if (federation.executiveHeadteacher() != null) {
                t.append("    Executive headteacher: ").append(name(federation.executiveHeadteacher())).append('\n');
            }
            federation.partners().forEach(p -> t.append(partnerLine(p)));
        }
        if (!coordinatedInspection.isEmpty()) {
            t.append("  Coordinated inspection with: ");
            t.append(String.join(", ", coordinatedInspection.stream().map(p -> p.partnerSchoolName() + " (" + p.partnerUrn() + ")").toList()));
            t.append('\n');
        }
        if (partnership != null) {
            t.append("  Partnership: ").append(partnership.name() == null ? "(unnamed)" : partnership.name()).append('\n');
            partnership.partners().forEach(p -> t.append(partnerLine(p)));
        }
        t.append("  Leadership turbulence: ").append(orNone(leadershipTurbulence)).append('\n');
        t.append("  Community event: ").append(orNone(communityEvent)).append('\n');
        if (notes != null && !notes.isBlank()) {
            t.append("  Other notes: ").append(notes).append('\n');
        }
        return t.toString();
    }

    private static String partnerLine(Partner p) {
        String outcome = p.latestOutcome() == null ? "no outcome recorded here"
                : p.latestOutcome().outcomeBand() + (p.latestOutcome().categoryOfConcern() == null
                || p.latestOutcome().categoryOfConcern() == CategoryOfConcern.NONE ? "" : ", " + p.latestOutcome().categoryOfConcern());
        return "    Partner " + (p.name() == null ? "" : p.name() + " ") + "(URN " + p.urn() + "): latest inspection "
                + (p.latestStartDate() == null ? "not known" : p.latestStartDate() + (p.latestState() == null ? "" : " " + p.latestState()))
                + (p.notifiedInSameWindow() ? ", notified in the same window" : "") + "; outcome: " + outcome + "\n";
    }

    private static String name(Person p) {
        return (p.name() == null ? "" : p.name()) + (p.email() == null ? "" : " <" + p.email() + ">");
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? "none noted" : s;
    }
}
