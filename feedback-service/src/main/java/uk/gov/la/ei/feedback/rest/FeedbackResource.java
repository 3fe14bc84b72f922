package uk.gov.la.ei.feedback.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.feedback.application.CompleteFeedback;
import uk.gov.la.ei.feedback.application.FormView;
import uk.gov.la.ei.feedback.application.ReadFeedback;
import uk.gov.la.ei.feedback.domain.record.FeedbackContent;
import uk.gov.la.ei.feedback.domain.record.FeedbackRecord;
import uk.gov.la.ei.feedback.domain.record.FeedbackState;
import uk.gov.la.ei.feedback.domain.record.FeedbackVersion;
import uk.gov.la.ei.feedback.domain.template.TemplateRules;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.security.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The final-feedback record (H§4): the SIM or AI of the inspection starts a draft, edits it, submits
 * it; a submitted record is corrected only by a new version with a reason. Senior officers and Governor
 * Services read every submitted form, as JSON, HTML or PDF.
 */
@Path("/api/v1/feedback")
@Tag(name = "Final feedback", description = "The completed final-feedback template of an inspection (H§4)")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    static final String[] READERS = {Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER, Roles.GOVERNOR_SERVICES};

    @Inject
    CompleteFeedback complete;
    @Inject
    ReadFeedback read;

    /** Start a record: the inspection, optionally the template (else the one for its type and framework), the draft. */
    public record StartRequest(
            UUID inspectionId,
            @Size(max = TemplateRules.MAX_ID) String templateId,
            Integer templateVersion,
            @Valid FeedbackContent content) {
    }

    /** A new version of a submitted record: the complete corrected content and why. */
    public record CorrectionRequest(
            @Size(max = 2000) String reason,
            @Valid FeedbackContent content) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Operation(operationId = "startFeedback", summary = "Start the final-feedback record of an inspection (a draft)",
            description = "Only the SIM or AI of the inspection. Without templateId, the latest version of the template for the "
                    + "inspection's type and framework. The draft may be incomplete; what it holds must fit the template.")
    public Response start(@Valid StartRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInputException("body", "a request is required: {\"inspectionId\": …}");
        }
        FeedbackRecord r = complete.start(new CompleteFeedback.Start(request.inspectionId(), request.templateId(),
                request.templateVersion(), request.content()));
        return Response.created(uri.getAbsolutePathBuilder().path(r.feedbackId.toString()).build())
                .entity(FeedbackResponses.Feedback.of(read.get(r.feedbackId))).build();
    }

    @GET
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER, Roles.GOVERNOR_SERVICES})
    @Operation(operationId = "listFeedback", summary = "Submitted feedback records (and your own drafts), newest first, paged")
    public FeedbackResponses.Page<FeedbackResponses.Summary> list(
            @QueryParam("urn") String urn,
            @Parameter(description = "DRAFT or SUBMITTED") @QueryParam("state") String state,
            @Parameter(description = "page number, from 0") @QueryParam("page") @DefaultValue("0") String pageParam,
            @Parameter(description = "page size, 1 to 200") @QueryParam("size") @DefaultValue("20") String sizeParam) {
        List<Violation> violations = new ArrayList<>();
        int page = Ids.number("page", pageParam, violations);
        int size = Ids.number("size", sizeParam, violations);
        if (urn != null && !urn.isBlank() && !urn.matches("[0-9]{6,7}")) {
            violations.add(new Violation("urn", "must be 6 or 7 digits"));
        }
        FeedbackState wanted = null;
        if (state != null && !state.isBlank()) {
            try {
                wanted = FeedbackState.valueOf(state.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("state", "must be DRAFT or SUBMITTED"));
            }
        }
        if (page < 0) {
            violations.add(new Violation("page", "must not be negative"));
        }
        if ((size < 1 || size > 200) && violations.stream().noneMatch(v -> v.field().equals("size"))) {
            violations.add(new Violation("size", "must be between 1 and 200"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ReadFeedback.Page p = read.list(urn == null || urn.isBlank() ? null : urn, wanted, page, size);
        return new FeedbackResponses.Page<>(p.items().stream().map(FeedbackResponses.Summary::of).toList(), p.page(), p.size(), p.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER, Roles.GOVERNOR_SERVICES})
    @Operation(operationId = "getFeedback", summary = "A feedback record: the draft, or the current version and the list of versions")
    public FeedbackResponses.Feedback get(@PathParam("id") String id) {
        return FeedbackResponses.Feedback.of(read.get(Ids.uuid("id", id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Operation(operationId = "updateFeedbackDraft", summary = "Replace the draft's content (409 once submitted: correct it instead)")
    public FeedbackResponses.Feedback update(@PathParam("id") String id, @Valid FeedbackContent content) {
        UUID feedbackId = Ids.uuid("id", id);
        if (content == null) {
            throw new InvalidInputException("body", "the draft's content is required (send {} to clear it)");
        }
        complete.update(feedbackId, content);
        return FeedbackResponses.Feedback.of(read.get(feedbackId));
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Operation(operationId = "submitFeedback", summary = "Submit the draft: checked against its template, then never changed in place",
            description = "Publishes FeedbackRecorded (and UnexpectedOutcomeFlagged when the outcome is worse than the LA's "
                    + "categorisation) and mails the form (HTML and PDF) to senior officers and Governor Services.")
    public FeedbackResponses.Feedback submit(@PathParam("id") String id) {
        UUID feedbackId = Ids.uuid("id", id);
        complete.submit(feedbackId);
        return FeedbackResponses.Feedback.of(read.get(feedbackId));
    }

    @POST
    @Path("/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM})
    @Operation(operationId = "correctFeedback", summary = "Correct a submitted record: a new, complete version with the reason",
            description = "The versions before it stay as they were submitted. Published and distributed like a submission.")
    public Response correct(@PathParam("id") String id, @Valid CorrectionRequest request, @Context UriInfo uri) {
        UUID feedbackId = Ids.uuid("id", id);
        if (request == null) {
            throw new InvalidInputException("body", "a correction is required: {\"reason\": …, \"content\": …}");
        }
        FeedbackVersion v = complete.correct(feedbackId, request.reason(), request.content());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/feedback").path(feedbackId.toString())
                        .path("versions").path(String.valueOf(v.recordVersion)).build())
                .entity(FeedbackResponses.Feedback.of(read.get(feedbackId))).build();
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER, Roles.GOVERNOR_SERVICES})
    @Operation(operationId = "getFeedbackVersion", summary = "One submitted version, exactly as it was submitted")
    public FeedbackResponses.Version version(@PathParam("id") String id, @PathParam("version") String version) {
        List<Violation> violations = new ArrayList<>();
        Integer n = Ids.optionalNumber("version", version, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return FeedbackResponses.Version.of(read.version(Ids.uuid("id", id), n));
    }

    @GET
    @Path("/{id}/form")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER, Roles.GOVERNOR_SERVICES})
    @Operation(operationId = "getFeedbackFormHtml", summary = "The form as a readable HTML page (Accept: text/html)")
    public String formHtml(@PathParam("id") String id,
                           @Parameter(description = "a submitted version; the current one if absent") @QueryParam("version") String version) {
        return read.html(form(id, version));
    }

    @GET
    @Path("/{id}/form")
    @Produces("application/pdf")
    @RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER, Roles.GOVERNOR_SERVICES})
    @Operation(operationId = "getFeedbackFormPdf", summary = "The form as the PDF the distribution e-mail attaches (Accept: application/pdf)")
    public Response formPdf(@PathParam("id") String id, @QueryParam("version") String version) {
        FormView form = form(id, version);
        return Response.ok(read.pdf(form), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"feedback-" + form.urn() + "-v" + form.recordVersion() + ".pdf\"")
                .build();
    }

    private FormView form(String id, String version) {
        List<Violation> violations = new ArrayList<>();
        Integer n = Ids.optionalNumber("version", version, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return read.form(Ids.uuid("id", id), n);
    }
}
