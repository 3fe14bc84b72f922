package uk.gov.la.ei.supporttracking.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.gov.la.ei.platform.problem.ProblemMappers;

/**
 * Quarkus REST wraps a body that is not JSON (truncated, a syntax error) in a plain 400 WebApplicationException,
 * which the platform's mapper answers without naming the field. Unwrapped here, it is the platform's own
 * "unreadable request body" problem naming {@code body} (or the JSON path); every other WebApplicationException
 * is answered exactly as the platform answers it. (Reported to the platform owner: the same mapping belongs there.)
 */
public class UnreadableBodies {

    private final ProblemMappers platform = new ProblemMappers();

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response map(WebApplicationException e, UriInfo uri) {
        if (e.getResponse() != null && e.getResponse().getStatus() == 400 && e.getCause() instanceof JsonProcessingException json) {
            return platform.unreadable(json, uri);
        }
        return platform.web(e, uri);
    }
}
