package uk.gov.la.ei.notification.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.gov.la.ei.notification.application.FileRefused;
import uk.gov.la.ei.platform.problem.Problem;

import java.net.URI;
import java.util.List;

/**
 * A refused import as the platform's 400 problem, with {@code errorCount} the number of problems in the
 * file (the platform's own mapper can only count those listed).
 */
public class FileRefusedMapper {

    @ServerExceptionMapper
    public Response refused(FileRefused e, UriInfo uri) {
        List<Problem.FieldError> errors = e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        String detail = e.problems() + " problem(s) in the file"
                + (e.problems() > errors.size() ? "; the first " + errors.size() + " are listed" : "")
                + ": " + errors.stream().limit(3).map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse("")
                + (errors.size() > 3 ? "; …" : "");
        Problem problem = new Problem(URI.create("https://inspection-support.example/problems/invalid-input"), "Invalid input",
                400, detail, uri == null ? null : uri.getPath(), errors, (int) Math.min(Integer.MAX_VALUE, e.problems()));
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
