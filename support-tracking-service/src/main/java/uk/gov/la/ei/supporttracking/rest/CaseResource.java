package uk.gov.la.ei.supporttracking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.platform.inspections.InspectionAccess;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.security.Roles;
import uk.gov.la.ei.supporttracking.application.CaseContext;
import uk.gov.la.ei.supporttracking.application.Cases;
import uk.gov.la.ei.supporttracking.application.InspectorCallContext;
import uk.gov.la.ei.supporttracking.domain.SupportCase;
import uk.gov.la.ei.supporttracking.domain.TimelineEntry;

import java.util.UUID;

/** The case, its context for the inspector call, and the inspection's timeline. */
@Path("/api/v1/inspections/{id}")
@Tag(name = CaseResource.TAG, description = CaseResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    /** The OpenAPI tag of the case's resources (this one, the alerts and the case list): one name, one description. */
    static final String TAG = "Support cases";
    static final String TAG_DESCRIPTION = "The support case around an inspection, its context for the inspector call, its timeline, the caller's cases and alerts";

    @Inject
    Cases cases;
    @Inject
    KnownInspections known;
    @Inject
    InspectionAccess access;
    @Inject
    CaseContext context;
    @Inject
    CaseViewer viewer;

    @GET
    @Path("/support-case")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER})
    @Transactional
    @Operation(operationId = "getSupportCase", summary = "The support case of an inspection: plan, contacts, concerns, pauses, "
            + "deferrals, follow-up, statutory steps, reviews, complaints")
    public Views.CaseView get(@PathParam("id") String id) {
        UUID inspectionId = Ids.uuid("id", id);
        SupportCase c = cases.toRead(inspectionId);
        return viewer.view(c);
    }


    @GET
    @Path("/context")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER})
    @Transactional
    @Operation(operationId = "getInspectorCallContext", summary = "What the SIM needs for the call with the lead inspector: "
            + "LA categorisation, federation or partnership partners with their latest outcome, executive head, the SIM's notes")
    public InspectorCallContext context(@PathParam("id") String id) {
        UUID inspectionId = Ids.uuid("id", id);
        SupportCase c = cases.toRead(inspectionId);
        return context.of(c, known.require(inspectionId));
    }

    @PUT
    @Path("/context")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "updateInspectorCallContext", summary = "The SIM's notes for the inspector call: categorisation year, "
            + "leadership turbulence, a community event, partnership and partner URNs (replaces the notes)")
    public InspectorCallContext updateContext(@PathParam("id") String id, @Valid Requests.Context body) {
        UUID inspectionId = Ids.uuid("id", id);
        Requests.Context b = Ids.body(body);
        SupportCase c = cases.toAct(inspectionId);
        context.update(c, new CaseContext.Notes(b.categorisationYear(), b.leadershipTurbulence(), b.communityEvent(), b.partnershipName(),
                b.partnerUrns(), b.notes()), cases.actor());
        return context.of(c, known.require(inspectionId));
    }

    @GET
    @Path("/timeline")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER})
    @Transactional
    @Operation(operationId = "getTimeline", summary = "Every event about the inspection from all four services, in order, with who and when")
    public Views.TimelineView timeline(@PathParam("id") String id) {
        UUID inspectionId = Ids.uuid("id", id);
        var ki = known.require(inspectionId);
        access.requireToRead(ki);
        return new Views.TimelineView(inspectionId, ki.urn, TimelineEntry.of(inspectionId).stream().map(Views.TimelineView.Entry::of).toList());
    }

}
