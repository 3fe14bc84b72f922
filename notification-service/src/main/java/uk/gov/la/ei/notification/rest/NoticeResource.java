package uk.gov.la.ei.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.contracts.notice.NoticeValidator;
import uk.gov.la.ei.notification.application.AcceptNotice;
import uk.gov.la.ei.notification.application.ConcurrentChange;
import uk.gov.la.ei.notification.application.NoticeRefused;
import uk.gov.la.ei.notification.application.ReceiveNotice;
import uk.gov.la.ei.platform.problem.ConflictProblem;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.security.Roles;

import java.net.URI;
import java.util.UUID;

/** The HTTP alternative of the inbound contract: the same CloudEvent JSON as on Kafka. */
@Path("/api/v1/notices")
@Tag(name = "Notices", description = "Ofsted inspection notices in over HTTP: the same CloudEvent JSON as on Kafka")
public class NoticeResource {

    public static final String CLOUDEVENTS_JSON = "application/cloudevents+json";

    @Inject
    AcceptNotice accept;

    public record NoticeAccepted(UUID inspectionId, ReceiveNotice.Result result) {
    }

    @POST
    @RolesAllowed(Roles.NOTICE_PUBLISHER)
    @Consumes({CLOUDEVENTS_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishNotice", summary = "Publish an Ofsted notice (CloudEvents 1.0, structured mode)",
            description = "Same body as on topic ofsted.inspection-notifications. The same event id twice is one event; "
                    + "the same URN and ofstedReference with a new id updates the inspection.")
    @RequestBody(description = "A CloudEvent of type uk.gov.ofsted.inspection.notified.v1, .rescheduled.v1 or .withdrawn.v1")
    @APIResponse(responseCode = "201", description = "A new inspection was created")
    @APIResponse(responseCode = "200", description = "An existing inspection was updated, or the event was already handled")
    @APIResponse(responseCode = "400", description = "The notice breaks the contract; the problem names the field")
    @APIResponse(responseCode = "409", description = "A withdrawal of an inspection never notified, or a change of the same"
            + " inspection at the same time (send it again)")
    public Response publish(String body) {
        NoticeValidator.Result result = accept.validate(body);
        if (result instanceof NoticeValidator.Rejected rejected) {
            throw new InvalidInputException(rejected.violations());
        }
        ReceiveNotice.Outcome outcome;
        try {
            outcome = ConcurrentChange.asConflict("the inspection", () -> accept.act((NoticeValidator.Accepted) result));
        } catch (NoticeRefused e) {
            throw new ConflictProblem(e.getMessage());
        }
        NoticeAccepted entity = new NoticeAccepted(outcome.inspectionId(), outcome.result());
        if (outcome.result() == ReceiveNotice.Result.CREATED) {
            return Response.created(URI.create("/api/v1/inspections/" + outcome.inspectionId())).entity(entity).build();
        }
        return Response.ok(entity).build();
    }
}
