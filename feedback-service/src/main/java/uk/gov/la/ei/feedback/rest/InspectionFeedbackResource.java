package uk.gov.la.ei.feedback.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.feedback.application.FeedbackTemplates;
import uk.gov.la.ei.feedback.application.ReadFeedback;
import uk.gov.la.ei.feedback.domain.template.FeedbackTemplate;
import uk.gov.la.ei.platform.inspections.KnownInspection;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.problem.NotFoundProblem;
import uk.gov.la.ei.platform.security.Roles;

/** An inspection's feedback record, and the template it is completed on. */
@Path("/api/v1/inspections/{inspectionId}")
@Tag(name = "Final feedback")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionFeedbackResource {

    @Inject
    ReadFeedback read;
    @Inject
    KnownInspections inspections;
    @Inject
    FeedbackTemplates templates;

    @GET
    @Path("/feedback")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER, Roles.GOVERNOR_SERVICES})
    @Operation(operationId = "getInspectionFeedback", summary = "The feedback record of an inspection (404 until one is started)")
    public FeedbackResponses.Feedback feedback(@PathParam("inspectionId") String inspectionId) {
        return FeedbackResponses.Feedback.of(read.ofInspection(Ids.uuid("inspectionId", inspectionId)));
    }

    @GET
    @Path("/feedback-template")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER, Roles.GOVERNOR_SERVICES})
    @Operation(operationId = "getInspectionFeedbackTemplate",
            summary = "The template a new feedback record of this inspection is made on (its type and framework)")
    public FeedbackTemplate template(@PathParam("inspectionId") String inspectionId) {
        KnownInspection i = inspections.require(Ids.uuid("inspectionId", inspectionId));
        return templates.catalogue().forInspection(i.framework, i.inspectionType).orElseThrow(() -> new NotFoundProblem(
                "no template applies to a " + i.inspectionType + " inspection under " + i.framework));
    }
}
