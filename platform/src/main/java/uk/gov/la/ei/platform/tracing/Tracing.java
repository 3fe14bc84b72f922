package uk.gov.la.ei.platform.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One trace from an Ofsted notice to the last downstream step: W3C trace context ({@code traceparent})
 * is read from incoming HTTP requests and Kafka records, carried through the transactional outbox (the
 * outbox row keeps the writing span's context) and written on every relayed record. Spans are exported
 * over OTLP/HTTP when {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT} is set (e.g.
 * {@code http://otel-collector:4318/v1/traces}), and are not exported otherwise – the context still
 * travels, so the trace id on the records ties the steps together.
 */
@ApplicationScoped
public class Tracing {

    public static final String TRACEPARENT = "traceparent";
    private static final Logger LOG = Logger.getLogger(Tracing.class);

    private final OpenTelemetry openTelemetry;
    private final SdkTracerProvider provider;
    private final Tracer tracer;

    public Tracing(@ConfigProperty(name = "quarkus.application.name", defaultValue = "inspection-support") String service,
                   @ConfigProperty(name = "platform.tracing.otlp-endpoint") Optional<String> endpoint) {
        SdkTracerProviderBuilder builder = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(
                        Attributes.of(AttributeKey.stringKey("service.name"), service))));
        endpoint.filter(e -> !e.isBlank()).ifPresent(e -> {
            builder.addSpanProcessor(BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder().setEndpoint(e).build()).build());
            LOG.infof("exporting traces over OTLP to %s", e);
        });
        provider = builder.build();
        openTelemetry = OpenTelemetrySdk.builder()
                .setTracerProvider(provider)
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build();
        tracer = openTelemetry.getTracer("uk.gov.la.ei.platform");
    }

    void onStop(@Observes ShutdownEvent event) {
        provider.close();
    }

    /** Starts a span whose parent is the W3C {@code traceparent} given (a new trace if there is none). */
    public Span start(String name, SpanKind kind, String traceparent) {
        Context parent = traceparent == null ? Context.root()
                : openTelemetry.getPropagators().getTextMapPropagator().extract(Context.root(),
                Map.of(TRACEPARENT, traceparent), MAP_GETTER);
        return tracer.spanBuilder(name).setSpanKind(kind).setParent(parent).startSpan();
    }

    /**
     * The {@code traceparent} of the work in progress: the span current on this thread (a consumer's), or
     * the HTTP request's server span; null outside both.
     */
    public String currentTraceparent() {
        Span current = Span.current();
        if (current.getSpanContext().isValid()) {
            return traceparent(current);
        }
        var requests = io.quarkus.arc.Arc.container().requestContext();
        if (requests.isActive()) {
            Span request = io.quarkus.arc.Arc.container().instance(RequestTrace.class).get().span();
            return request == null ? null : traceparent(request);
        }
        return null;
    }

    /** The W3C {@code traceparent} of a span, to carry it on. */
    public static String traceparent(Span span) {
        SpanContext c = span.getSpanContext();
        if (!c.isValid()) {
            return null;
        }
        return "00-" + c.getTraceId() + "-" + c.getSpanId() + "-" + c.getTraceFlags().asHex();
    }

    /** The trace id of a {@code traceparent} header value, or null. */
    public static String traceIdOf(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        String[] parts = traceparent.split("-");
        return parts.length == 4 ? parts[1] : null;
    }

    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    /** Runs {@code work} in a span (current on this thread), recording a failure on it. */
    public <T> T inSpan(String name, SpanKind kind, String traceparent, Function<Span, T> work) {
        Span span = start(name, kind, traceparent);
        try (var scope = span.makeCurrent()) {
            return work.apply(span);
        } catch (RuntimeException | Error e) {
            span.recordException(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
