package uk.gov.la.ei.supporttracking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.platform.inspections.InspectionAccess;
import uk.gov.la.ei.platform.security.Roles;
import uk.gov.la.ei.supporttracking.domain.Concern;
import uk.gov.la.ei.supporttracking.domain.ConcernStatus;
import uk.gov.la.ei.supporttracking.domain.Escalation;
import uk.gov.la.ei.supporttracking.domain.KeepInTouchPoint;
import uk.gov.la.ei.supporttracking.domain.PointStatus;
import uk.gov.la.ei.supporttracking.domain.StatutoryStep;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.util.HashMap;
import java.util.Map;

/** The visible alerts (DOMAIN.md "Clocks"): what passed its deadline and is still not done, for the caller's cases. */
@Path("/api/v1/alerts")
@Tag(name = CaseResource.TAG, description = CaseResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    @Inject
    InspectionAccess access;

    @GET
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER})
    @Transactional
    @Operation(operationId = "listAlerts", summary = "Missed keep-in-touch points, overdue concerns and overdue statutory steps "
            + "that are still open, on the cases the caller may read")
    public Views.Alerts alerts() {
        InspectionAccess.Filter p = access.readableFilter("p.inspectionId");
        Map<String, Object> pp = new HashMap<>(p.parameters());
        pp.put("missed", PointStatus.MISSED);
        var missed = KeepInTouchPoint.<KeepInTouchPoint>find("from KeepInTouchPoint p where p.status = :missed and " + p.jpql()
                        + " order by p.dueAt", pp).page(0, 500).list().stream()
                .map(x -> {
                    SupportCase c = SupportCase.forInspection(x.inspectionId).orElseThrow();
                    return new Views.MissedPoint(x.inspectionId, c.urn, c.schoolName, x.id, x.title, new Person(x.ownerName, x.ownerEmail),
                            x.dueAt, x.firstAlertedAt, x.cemAlertedAt);
                }).toList();
        InspectionAccess.Filter c = access.readableFilter("c.inspectionId");
        Map<String, Object> cp = new HashMap<>(c.parameters());
        cp.put("closed", ConcernStatus.CLOSED);
        var concerns = Concern.<Concern>find("from Concern c where c.status <> :closed and (c.unresolvedCemAlertedAt is not null "
                        + "or exists (select e.id from Escalation e where e.concernId = c.id and e.respondedAt is null "
                        + "and e.unansweredAlertedAt is not null)) and " + c.jpql() + " order by c.resolveBy", cp).page(0, 500).list().stream()
                .map(x -> new Views.OverdueConcern(x.inspectionId, x.urn, x.id, x.category, x.status, x.resolveBy,
                        Escalation.ofConcern(x.id).stream().anyMatch(e -> !e.answered() && e.unansweredAlertedAt != null)))
                .toList();
        InspectionAccess.Filter s = access.readableFilter("s.inspectionId");
        var steps = StatutoryStep.<StatutoryStep>find("from StatutoryStep s where s.doneOn is null and s.overdueAlertedAt is not null and "
                        + s.jpql() + " order by s.dueOn", s.parameters()).page(0, 500).list().stream()
                .map(x -> new Views.OverdueStep(x.inspectionId, x.urn, x.step, x.dueOn, x.overdueAlertedAt)).toList();
        return new Views.Alerts(missed, concerns, steps);
    }
}
