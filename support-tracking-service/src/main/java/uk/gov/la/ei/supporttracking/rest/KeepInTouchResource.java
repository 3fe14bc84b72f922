package uk.gov.la.ei.supporttracking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.platform.security.Roles;
import uk.gov.la.ei.supporttracking.application.Cases;
import uk.gov.la.ei.supporttracking.application.KeepInTouch;
import uk.gov.la.ei.supporttracking.domain.ContactEntry;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.util.List;
import java.util.UUID;

/** The keep-in-touch plan made bespoke (H§4) and the contacts log. */
@Path("/api/v1/inspections/{id}")
@Tag(name = "Keep in touch", description = "The keep-in-touch plan made bespoke (H§4) and the contacts log")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeepInTouchResource {

    @Inject
    Cases cases;
    @Inject
    KeepInTouch keepInTouch;

    @POST
    @Path("/keep-in-touch-points")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "addKeepInTouchPoint", summary = "Add a keep-in-touch point (with a reason); owner SIM, ATTACHED_INSPECTOR or CEM")
    public Response add(@PathParam("id") String id, @Valid Requests.AddPoint body) {
        UUID inspectionId = Ids.uuid("id", id);
        Requests.AddPoint b = Ids.body(body);
        SupportCase c = cases.toActOnLive(inspectionId);
        var p = keepInTouch.add(c, new KeepInTouch.AddPoint(b.title(), b.dueAt(), b.owner(), b.reason()), cases.actor());
        return Response.status(201).entity(Views.PointView.of(p)).build();
    }

    @POST
    @Path("/keep-in-touch-points/{pointId}/move")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "moveKeepInTouchPoint", summary = "Move a planned or missed point to a new due time, with a reason")
    public Views.PointView move(@PathParam("id") String id, @PathParam("pointId") String pointId, @Valid Requests.MovePoint body) {
        UUID inspectionId = Ids.uuid("id", id);
        UUID point = Ids.uuid("pointId", pointId);
        Requests.MovePoint b = Ids.body(body);
        SupportCase c = cases.toActOnLive(inspectionId);
        return Views.PointView.of(keepInTouch.move(c, point, b.dueAt(), b.reason(), cases.actor()));
    }

    @POST
    @Path("/keep-in-touch-points/{pointId}/cancellation")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "cancelKeepInTouchPoint", summary = "Cancel a planned or missed point, with a reason")
    public Views.PointView cancel(@PathParam("id") String id, @PathParam("pointId") String pointId, @Valid Requests.CancelPoint body) {
        UUID inspectionId = Ids.uuid("id", id);
        UUID point = Ids.uuid("pointId", pointId);
        Requests.CancelPoint b = Ids.body(body);
        SupportCase c = cases.toAct(inspectionId);
        return Views.PointView.of(keepInTouch.cancel(c, point, b.reason(), cases.actor()));
    }

    @POST
    @Path("/keep-in-touch-points/{pointId}/completion")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "completeKeepInTouchPoint", summary = "Record a point done (late, if it was missed)")
    public Views.PointView complete(@PathParam("id") String id, @PathParam("pointId") String pointId, @Valid Requests.CompletePoint body) {
        UUID inspectionId = Ids.uuid("id", id);
        UUID point = Ids.uuid("pointId", pointId);
        Requests.CompletePoint b = body == null ? new Requests.CompletePoint(null, null) : body;
        SupportCase c = cases.toAct(inspectionId);
        return Views.PointView.of(keepInTouch.complete(c, point, b.doneAt(), b.notes(), cases.actor()));
    }

    @POST
    @Path("/contacts")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "recordContact", summary = "Record a contact: who, with whom, channel, when, notes – against a point "
            + "(optionally completing it) or on its own")
    public Response log(@PathParam("id") String id, @Valid Requests.Contact body) {
        UUID inspectionId = Ids.uuid("id", id);
        Requests.Contact b = Ids.body(body);
        SupportCase c = cases.toAct(inspectionId);
        ContactEntry e = keepInTouch.log(c, new KeepInTouch.Contact(b.madeByName(), b.madeByEmail(), b.withWhom(), b.channel(),
                b.contactedAt(), b.notes(), b.pointId(), b.completesPoint()), cases.actor());
        return Response.status(201).entity(Views.ContactView.of(e)).build();
    }

    @GET
    @Path("/contacts")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER})
    @Transactional
    @Operation(operationId = "listContacts", summary = "The contacts log of the case, in order")
    public List<Views.ContactView> contacts(@PathParam("id") String id) {
        SupportCase c = cases.toRead(Ids.uuid("id", id));
        return ContactEntry.ofCase(c.id).stream().map(Views.ContactView::of).toList();
    }
}
