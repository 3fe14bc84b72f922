package uk.gov.la.ei.supporttracking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.security.Roles;
import uk.gov.la.ei.supporttracking.application.Cases;
import uk.gov.la.ei.supporttracking.application.PausesAndDeferrals;
import uk.gov.la.ei.supporttracking.domain.DeferralOutcome;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.util.UUID;

/** Pause (an inspection that has started) and deferral (one that has not) requests, and their outcomes. */
@Path("/api/v1/inspections/{id}")
@Tag(name = "Pause and deferral", description = "Pause (an inspection that has started) and deferral (one that has not) requests and their outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PauseAndDeferralResource {

    @Inject
    Cases cases;
    @Inject
    PausesAndDeferrals requests;

    @POST
    @Path("/pauses")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "requestPause", summary = "Record a request to pause the inspection (Ofsted's pausing guidance); publishes PauseRequested")
    public Response pause(@PathParam("id") String id, @Valid Requests.RequestPause body) {
        UUID inspectionId = Ids.uuid("id", id);
        Requests.RequestPause b = Ids.body(body);
        SupportCase c = cases.toActOnLive(inspectionId);
        var p = requests.requestPause(c, new PausesAndDeferrals.RequestPause(b.requestedBy(), b.reason(), b.requestedAt()), cases.actor());
        return Response.status(201).entity(Views.PauseView.of(p)).build();
    }

    @POST
    @Path("/pauses/{pauseId}/decision")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "decidePause", summary = "Record Ofsted's answer: PAUSED (resumesOn: usually the next day, at most "
            + "five working days; the open points move on), REFUSED or WITHDRAWN")
    public Views.PauseView decide(@PathParam("id") String id, @PathParam("pauseId") String pauseId, @Valid Requests.DecidePause body) {
        UUID inspectionId = Ids.uuid("id", id);
        UUID pause = Ids.uuid("pauseId", pauseId);
        Requests.DecidePause b = Ids.body(body);
        SupportCase c = cases.toAct(inspectionId);
        return Views.PauseView.of(requests.decidePause(c, pause, new PausesAndDeferrals.DecidePause(b.outcome(), b.resumesOn(), b.notes()),
                cases.actor()));
    }

    @POST
    @Path("/deferrals")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "recordDeferral", summary = "Record a deferral request the SIM/AI supports: circumstances, Ofsted "
            + "criteria considered, outcome (REQUESTED, GRANTED, REFUSED); a granted deferral waits for the rescheduled notice")
    public Response defer(@PathParam("id") String id, @Valid Requests.RecordDeferral body) {
        UUID inspectionId = Ids.uuid("id", id);
        Requests.RecordDeferral b = Ids.body(body);
        SupportCase c = cases.toActOnLive(inspectionId);
        var d = requests.recordDeferral(c, new PausesAndDeferrals.RecordDeferral(b.requestedBy(), b.circumstances(),
                b.criteriaConsidered(), b.outcome(), b.outcomeNotes(), b.requestedAt()), cases.actor());
        return Response.status(201).entity(Views.DeferralView.of(d)).build();
    }

    @POST
    @Path("/deferrals/{deferralId}/outcome")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "decideDeferral", summary = "Record Ofsted's decision on a requested deferral: GRANTED or REFUSED")
    public Views.DeferralView decideDeferral(@PathParam("id") String id, @PathParam("deferralId") String deferralId,
                                             @Valid Requests.DecideDeferral body) {
        UUID inspectionId = Ids.uuid("id", id);
        UUID deferral = Ids.uuid("deferralId", deferralId);
        Requests.DecideDeferral b = Ids.body(body);
        if (b.outcome() == DeferralOutcome.REQUESTED) {
            throw new InvalidInputException("outcome", "must be GRANTED or REFUSED");
        }
        SupportCase c = cases.toAct(inspectionId);
        return Views.DeferralView.of(requests.decideDeferral(c, deferral, b.outcome(), b.notes(), cases.actor()));
    }
}
