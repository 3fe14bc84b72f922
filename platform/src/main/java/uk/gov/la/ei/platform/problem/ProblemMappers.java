package uk.gov.la.ei.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import uk.gov.la.ei.platform.failure.FailureClassifier;
import uk.gov.la.ei.platform.failure.FailureKind;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/** Every error leaves as RFC 9457 application/problem+json, naming the field where there is one. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_BASE = "https://inspection-support.example/problems/";

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        return respond(400, "invalid-input", "Invalid input", e.getMessage(), uri, errors, e.total());
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(400, "invalid-input", "Invalid input", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = "body";
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = FailureClassifier.jsonPath(m);
        }
        String detail = field + ": " + e.getOriginalMessage();
        return respond(400, "invalid-input", "Unreadable request body", detail, uri,
                List.of(new Problem.FieldError(field, e.getOriginalMessage())));
    }

    /** Quarkus has its own mappers for these two; the same type here wins and keeps the answer a problem. */
    @ServerExceptionMapper
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response malformed(com.fasterxml.jackson.core.JsonParseException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri) {
        return respond(404, "not-found", "Not found", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictProblem e, UriInfo uri) {
        return respond(409, "conflict", "Conflict with the current state", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenProblem e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", e.getMessage(), uri, List.of());
    }

    /** The caller's token is fine but its roles do not include one the endpoint allows. */
    @ServerExceptionMapper
    public Response roleNotAllowed(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(403, "role-not-allowed", "Forbidden", "none of your roles may use this endpoint", uri, List.of());
    }

    @ServerExceptionMapper
    public Response unauthenticated(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return respond(401, "unauthenticated", "Unauthorized", "a valid bearer token is required", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(status, "http-" + status, title, e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response tooLarge(PayloadTooLargeProblem e, UriInfo uri) {
        return respond(413, "payload-too-large", "Payload too large", e.getMessage(), uri,
                e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }

    /**
     * What escaped the use case: a refusal or a conflict raised at commit (wrapped by the transaction), the
     * database away, or a bug. Only the last is a 500.
     */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid(invalid, uri);
            }
            if (t instanceof ConstraintViolationException violation) {
                return constraint(violation, uri);
            }
            if (t instanceof PayloadTooLargeProblem large) {
                return tooLarge(large, uri);
            }
            if (t instanceof ConflictProblem c) {
                return conflict(c, uri);
            }
        }
        if (isConcurrentUpdate(e)) {
            return respond(409, "conflict", "Conflict with the current state",
                    "someone else changed this record at the same time; read it again and retry", uri, List.of());
        }
        if (FailureClassifier.classify(e) == FailureKind.TRANSIENT) {
            LOG.warnf("unavailable on %s: %s", uri == null ? "?" : uri.getPath(), FailureClassifier.describe(e));
            return Response.fromResponse(respond(503, "unavailable", "Service unavailable",
                    "a resource this service needs (database or broker) is not available; retry shortly", uri, List.of()))
                    .header("Retry-After", "5").build();
        }
        LOG.errorf(e, "unexpected error on %s", uri == null ? "?" : uri.getPath());
        return respond(500, "internal-error", "Internal error",
                "The request could not be completed; it has been logged.", uri, List.of());
    }

    private static boolean isConcurrentUpdate(Throwable e) {
        return FailureClassifier.isConcurrentChange(e);
    }

    static Response respond(int status, String type, String title, String detail, UriInfo uri,
                            List<Problem.FieldError> errors) {
        return respond(status, type, title, detail, uri, errors, errors.size());
    }

    static Response respond(int status, String type, String title, String detail, UriInfo uri,
                            List<Problem.FieldError> errors, long total) {
        List<Problem.FieldError> listed = errors.size() > Problem.MAX_LISTED_ERRORS
                ? errors.subList(0, Problem.MAX_LISTED_ERRORS) : errors;
        String shownDetail = detail != null && detail.length() > 4000 ? detail.substring(0, 4000) + "…" : detail;
        Problem problem = new Problem(URI.create(TYPE_BASE + type), title, status, shownDetail,
                uri == null ? null : uri.getPath(), listed, errors.isEmpty() ? null : (int) Math.min(Integer.MAX_VALUE, total));
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // "acknowledge.request.contactedAt" -> "contactedAt": drop the method and parameter names
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }
}
