package uk.gov.la.ei.platform.ops;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.platform.outbox.OutboxMessage;
import uk.gov.la.ei.platform.security.Roles;

import java.time.Instant;

/** For operations: is anything stuck in this service's outbox, and why. */
@Path("/api/v1/ops/outbox")
@Tag(name = "Operations")
@RolesAllowed(Roles.OPS)
@Produces(MediaType.APPLICATION_JSON)
public class OutboxStatusResource {

    public record OutboxStatus(long pending, Instant oldestPendingSince, int attemptsOnOldest, String lastError) {
    }

    @GET
    @Operation(summary = "Events waiting to be relayed to Kafka, and the last failure if the oldest is stuck")
    public OutboxStatus status() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage oldest = OutboxMessage.<OutboxMessage>find("sentAt is null order by id").firstResult();
            return new OutboxStatus(OutboxMessage.pendingCount(),
                    oldest == null ? null : oldest.createdAt,
                    oldest == null ? 0 : oldest.attempts,
                    oldest == null ? null : oldest.lastError);
        });
    }
}
