package uk.gov.la.ei.supporttracking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.platform.security.Roles;
import uk.gov.la.ei.supporttracking.application.Cases;
import uk.gov.la.ei.supporttracking.application.FollowUps;
import uk.gov.la.ei.supporttracking.application.Reviews;
import uk.gov.la.ei.supporttracking.domain.StatutoryClock;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.util.UUID;

/**
 * After the inspection (H§4, T§4–§5): the follow-up override, the dates the statutory clocks run from, the steps
 * done, the internal and learning reviews, and complaints supported to their end.
 */
@Path("/api/v1/inspections/{id}")
@Tag(name = "Follow-up", description = "After the inspection (H§4, T§4–§5): follow-up, statutory steps, reviews and complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    @Inject
    Cases cases;
    @Inject
    FollowUps followUps;
    @Inject
    Reviews reviews;
    @Inject
    CaseViewer viewer;

    @PUT
    @Path("/follow-up")
    @RolesAllowed({Roles.SIM, Roles.CEM})
    @Transactional
    @Operation(operationId = "overrideFollowUp", summary = "The SIM overrides the follow-up decided by rule, with a reason: "
            + "LIGHT_TOUCH, COMBINED_SUPPORT or PROGRAMME_OF_SUPPORT (statutory clocks and the internal review stay)")
    public Views.CaseView override(@PathParam("id") String id, @Valid Requests.OverrideFollowUp body) {
        UUID inspectionId = Ids.uuid("id", id);
        Requests.OverrideFollowUp b = Ids.body(body);
        SupportCase c = cases.toDecideFollowUp(inspectionId);
        followUps.override(c, b.followUp(), b.reason(), cases.actor());
        return viewer.view(c);
    }

    @PUT
    @Path("/report-dates")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "recordReportDates", summary = "Record the draft report's receipt, the report's publication and the "
            + "warning notice (dates no event carries): the programme's statutory clocks start from them")
    public Views.CaseView reportDates(@PathParam("id") String id, @Valid Requests.ReportDates body) {
        UUID inspectionId = Ids.uuid("id", id);
        Requests.ReportDates b = Ids.body(body);
        SupportCase c = cases.toAct(inspectionId);
        followUps.recordReportDates(c, new FollowUps.ReportDates(b.draftReportReceivedOn(), b.reportPublishedOn(), b.warningNoticeGivenOn()),
                cases.actor());
        return viewer.view(c);
    }

    @POST
    @Path("/statutory-steps/{step}/completion")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "completeStatutoryStep", summary = "Record a statutory step of the programme of support done")
    public Views.StepView completeStep(@PathParam("id") String id, @PathParam("step") String step, @Valid Requests.CompleteStep body) {
        UUID inspectionId = Ids.uuid("id", id);
        StatutoryClock clock = Ids.enumOf(StatutoryClock.class, "step", step);
        Requests.CompleteStep b = body == null ? new Requests.CompleteStep(null, null) : body;
        SupportCase c = cases.toAct(inspectionId);
        return Views.StepView.of(followUps.completeStep(c, clock, b.doneOn(), b.notes(), cases.actor()));
    }

    @POST
    @Path("/internal-reviews/{reviewId}/closure")
    @RolesAllowed({Roles.SENIOR_OFFICER})
    @Transactional
    @Operation(operationId = "closeInternalReview", summary = "A senior officer closes the internal review with the findings")
    public Views.InternalReviewView closeInternalReview(@PathParam("id") String id, @PathParam("reviewId") String reviewId,
                                                        @Valid Requests.CloseInternalReview body) {
        UUID inspectionId = Ids.uuid("id", id);
        UUID review = Ids.uuid("reviewId", reviewId);
        Requests.CloseInternalReview b = Ids.body(body);
        SupportCase c = cases.toReview(inspectionId);
        return Views.InternalReviewView.of(reviews.closeInternalReview(c, review, b.findings(), cases.actor()));
    }

    @POST
    @Path("/learning-reviews")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER})
    @Transactional
    @Operation(operationId = "openLearningReview", summary = "Record an Ofsted Learning Review instigated by the LA or the school (H§4)")
    public Response openLearningReview(@PathParam("id") String id, @Valid Requests.OpenLearningReview body) {
        UUID inspectionId = Ids.uuid("id", id);
        Requests.OpenLearningReview b = Ids.body(body);
        SupportCase c = cases.toActOrReview(inspectionId);
        return Response.status(201).entity(Views.LearningReviewView.of(reviews.openLearningReview(c, b.instigatedBy(), b.reason(),
                cases.actor()))).build();
    }

    @POST
    @Path("/learning-reviews/{reviewId}/closure")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER})
    @Transactional
    @Operation(operationId = "closeLearningReview", summary = "Record a learning review's outcome")
    public Views.LearningReviewView closeLearningReview(@PathParam("id") String id, @PathParam("reviewId") String reviewId,
                                                        @Valid Requests.Outcome body) {
        UUID inspectionId = Ids.uuid("id", id);
        UUID review = Ids.uuid("reviewId", reviewId);
        Requests.Outcome b = Ids.body(body);
        SupportCase c = cases.toActOrReview(inspectionId);
        return Views.LearningReviewView.of(reviews.closeLearningReview(c, review, b.outcome(), cases.actor()));
    }

    @POST
    @Path("/complaints")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "openComplaint", summary = "Record a complaint about the inspection that the LA supports (H§5)")
    public Response openComplaint(@PathParam("id") String id, @Valid Requests.OpenComplaint body) {
        UUID inspectionId = Ids.uuid("id", id);
        Requests.OpenComplaint b = Ids.body(body);
        SupportCase c = cases.toAct(inspectionId);
        return Response.status(201).entity(Views.ComplaintView.of(reviews.openComplaint(c, b.summary(), cases.actor()))).build();
    }

    @POST
    @Path("/complaints/{complaintId}/steps")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "recordComplaintStep", summary = "Record a step of the complaint (e.g. submitted to Ofsted, Ofsted's "
            + "response, internal review, ICASO)")
    public Views.ComplaintView complaintStep(@PathParam("id") String id, @PathParam("complaintId") String complaintId,
                                             @Valid Requests.ComplaintStep body) {
        UUID inspectionId = Ids.uuid("id", id);
        UUID complaint = Ids.uuid("complaintId", complaintId);
        Requests.ComplaintStep b = Ids.body(body);
        SupportCase c = cases.toAct(inspectionId);
        reviews.complaintStep(c, complaint, b.step(), b.at(), b.notes(), cases.actor());
        return Views.ComplaintView.of(uk.gov.la.ei.supporttracking.domain.Complaint.findById(complaint));
    }

    @POST
    @Path("/complaints/{complaintId}/closure")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Transactional
    @Operation(operationId = "closeComplaint", summary = "Record the complaint's end and its outcome")
    public Views.ComplaintView closeComplaint(@PathParam("id") String id, @PathParam("complaintId") String complaintId,
                                              @Valid Requests.Outcome body) {
        UUID inspectionId = Ids.uuid("id", id);
        UUID complaint = Ids.uuid("complaintId", complaintId);
        Requests.Outcome b = Ids.body(body);
        SupportCase c = cases.toAct(inspectionId);
        return Views.ComplaintView.of(reviews.closeComplaint(c, complaint, b.outcome(), cases.actor()));
    }
}
