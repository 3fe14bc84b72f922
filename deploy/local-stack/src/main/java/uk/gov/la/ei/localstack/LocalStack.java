package uk.gov.la.ei.localstack;

import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.KafkaBroker;
import uk.gov.la.ei.testinfra.Postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

/**
 * The whole system on one machine, without Docker: a real Kafka broker (KRaft, in this JVM), a real
 * PostgreSQL 17 (zonky binaries, data kept in {@code .local/postgres}), an SMTP server that keeps
 * every mail as a file, and the four services as child processes; sample schools loaded, a token
 * per role written, and everything stopped again on Ctrl-C.
 *
 * <p>Run it with {@code deploy/run-local.sh} (which builds first if needed); {@code --help} lists
 * the options.
 */
public final class LocalStack {

    /** Marks a state directory as ours, so {@code --fresh} never deletes a directory it did not make. */
    static final String MARKER = ".local-stack";
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final StackOptions options;
    private final Instant began = Instant.now();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<ServiceProcess> services = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile KafkaBroker kafka;
    private volatile Postgres postgres;
    private volatile MailCatcher mail;
    private volatile boolean stopping;
    private volatile CompletableFuture<Void> infrastructure;
    private Map<String, DevPeople.Person> people;
    private String sampleDataSummary = "not loaded";

    private final Map<String, String> extraServiceEnvironment = new LinkedHashMap<>();
    /** Every running instance by name: the first of a service is named after it, others {@code <service>#2}, … */
    private final Map<String, ServiceProcess> instances = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Integer> restarts = new java.util.concurrent.ConcurrentHashMap<>();

    LocalStack(StackOptions options) {
        this.options = options;
    }

    /**
     * Starts the whole stack inside this JVM for a program that drives it (the end-to-end test, the proof
     * commands) and returns it running: Kafka, PostgreSQL, SMTP, the four services ready, sample data loaded
     * if the options say so. {@code serviceEnvironment} is added to every service's environment (e.g.
     * {@code PLATFORM_CLOCK_ADJUSTABLE=true}). The caller must {@link #stop()} it.
     */
    public static LocalStack startEmbedded(StackOptions options, Map<String, String> serviceEnvironment) throws Exception {
        LocalStack stack = new LocalStack(options);
        stack.extraServiceEnvironment.putAll(serviceEnvironment);
        try {
            stack.start();
        } catch (Exception | Error e) {
            stack.stop();
            throw e;
        }
        return stack;
    }

    public StackOptions options() {
        return options;
    }

    /** {@code localhost:<port>} of the Kafka broker. */
    public String kafkaBootstrapServers() {
        return "localhost:" + options.kafkaPort();
    }

