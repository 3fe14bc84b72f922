package uk.gov.la.ei.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.gov.la.ei.platform.problem.PayloadTooLargeProblem;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Request bodies are limited per endpoint: a JSON request is small, a CSV import may be large. A body
 * over its endpoint's limit is refused with 413 naming {@code body} before anything reads it. (The
 * HTTP server's own {@code quarkus.http.limits.max-body-size} stays the outer bound, also for bodies
 * sent without a length.)
 */
public class BodyLimits {

    @ConfigProperty(name = "platform.http.max-body", defaultValue = "256K")
    MemorySize maxBody;
    @ConfigProperty(name = "platform.http.max-large-body", defaultValue = "128M")
    MemorySize maxLargeBody;

    @ServerRequestFilter
    public Optional<Response> limit(ContainerRequestContext request, ResourceInfo resource) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || length.isBlank()) {
            return Optional.empty();
        }
        long size;
        try {
            size = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Method method = resource.getResourceMethod();
        boolean large = method != null && (method.isAnnotationPresent(LargeBody.class)
                || method.getDeclaringClass().isAnnotationPresent(LargeBody.class));
        long limit = (large ? maxLargeBody : maxBody).asLongValue();
        if (size > limit) {
            throw new PayloadTooLargeProblem("body", "the request body is " + size + " bytes; this endpoint takes at most "
                    + limit + " bytes");
        }
        return Optional.empty();
    }
}
