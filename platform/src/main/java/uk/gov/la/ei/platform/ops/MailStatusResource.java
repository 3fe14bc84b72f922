package uk.gov.la.ei.platform.ops;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.platform.mail.MailQueue;
import uk.gov.la.ei.platform.mail.OutgoingMail;
import uk.gov.la.ei.platform.problem.NotFoundProblem;
import uk.gov.la.ei.platform.security.Roles;

import java.time.Instant;
import java.util.List;

/** For operations: mail waiting, and mail that FAILED (with the SMTP reply); re-send after a fix. */
@Path("/api/v1/ops/mail")
@Tag(name = OutboxStatusResource.TAG, description = OutboxStatusResource.TAG_DESCRIPTION)
@RolesAllowed(Roles.OPS)
@Produces(MediaType.APPLICATION_JSON)
public class MailStatusResource {

    @Inject
    MailQueue queue;

    public record MailStatus(long pending, long failed, List<FailedMail> failedMails) {
    }

    public record FailedMail(long id, String recipient, String subject, String reference, Instant createdAt,
                             int attempts, String smtpReply) {
    }

    public record Resent(int resent) {
    }

    @GET
    @Operation(operationId = "mailStatus", summary = "Mails waiting, and the mails that failed (first 100) with the SMTP reply")
    public MailStatus status() {
        return QuarkusTransaction.requiringNew().call(() -> new MailStatus(
                OutgoingMail.countWith(OutgoingMail.Status.PENDING),
                OutgoingMail.countWith(OutgoingMail.Status.FAILED),
                OutgoingMail.<OutgoingMail>find("status = ?1 order by id", OutgoingMail.Status.FAILED)
                        .page(0, OutboxStatusResource.LISTED).list().stream()
                        .map(m -> new FailedMail(m.id, m.recipient, m.subject, m.reference, m.createdAt, m.attempts, m.lastError))
                        .toList()));
    }

    @POST
    @Path("/failed/{id}/resend")
    @Operation(operationId = "resendFailedMail", summary = "Send one failed mail again (after fixing the address or the relay)")
    public Resent resend(@PathParam("id") long id) {
        int n = queue.resend(id);
        if (n == 0) {
            throw new NotFoundProblem("no failed mail " + id);
        }
        return new Resent(n);
    }

    @POST
    @Path("/failed/resend")
    @Operation(operationId = "resendAllFailedMail", summary = "Send every failed mail again")
    public Resent resendAll() {
        return new Resent(queue.resend(null));
    }
}
