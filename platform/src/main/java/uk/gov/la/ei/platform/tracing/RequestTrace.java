package uk.gov.la.ei.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The server span of an HTTP request, continuing the caller's {@code traceparent} if it sent one. Kept in
 * the request scope (the resource may run on another thread than the filters), where the outbox finds
 * it when the request writes an event.
 */
@RequestScoped
public class RequestTrace {

    private Span span;

    public Span span() {
        return span;
    }

    void begin(Span span) {
        this.span = span;
    }

    /** The filters that open and close the span. */
    public static class Filters {

        @Inject
        Tracing tracing;
        @Inject
        RequestTrace trace;

        @ServerRequestFilter(preMatching = true)
        public void open(ContainerRequestContext request) {
            trace.begin(tracing.start(request.getMethod() + " " + request.getUriInfo().getPath(), SpanKind.SERVER,
                    request.getHeaderString(Tracing.TRACEPARENT)));
        }

        @ServerResponseFilter
        public void close(ContainerResponseContext response) {
            Span span = trace.span();
            if (span != null) {
                span.setAttribute("http.response.status_code", response.getStatus());
                if (response.getStatus() >= 500) {
                    span.setStatus(StatusCode.ERROR);
                }
                response.getHeaders().putSingle(Tracing.TRACEPARENT, Tracing.traceparent(span));
                span.end();
            }
        }
    }
}
