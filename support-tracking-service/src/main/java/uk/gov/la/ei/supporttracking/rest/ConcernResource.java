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
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.platform.security.Roles;
import uk.gov.la.ei.supporttracking.application.Cases;
import uk.gov.la.ei.supporttracking.application.Concerns;
import uk.gov.la.ei.supporttracking.domain.Concern;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.util.UUID;

/** Concerns about the inspection (H§4, H§5): logged, agreed action, escalated, answered, closed – never just open. */
@Path("/api/v1/inspections/{id}")
@Tag(name = "Concerns", description = "Concerns about the inspection (H§4, H§5): logged, agreed action, escalated, answered, closed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConcernResource {

    @Inject
    Cases cases;
    @Inject
    Concerns concerns;

    @POST
    @Path("/concerns")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "logConcern", summary = "Log a concern: publishes ConcernLogged at once and tells the SIM and CEM by e-mail",
            description = "category: INSPECTOR_CONDUCT, UNEXPECTED_OUTCOME, PROCESS_OR_EVIDENCE, SAFEGUARDING, LEADER_WELLBEING or OTHER")
    public Response log(@PathParam("id") String id, @Valid Requests.LogConcern body) {
        UUID inspectionId = Ids.uuid("id", id);
        Requests.LogConcern b = Ids.body(body);
        SupportCase c = cases.toAct(inspectionId);
        Concern concern = concerns.log(c, new Concerns.Log(b.category(), b.summary(), b.raisedBy(), b.raisedWithInspector(),
                b.inspectorResponse(), b.raisedAt()), cases.actorPerson());
        return Response.status(201).entity(Views.ConcernView.of(concern)).build();
    }

    @POST
    @Path("/concerns/{concernId}/agreed-action")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "agreeConcernAction", summary = "Record the agreed course of action (H§4)")
    public Views.ConcernView agree(@PathParam("id") String id, @PathParam("concernId") String concernId, @Valid Requests.AgreeAction body) {
        UUID inspectionId = Ids.uuid("id", id);
        UUID concern = Ids.uuid("concernId", concernId);
        Requests.AgreeAction b = Ids.body(body);
        SupportCase c = cases.toAct(inspectionId);
        return Views.ConcernView.of(concerns.agreeAction(c, concern, b.action(), cases.actor()));
    }

    @POST
    @Path("/concerns/{concernId}/escalations")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "escalateConcern", summary = "Escalate to the CEM or the region's linked SHMI (who, when, channel); "
            + "without 'to', the SHMI of the inspection's ContactsAssigned (or its CEM)")
    public Response escalate(@PathParam("id") String id, @PathParam("concernId") String concernId, @Valid Requests.Escalate body) {
        UUID inspectionId = Ids.uuid("id", id);
        UUID concern = Ids.uuid("concernId", concernId);
        Requests.Escalate b = Ids.body(body);
        SupportCase c = cases.toAct(inspectionId);
        Person to = b.to() == null ? null : new Person(b.to().name(), b.to().email());
        concerns.escalate(c, concern, new Concerns.Escalate(b.level(), to, b.channel(), b.escalatedAt(), b.notes()), cases.actor());
        return Response.status(201).entity(Views.ConcernView.of(Concern.findById(concern))).build();
    }

    @POST
    @Path("/concerns/{concernId}/escalations/{escalationId}/response")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "recordEscalationResponse", summary = "Record the answer of the SHMI (or CEM) to an escalation")
    public Views.ConcernView answer(@PathParam("id") String id, @PathParam("concernId") String concernId,
                                    @PathParam("escalationId") String escalationId, @Valid Requests.Answer body) {
        UUID inspectionId = Ids.uuid("id", id);
        UUID concern = Ids.uuid("concernId", concernId);
        UUID escalation = Ids.uuid("escalationId", escalationId);
        Requests.Answer b = Ids.body(body);
        SupportCase c = cases.toAct(inspectionId);
        concerns.answer(c, concern, escalation, b.response(), b.respondedAt(), cases.actor());
        return Views.ConcernView.of(Concern.findById(concern));
    }

    @POST
    @Path("/concerns/{concernId}/closure")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "closeConcern", summary = "Close a concern: RESOLVED, SHMI_ANSWERED (needs the SHMI's answer) or "
            + "COMPLAINT (opens a complaint the LA supports to its end)")
    public Views.ConcernView close(@PathParam("id") String id, @PathParam("concernId") String concernId, @Valid Requests.CloseConcern body) {
        UUID inspectionId = Ids.uuid("id", id);
        UUID concern = Ids.uuid("concernId", concernId);
        Requests.CloseConcern b = Ids.body(body);
        SupportCase c = cases.toAct(inspectionId);
        return Views.ConcernView.of(concerns.close(c, concern, b.outcome(), b.summary(), cases.actor()));
    }
}