    /** JDBC URL of the stack's database (user {@code postgres}, no password; each service has its own schema). */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + options.postgresPort() + "/" + StackOptions.DATABASE;
    }

    /** {@code http://localhost:<port>} of a service, by name (e.g. {@code "notification-service"}). */
    public String baseUrl(String service) {
        return "http://localhost:" + options.port(service);
    }

    /** A development token for the sample person in {@code role} (see {@link DevPeople#ROLES}). */
    public String token(String role) {
        DevPeople.Person person = people.get(role);
        if (person == null) {
            throw new IllegalArgumentException("no sample person for role " + role + "; roles: " + DevPeople.ROLES);
        }
        return Token.sign(person);
    }

    /** The sample person in {@code role} (name and e-mail address as the services know them). */
    public DevPeople.Person person(String role) {
        return people.get(role);
    }

    /** Where the SMTP server keeps every mail as an {@code .eml} file. */
    public Path mailDir() {
        return options.mailDir();
    }

    public static void main(String[] args) {
        Path cwd = Paths.get("").toAbsolutePath();
        String caller = System.getenv("LOCAL_STACK_CALLER_DIR");
        StackOptions options;
        try {
            Path repository = StackOptions.findRepository(codeLocation(), cwd);
            options = StackOptions.parse(args, System.getenv(), repository,
                    caller == null || caller.isBlank() ? cwd : Paths.get(caller));
        } catch (StackOptions.UsageException e) {
            boolean help = e.getMessage().startsWith("Usage:");
            (help ? System.out : System.err).println(e.getMessage());
            System.exit(help ? 0 : 2);
            return;
        }
        LocalStack stack = new LocalStack(options);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
        try {
            stack.start();
        } catch (Throwable e) { // an Error too: Kafka's threads would otherwise keep this JVM alive
            if (stack.stopping) {
                return; // Ctrl-C during start: the shutdown hook is stopping what did start
            }
            System.err.println();
            System.err.println("The local stack could not start:");
            System.err.println("  " + (e instanceof ServiceProcess.StartFailure || e instanceof StartupProblem
                    ? e.getMessage() : e.toString()).replace("\n", "\n  "));
            if (!(e instanceof ServiceProcess.StartFailure || e instanceof StartupProblem)) {
                e.printStackTrace();
            }
            System.exit(1);
            return;
        }
        stack.printBanner();
        stack.awaitStop();
    }

    void start() throws Exception {
        checkJars();
        // before touching the state directory: --fresh must not delete the data of a stack that is running
        List<String> busy = PortCheck.busy(wantedPorts());
        if (!busy.isEmpty()) {
            throw new StartupProblem(String.join("\n", busy) + "\n"
                    + "Is another local stack (or a PostgreSQL / Kafka of your own) running? Stop it, or choose other "
                    + "ports (deploy/run-local.sh --help).");
        }
        prepareStateDir();
        for (Path dir : List.of(options.logDir(), options.mailDir(), options.tokenDir(), options.publicKeyFile().getParent())) {
            Files.createDirectories(dir);
        }
        InfrastructureLogging.toFile(options.logDir().resolve("infrastructure.log"));
        say("State directory " + options.show(options.stateDir()) + (options.fresh() ? " (fresh)" : ""));

        startInfrastructure();
        writeKeyAndTokens();
        startServices();
        if (options.loadSampleData()) {
            loadSampleData();
        }
    }

    private void checkJars() {
        List<String> missing = new ArrayList<>();
        for (String service : options.services()) {
            Path jar = jar(service);
            if (!Files.isRegularFile(jar)) {
                missing.add(options.show(jar));
            }
        }
        if (!missing.isEmpty()) {
            throw new StartupProblem("Not built yet: " + String.join(", ", missing) + "\n"
                    + "Build first: deploy/run-local.sh --build  (or ./mvnw -B install -DskipTests)");
        }
    }

    private Path jar(String service) {
        return options.repository().resolve(service).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    private void prepareStateDir() throws IOException {
        Path dir = options.stateDir();
        if (options.fresh() && Files.exists(dir)) {
            boolean ours = Files.exists(dir.resolve(MARKER));
            boolean empty;
            try (var entries = Files.list(dir)) {
                empty = entries.findAny().isEmpty();
            }
            if (!ours && !empty) {
                throw new StartupProblem("--fresh would delete " + dir + ", which the local stack did not create "
                        + "(no " + MARKER + " file in it). Delete it yourself if you mean it.");
            }
            deleteRecursively(dir);
            say("Deleted " + options.show(dir) + " (--fresh)");
        }
        Files.createDirectories(dir);
        Path marker = dir.resolve(MARKER);
        if (!Files.exists(marker)) {
            Files.writeString(marker, "State of deploy/run-local.sh (Kafka log, PostgreSQL data, mails, tokens, logs). "
                    + "Safe to delete while the stack is stopped.\n", StandardCharsets.UTF_8);
        }
    }

    private Map<Integer, String> wantedPorts() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(options.kafkaPort(), "Kafka (--kafka-port / LOCAL_KAFKA_PORT)");
        ports.put(options.postgresPort(), "PostgreSQL (--postgres-port / LOCAL_POSTGRES_PORT)");
        ports.put(options.smtpPort(), "SMTP (--smtp-port / LOCAL_SMTP_PORT)");
        for (String service : options.services()) {
            String flag = service.replace("-service", "");
            ports.put(options.port(service), service + " (--" + flag + "-port / LOCAL_"
                    + flag.toUpperCase().replace('-', '_') + "_PORT)");
        }
        return ports;
    }

    /** Kafka and PostgreSQL start side by side (a few seconds each), then SMTP. */
    private void startInfrastructure() throws Exception {
        CompletableFuture<Void> kafkaStarted = CompletableFuture.runAsync(() -> {
            Instant t = Instant.now();
            kafka = KafkaBroker.start(options.kafkaDir(), options.kafkaPort());
            say("Kafka broker ready on " + kafka.bootstrapServers() + " in " + seconds(t) + ": "
                    + (kafka.existingLog() ? "existing topics in " : "new log in ") + options.show(options.kafkaDir()));
        });
        CompletableFuture<Void> postgresStarted = CompletableFuture.runAsync(() -> {
            Instant t = Instant.now();
            try {
                postgres = Postgres.startPersistent(options.postgresDir(), options.postgresPort(),
                        options.logDir().resolve("postgres.log"));
                boolean created = postgres.ensureDatabase(StackOptions.DATABASE);
                say("PostgreSQL 17 ready on localhost:" + postgres.port() + " in " + seconds(t) + ": "
                        + (postgres.existingCluster() ? "existing data in " : "new cluster in ")
                        + options.show(options.postgresDir()) + ", database " + StackOptions.DATABASE
                        + (created ? " created" : " already there"));
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        infrastructure = CompletableFuture.allOf(kafkaStarted.exceptionally(x -> null), postgresStarted.exceptionally(x -> null));
        try {
            CompletableFuture.allOf(kafkaStarted, postgresStarted).join();
        } catch (CompletionException e) {
            // wait for the other one, so that stop() sees everything that did start
            try {
                CompletableFuture.allOf(kafkaStarted.exceptionally(x -> null), postgresStarted.exceptionally(x -> null)).join();
            } catch (CompletionException ignored) {
                // already reported below
            }
            throw new StartupProblem((kafkaStarted.isCompletedExceptionally() ? "Kafka" : "PostgreSQL")
                    + " did not start: " + describe(e.getCause() == null ? e : e.getCause()) + "\n  See " + options.show(options.logDir().resolve("infrastructure.log"))
                    + " and " + options.show(options.logDir().resolve("postgres.log")));
        }
        Instant t = Instant.now();
        mail = MailCatcher.start(options.smtpPort(), options.mailDir(), LocalStack::say);
        say("SMTP server ready on localhost:" + options.smtpPort() + "; every mail is kept in "
                + options.show(options.mailDir()) + " (" + seconds(t) + ")");
    }

    private void writeKeyAndTokens() throws IOException {
        Files.writeString(options.publicKeyFile(), DevJwt.publicKeyPem(), StandardCharsets.UTF_8);
        people = DevPeople.forRoles(options.sampleDataDir());
        Token.writeAll(people, options.tokenDir());
        say("Development tokens (valid " + Token.VALIDITY.toHours() + " h) for " + String.join(", ", people.keySet())
                + " in " + options.show(options.tokenDir()));
    }

    /** All four start at once, then each must report ready within the timeout. */
    private void startServices() throws Exception {
        Map<String, String> env = serviceEnvironment();
        Instant started = Instant.now();
        for (String service : options.services()) {
            Map<String, String> own = new LinkedHashMap<>(env);
            own.put("QUARKUS_HTTP_PORT", String.valueOf(options.port(service)));
            synchronized (services) {
                if (stopping) {
                    throw new StartupProblem("stopped while starting");
                }
                ServiceProcess process = ServiceProcess.start(service, options.port(service), jar(service),
                        options.serviceJavaOptions(), own, options.logDir().resolve(service + ".log"));
                services.add(process);
                instances.put(service, process);
            }
        }
        say("Started " + String.join(", ", options.services()) + "; waiting for /q/health/ready (up to "
                + options.readyTimeout().toSeconds() + " s each)");
        for (ServiceProcess service : snapshot()) {
            Duration remaining = options.readyTimeout().minus(Duration.between(started, Instant.now()));
            service.awaitReady(http, remaining.isNegative() ? Duration.ZERO : remaining);
            say(service.name() + " UP on " + service.baseUrl() + " (ready after "
                    + seconds(started) + "; log " + options.show(service.log()) + ")");
        }
        for (ServiceProcess service : snapshot()) {
            service.onUnexpectedExit(() -> say("WARNING: " + service.name() + " stopped unexpectedly (exit code "
                    + service.exitValue() + "). See " + options.show(service.log())));
        }
    }

    // ---- for the proof commands: more instances, crashes, restarts of the infrastructure ----

    /**
     * Starts one more instance of {@code service} (same schema, same consumer groups) on a free port and
     * waits until it is ready; returns its instance name ({@code <service>#2}, …).
     */
    public String startInstance(String service) throws IOException, InterruptedException {
        if (!options.services().contains(service)) {
            throw new IllegalArgumentException("no service " + service);
        }
        String name;
        synchronized (services) {
            int n = 2;
            while (instances.containsKey(service + "#" + n)) {
                n++;
            }
            name = service + "#" + n;
        }
        int port = PortCheck.freePorts(1)[0];
        launch(name, service, port, name.replace('#', '-') + ".log");
        return name;
    }

    /** The instance names of a service (the first is the service's own name). */
    public List<String> instancesOf(String service) {
        return instances.keySet().stream().filter(n -> n.equals(service) || n.startsWith(service + "#")).sorted().toList();
    }

    /** {@code http://localhost:<port>} of one instance. */
    public String instanceUrl(String instance) {
        return require(instance).baseUrl();
    }

    /** The process id of one instance. */
    public long instancePid(String instance) {
        return require(instance).pid();
    }

    /** SIGKILL of one instance's process (a crash: no shutdown, no clean close of anything). */
    public void killInstance(String instance) throws InterruptedException {
        ServiceProcess process = require(instance);
        process.kill();
        say("  SIGKILL " + instance + " (pid " + process.pid() + "): alive=" + process.alive());
    }

    /** Starts a (killed or stopped) instance again on the same port and waits until it is ready. */
    public void restartInstance(String instance) throws IOException, InterruptedException {
        ServiceProcess old = require(instance);
        if (old.alive()) {
            old.stop(STOP_GRACE);
        }
        int n = restarts.merge(instance, 1, Integer::sum);
        String service = instance.contains("#") ? instance.substring(0, instance.indexOf('#')) : instance;
        launch(instance, service, old.port(), instance.replace('#', '-') + ".restart-" + n + ".log");
    }

    private void launch(String instance, String service, int port, String logName) throws IOException, InterruptedException {
        Map<String, String> env = serviceEnvironment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        ServiceProcess started;
        synchronized (services) {
            if (stopping) {
                throw new StartupProblem("stopping");
            }
            started = ServiceProcess.start(service, port, jar(service), options.serviceJavaOptions(), env,
                    options.logDir().resolve(logName));
            services.add(started);
            instances.put(instance, started);
        }
        Instant t = Instant.now();
        started.awaitReady(http, options.readyTimeout());
        say("  " + instance + " UP on " + started.baseUrl() + " (pid " + started.pid() + ", ready after " + seconds(t) + ")");
    }

    private ServiceProcess require(String instance) {
        ServiceProcess process = instances.get(instance);
        if (process == null) {
            throw new IllegalArgumentException("no instance " + instance + "; instances: " + instances.keySet());
        }
        return process;
    }

    /** Stops the Kafka broker, waits {@code downtime}, starts it again on the same port and log directory. */
    public synchronized void restartKafka(Duration downtime) throws InterruptedException {
        Instant t = Instant.now();
        kafka.close();
        say("  Kafka broker stopped");
        Thread.sleep(downtime.toMillis());
        kafka = KafkaBroker.start(options.kafkaDir(), options.kafkaPort());
        say("  Kafka broker up again on " + kafka.bootstrapServers() + " (" + seconds(t) + " after it stopped)");
    }

    /** Stops PostgreSQL, waits {@code downtime}, starts it again on the same port and data directory. */
    public synchronized void restartPostgres(Duration downtime) {
        Instant t = Instant.now();
        postgres = postgres.restart(downtime);
        say("  PostgreSQL up again on localhost:" + postgres.port() + " (" + seconds(t) + " after it stopped)");
    }

    /** What every service reads (platform's microprofile-config.properties names these variables). */
    Map<String, String> serviceEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + options.kafkaPort());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + options.postgresPort() + "/" + StackOptions.DATABASE);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        // smallrye-jwt reads "file:<path>" from the file system (a bare path would be tried as a file, then the classpath)
        env.put("JWT_PUBLIC_KEY_LOCATION", "file:" + options.publicKeyFile().toAbsolutePath());
        env.put("JWT_ISSUER", DevJwt.ISSUER);
        env.put("JWT_AUDIENCE", DevJwt.AUDIENCE);
        env.put("SMTP_HOST", "localhost");
        env.put("SMTP_PORT", String.valueOf(options.smtpPort()));
        env.putAll(extraServiceEnvironment);
        return env;
    }

    private void loadSampleData() throws InterruptedException {
        ServiceProcess notification = snapshot().get(0);
        say("Loading deploy/sample-data into notification-service (as ops):");
        SampleDataLoader loader = new SampleDataLoader(http, notification.baseUrl(), Token.sign(people.get("ops")),
                options.sampleDataDir(), LocalStack::say);
        int accepted = loader.load();
        sampleDataSummary = accepted + " of " + SampleDataLoader.UPLOADS.size() + " sample-data imports accepted";
        say(sampleDataSummary);
    }

    private List<ServiceProcess> snapshot() {
        synchronized (services) {
            return List.copyOf(services);
        }
    }

    void printBanner() {
        System.out.println(new Banner(options, people, http, sampleDataSummary, Topics.INSPECTION_NOTIFICATIONS)
                .render(seconds(began)));
    }

    void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Services first (they still need Kafka and the database to stop cleanly), then SMTP, Kafka, PostgreSQL. */
    public synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        if (infrastructure == null && snapshot().isEmpty()) {
            stopped.countDown(); // nothing was started
            return;
        }
        say("Stopping the local stack…");
        CompletableFuture<Void> starting = infrastructure;
        if (starting != null) {
            // Ctrl-C while Kafka or PostgreSQL is still starting: let it finish, so it can be stopped
            quietly(() -> starting.orTimeout(90, java.util.concurrent.TimeUnit.SECONDS).join(), "waiting for Kafka and PostgreSQL to start");
        }
        List<ServiceProcess> running = snapshot();
        running.forEach(ServiceProcess::markStopping);
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (ServiceProcess service : running) {
            stops.add(CompletableFuture.runAsync(() -> service.stop(STOP_GRACE)));
        }
        stops.forEach(f -> quietly(f::join, "stopping a service"));
        if (!running.isEmpty()) {
            say("  services stopped");
        }
        MailCatcher smtp = mail;
        if (smtp != null) {
            quietly(smtp::close, "stopping SMTP");
            say("  SMTP stopped");
        }
        if (kafka != null) {
            quietly(kafka::close, "stopping Kafka");
            say("  Kafka stopped");
        }
        if (postgres != null) {
            quietly(postgres::close, "stopping PostgreSQL");
            say("  PostgreSQL stopped (data kept in " + options.show(options.postgresDir()) + ")");
        }
        say("Stopped.");
        stopped.countDown();
    }

    private static void quietly(Runnable action, String what) {
        try {
            action.run();
        } catch (RuntimeException e) {
            System.err.println("  (while " + what + ": " + e + ")");
        }
    }

    /** The messages of an exception and its causes, for a person. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CompletionException || t instanceof UncheckedIOException && t.getCause() != null) {
                continue;
            }
            text.append(text.length() == 0 ? "" : "\n    caused by: ")
                    .append(t.getMessage() == null ? t.getClass().getName() : t.getMessage().strip());
        }
        return text.toString();
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static String seconds(Instant since) {
        return String.format("%.1f s", Duration.between(since, Instant.now()).toMillis() / 1000.0);
    }

    /** Where this class was loaded from: {@code …/target/local-stack.jar} or {@code …/target/classes}. */
    static Path codeLocation() {
        try {
            return Paths.get(LocalStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** A startup problem whose message says what to do. */
    static final class StartupProblem extends RuntimeException {
        StartupProblem(String message) {
            super(message);
        }
    }
}
