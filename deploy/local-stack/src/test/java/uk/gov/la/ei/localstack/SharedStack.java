package uk.gov.la.ei.localstack;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import uk.gov.la.ei.localstack.proof.StackClient;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * ONE embedded local stack per test JVM, shared by every test class that says
 * {@code @ExtendWith(SharedStack.class)} (the end-to-end test, the hostile-input corpus): started lazily on
 * first use – Kafka, PostgreSQL, SMTP and the four packaged services on free ports, sample data loaded, state in
 * {@code target/e2e-stack} (fresh each run) – and stopped when JUnit closes its root store at the end of the
 * run (a shutdown hook too, should the JVM be told to stop first).
 *
 * <p>Test methods and constructors may take a {@link LocalStack} or a {@link StackClient} parameter; or call
 * {@link #stack()} / {@link #client()}. If the stack cannot start, every test that uses it fails with the
 * same reason (it is not retried).
 *
 * <p>The services are the jars {@code <service>/target/quarkus-app/quarkus-run.jar}: {@code ./mvnw verify}
 * packages them before this module's tests run.
 */
public final class SharedStack implements BeforeAllCallback, ParameterResolver {

    /** Environment given to every service of the shared stack. */
    public static final Map<String, String> SERVICE_ENVIRONMENT = Map.of();

    /** How long the services may take to be ready ({@code -Dlocal-stack.ready-timeout=SECONDS}). */
    static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("local-stack.ready-timeout", 480));

    private static final Object LOCK = new Object();
    private static volatile Running running;
    private static volatile Throwable failure;

    /** The stack and a client over it, closed together. */
    private record Running(LocalStack stack, StackClient client, Duration startTime)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            synchronized (LOCK) {
                if (running == this) {
                    running = null;
                }
            }
            try {
                client.close();
            } finally {
                stack.stop();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start(context.getRoot());
    }

    /** The running stack (starting it if this is the first use in this JVM). */
    public static LocalStack stack() {
        return start(null).stack();
    }

    /** A client over the running stack. */
    public static StackClient client() {
        return start(null).client();
    }

    /** How long the shared stack took to start. */
    public static Duration startTime() {
        return start(null).startTime();
    }

    private static Running start(ExtensionContext root) {
        synchronized (LOCK) {
            if (failure != null) {
                throw new IllegalStateException("the shared local stack could not start (see the first failure): "
                        + LocalStack.describe(failure), failure);
            }
            if (running == null) {
                Instant began = Instant.now();
                try {
                    Path repository = StackOptions.findRepository(LocalStack.codeLocation(), Paths.get("").toAbsolutePath());
                    Path stateDir = repository.resolve("deploy").resolve("local-stack").resolve("target").resolve("e2e-stack");
                    StackOptions o = StackOptions.embedded(repository, stateDir);
                    // four JVMs starting at once on 2 cores shared with a build took 206 s to be ready: allow twice that
                    o = new StackOptions(o.repository(), o.stateDir(), o.callerDir(), o.fresh(), o.loadSampleData(), o.kafkaPort(),
                            o.postgresPort(), o.smtpPort(), o.servicePorts(), READY_TIMEOUT, o.serviceJavaOptions());
                    LocalStack stack = LocalStack.startEmbedded(o, SERVICE_ENVIRONMENT);
                    Running r = new Running(stack, new StackClient(stack), Duration.between(began, Instant.now()));
                    running = r;
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        if (running == r) {
                            r.close();
                        }
                    }, "shared-stack-shutdown"));
                    System.out.printf("Shared local stack started in %.1f s (state in %s)%n",
                            r.startTime().toMillis() / 1000.0, stateDir);
                } catch (Exception | Error e) {
                    failure = e;
                    throw new IllegalStateException("the shared local stack could not start: " + LocalStack.describe(e), e);
                }
            }
            if (root != null) {
                // stopped when the root store closes, i.e. at the end of the whole test run in this JVM
                root.getStore(ExtensionContext.Namespace.create(SharedStack.class))
                        .getOrComputeIfAbsent(Running.class, k -> running, Running.class);
            }
            return running;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalStack.class || type == StackClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        start(extension.getRoot());
        return parameter.getParameter().getType() == LocalStack.class ? stack() : client();
    }
}
