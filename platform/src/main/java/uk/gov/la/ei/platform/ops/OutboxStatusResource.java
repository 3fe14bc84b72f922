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
import uk.gov.la.ei.platform.outbox.OutboxMessage;
import uk.gov.la.ei.platform.outbox.OutboxRelay;
import uk.gov.la.ei.platform.problem.NotFoundProblem;
import uk.gov.la.ei.platform.security.Roles;

import java.time.Instant;
import java.util.List;

/** For operations: is anything stuck in this service's outbox, what is parked and why; re-queue after a fix. */
@Path("/api/v1/ops/outbox")
@Tag(name = OutboxStatusResource.TAG, description = OutboxStatusResource.TAG_DESCRIPTION)
@RolesAllowed(Roles.OPS)
@Produces(MediaType.APPLICATION_JSON)
public class OutboxStatusResource {

    /** The OpenAPI tag of every operations resource (outbox, mail, clock): one name, one description. */
    public static final String TAG = "Operations";
    public static final String TAG_DESCRIPTION = "For operations: the outbox and mail queue (stuck, parked, failed; re-queue after a fix) and the simulation clock";

    static final int LISTED = 100;

    @Inject
    OutboxRelay relay;

    public record OutboxStatus(long pending, Instant oldestPendingSince, int attemptsOnOldest, String lastError,
                               long parked, List<ParkedMessage> parkedMessages) {
    }

    public record ParkedMessage(long id, String eventId, String eventType, String topic, String recordKey,
                                Instant createdAt, Instant parkedAt, int attempts, String reason) {
    }

    public record Requeued(int requeued) {
    }

    @GET
    @Operation(operationId = "outboxStatus",
            summary = "Events waiting to be relayed to Kafka, the last failure if the oldest is stuck, and the parked ones (first 100)")
    public OutboxStatus status() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage oldest = OutboxMessage.<OutboxMessage>find("sentAt is null and parkedAt is null order by id").firstResult();
            List<ParkedMessage> parked = OutboxMessage.parked(LISTED).stream()
                    .map(m -> new ParkedMessage(m.id, m.eventId.toString(), m.eventType, m.topic, m.recordKey, m.createdAt,
                            m.parkedAt, m.attempts, m.parkReason))
                    .toList();
            return new OutboxStatus(OutboxMessage.pendingCount(),
                    oldest == null ? null : oldest.createdAt,
                    oldest == null ? 0 : oldest.attempts,
                    oldest == null ? null : oldest.lastError,
                    OutboxMessage.parkedCount(), parked);
        });
    }

    @POST
    @Path("/parked/{id}/requeue")
    @Operation(operationId = "requeueParkedEvent", summary = "Put one parked event back in line (after fixing the cause)")
    public Requeued requeue(@PathParam("id") long id) {
        int n = relay.requeue(id);
        if (n == 0) {
            throw new NotFoundProblem("no parked outbox message " + id);
        }
        return new Requeued(n);
    }

    @POST
    @Path("/parked/requeue")
    @Operation(operationId = "requeueAllParkedEvents", summary = "Put every parked event back in line (after fixing the cause)")
    public Requeued requeueAll() {
        return new Requeued(relay.requeue(null));
    }
}
