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
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.feedback.application.FeedbackTemplates;
import uk.gov.la.ei.feedback.domain.template.FeedbackTemplate;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.problem.NotFoundProblem;
import uk.gov.la.ei.platform.security.Roles;

import java.util.ArrayList;
import java.util.List;

/** The final-feedback templates: data, versioned per inspection type and framework (DOMAIN.md step 7). */
@Path("/api/v1/templates")
@Tag(name = "Feedback templates", description = "Final-feedback templates, one per inspection type and framework, versioned")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SIM, Roles.ATTACHED_INSPECTOR, Roles.CEM, Roles.SENIOR_OFFICER, Roles.GOVERNOR_SERVICES, Roles.OPS})
public class TemplateResource {

    @Inject
    FeedbackTemplates templates;

    public record Summary(String id, int version, boolean latest, String title, String description,
                          List<FeedbackTemplate.Applicability> appliesTo, List<String> judgements) {
    }

    @GET
    @Operation(operationId = "listTemplates", summary = "Every template version: what it applies to and the judgements it records")
    public List<Summary> list() {
        var catalogue = templates.catalogue();
        return catalogue.all().stream().map(t -> new Summary(t.id(), t.version(), catalogue.isLatest(t), t.title(),
                t.description(), t.appliesTo(), t.allJudgements().stream().map(FeedbackTemplate.Judgement::key).toList())).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTemplate", summary = "The latest version of a template, in full")
    public FeedbackTemplate latest(@PathParam("id") String id) {
        return templates.catalogue().latest(id).orElseThrow(() -> new NotFoundProblem("no template " + id));
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(operationId = "getTemplateVersion", summary = "One version of a template, in full (as the records made on it were)")
    public FeedbackTemplate version(@PathParam("id") String id, @PathParam("version") String version) {
        List<Violation> violations = new ArrayList<>();
        Integer n = Ids.optionalNumber("version", version, violations);
        if (!violations.isEmpty() || n == null) {
            throw new InvalidInputException("version", "must be a whole number, was " + version);
        }
        return templates.require(id, n);
    }
}
