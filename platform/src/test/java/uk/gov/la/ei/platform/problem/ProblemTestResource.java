package uk.gov.la.ei.platform.problem;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;

/** Endpoints that fail on purpose, for the chassis's error tests only (src/test). */
@Path("/test/problems")
@RolesAllowed("ops")
public class ProblemTestResource {

    public record Sample(@NotBlank @Pattern(regexp = "[0-9]{6,7}") String urn, LocalDate startDate) {
    }

    @GET
    @Path("/invalid")
    public String invalid() {
        throw new InvalidInputException("data.urn", "must be 6 or 7 digits");
    }

    @GET
    @Path("/missing")
    public String missing() {
        throw new NotFoundProblem("no inspection 42");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public String accept(@Valid Sample sample) {
        return sample.urn();
    }

    /** Many broken rules at once: the problem lists the first 100 and counts them all. */
    @GET
    @Path("/many")
    public String many() {
        throw new InvalidInputException(java.util.stream.IntStream.range(0, 250)
                .mapToObj(i -> new uk.gov.la.ei.contracts.notice.Violation("rows[" + i + "]", "bad")).toList());
    }

    /** A concurrent update detected at commit, as Hibernate reports it. */
    @GET
    @Path("/concurrent")
    public String concurrent() {
        throw new jakarta.persistence.RollbackException("commit failed",
                new jakarta.persistence.OptimisticLockException("row was updated or deleted by another transaction"));
    }

    @POST
    @Path("/large")
    @Consumes(MediaType.TEXT_PLAIN)
    @uk.gov.la.ei.platform.http.LargeBody
    public String large(String body) {
        return String.valueOf(body.length());
    }

    @jakarta.inject.Inject
    uk.gov.la.ei.platform.outbox.Outbox outbox;

    /** Writes an event about a school, as a use case would. */
    @POST
    @Path("/publish/{urn}")
    @jakarta.transaction.Transactional
    public String publish(@jakarta.ws.rs.PathParam("urn") String urn) {
        return outbox.publish(new uk.gov.la.ei.contracts.events.AcknowledgementOverdue(java.util.UUID.randomUUID(), urn,
                java.time.Instant.now(), null)).toString();
    }

    @POST
    @Path("/small")
    @Consumes(MediaType.TEXT_PLAIN)
    public String small(String body) {
        return String.valueOf(body.length());
    }
}
