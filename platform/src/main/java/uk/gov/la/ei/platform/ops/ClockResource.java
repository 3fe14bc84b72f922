package uk.gov.la.ei.platform.ops;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.la.ei.platform.problem.ConflictProblem;
import uk.gov.la.ei.platform.problem.InvalidInputException;
import uk.gov.la.ei.platform.security.Roles;
import uk.gov.la.ei.platform.time.MutableClock;

import java.time.Clock;
import java.time.Instant;

/**
 * For simulations only (the simulated school year): read and set the service's clock. Refused unless
 * the service was started with {@code platform.clock.adjustable=true}, which production never is.
 */
@Path("/api/v1/ops/clock")
@Tag(name = OutboxStatusResource.TAG, description = OutboxStatusResource.TAG_DESCRIPTION)
@RolesAllowed(Roles.OPS)
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

    @Inject
    Clock clock;

    public record ClockReading(Instant now, boolean adjustable) {
    }

    public record SetClock(Instant now) {
    }

    @GET
    @Operation(operationId = "readClock", summary = "The service's current time, and whether it can be moved")
    public ClockReading read() {
        return new ClockReading(clock.instant(), clock instanceof MutableClock);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setClock", summary = "Move the clock (simulations only; refused in production)")
    public ClockReading set(SetClock request) {
        if (!(clock instanceof MutableClock mutable)) {
            throw new ConflictProblem("this service's clock is the system clock (platform.clock.adjustable is off)");
        }
        if (request == null || request.now() == null) {
            throw new InvalidInputException("now", "is required: the instant the clock should read");
        }
        mutable.set(request.now());
        return read();
    }
}
