package uk.gov.la.ei.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the local stack is told on its command line or in its environment. A flag wins over the
 * environment variable, which wins over the default.
 *
 * @param repository     the repository root (the services' jars and the sample data are found there)
 * @param stateDir       where everything the stack keeps lives ({@code .local/})
 * @param callerDir      the directory the user ran the command from, to print paths they can paste
 * @param fresh          delete {@code stateDir} first
 * @param loadSampleData import {@code deploy/sample-data} into notification-service
 * @param kafkaPort      Kafka broker (PLAINTEXT listener)
 * @param postgresPort   PostgreSQL
 * @param smtpPort       the in-JVM SMTP server
 * @param servicePorts   HTTP port of each service, by name
 * @param readyTimeout   how long a service may take to report ready
 * @param serviceJavaOptions JVM options of each service process
 */
public record StackOptions(
        Path repository,
        Path stateDir,
        Path callerDir,
        boolean fresh,
        boolean loadSampleData,
        int kafkaPort,
        int postgresPort,
        int smtpPort,
        Map<String, Integer> servicePorts,
        Duration readyTimeout,
        List<String> serviceJavaOptions) {

    public static final String DATABASE = "inspection_support";

    /** On 2 cores four JVMs start at once: C1 only and the serial collector start faster and use less memory. */
    static final String DEFAULT_SERVICE_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m";

    public Path kafkaDir() {
        return stateDir.resolve("kafka");
    }

    public Path postgresDir() {
        return stateDir.resolve("postgres");
    }

    public Path mailDir() {
        return stateDir.resolve("mail");
    }

    public Path logDir() {
        return stateDir.resolve("logs");
    }

    public Path tokenDir() {
        return stateDir.resolve("tokens");
    }

    public Path publicKeyFile() {
        return stateDir.resolve("dev-jwt").resolve("public-key.pem");
    }

    public Path sampleDataDir() {
        return repository.resolve("deploy").resolve("sample-data");
    }

    /** The services in start order (notification-service first: it is the one the others hear from). */
    public List<String> services() {
        return List.of("notification-service", "support-tracking-service", "feedback-service", "wellbeing-service");
    }

    public int port(String service) {
        return servicePorts.get(service);
    }

    /**
     * For a program that embeds the stack (the end-to-end test, the proof commands): every port a free one
     * the operating system gave out a moment ago, the state in {@code stateDir} (fresh), the sample data
     * loaded, the default service JVM options.
     */
    public static StackOptions embedded(Path repository, Path stateDir) {
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        int[] ports = PortCheck.freePorts(7);
        List<String> names = List.of("notification-service", "support-tracking-service", "feedback-service", "wellbeing-service");
        for (int i = 0; i < names.size(); i++) {
            servicePorts.put(names.get(i), ports[3 + i]);
        }
        List<String> javaOptions = List.of(DEFAULT_SERVICE_JAVA_OPTIONS.split("\\s+"));
        return new StackOptions(repository.toAbsolutePath().normalize(), stateDir.toAbsolutePath().normalize(),
                repository.toAbsolutePath().normalize(), true, true, ports[0], ports[1], ports[2],
                Map.copyOf(servicePorts), Duration.ofSeconds(480), javaOptions);
    }

    /** A path as the user can type it from where they ran the command: relative if below it. */
    public String show(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path caller = callerDir.toAbsolutePath().normalize();
        if (absolute.startsWith(caller) && !absolute.equals(caller)) {
            return caller.relativize(absolute).toString();
        }
        return absolute.toString();
    }

    /** Thrown for a command line the stack cannot use; the message is meant for the user. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    public static final String USAGE = """
            Usage: deploy/run-local.sh [--build] [options]

              --build                    rebuild everything first (run-local.sh only)
              --fresh                    delete the state directory (data, topics, mails, tokens, logs) first
              --no-sample-data           do not import deploy/sample-data into notification-service
              --dir PATH                 state directory                     (LOCAL_STACK_DIR,   default .local)
              --kafka-port N             Kafka broker                        (LOCAL_KAFKA_PORT,    default 9092)
              --postgres-port N          PostgreSQL                          (LOCAL_POSTGRES_PORT, default 5432)
              --smtp-port N              SMTP server that keeps the mails    (LOCAL_SMTP_PORT,     default 2525)
              --notification-port N      notification-service                (LOCAL_NOTIFICATION_PORT,     default 8081)
              --support-tracking-port N  support-tracking-service            (LOCAL_SUPPORT_TRACKING_PORT, default 8082)
              --feedback-port N          feedback-service                    (LOCAL_FEEDBACK_PORT,         default 8083)
              --wellbeing-port N         wellbeing-service                   (LOCAL_WELLBEING_PORT,        default 8084)
              --ready-timeout SECONDS    how long each service may take to become ready (LOCAL_READY_TIMEOUT, default 90)
              --help                     this text

            Service JVM options: LOCAL_SERVICE_JAVA_OPTS (default "%s").
            Ctrl-C stops everything.
            """.formatted(DEFAULT_SERVICE_JAVA_OPTIONS);

    /** Reads the command line, falling back on the environment and the defaults. */
    public static StackOptions parse(String[] args, Map<String, String> env, Path repository, Path callerDir) {
        Function<String, String> envOr = name -> {
            String value = env.get(name);
            return value == null || value.isBlank() ? null : value.trim();
        };
        Map<String, String> flags = new LinkedHashMap<>();
        boolean fresh = false;
        boolean sampleData = true;
        List<String> valued = List.of("--dir", "--kafka-port", "--postgres-port", "--smtp-port", "--notification-port",
                "--support-tracking-port", "--feedback-port", "--wellbeing-port", "--ready-timeout");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--fresh" -> fresh = true;
                case "--no-sample-data" -> sampleData = false;
                case "--help", "-h" -> throw new UsageException(USAGE);
                default -> {
                    if (!valued.contains(arg)) {
                        throw new UsageException("Unknown option " + args[i] + "\n\n" + USAGE);
                    }
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException(arg + " needs a value\n\n" + USAGE);
                        }
                        value = args[++i];
                    }
                    flags.put(arg, value);
                }
            }
        }
        String dir = flags.getOrDefault("--dir", envOr.apply("LOCAL_STACK_DIR"));
        Path stateDir = dir == null ? repository.resolve(".local") : callerDir.resolve(dir);

        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        servicePorts.put("notification-service", port(flags, envOr, "--notification-port", "LOCAL_NOTIFICATION_PORT", 8081));
        servicePorts.put("support-tracking-service", port(flags, envOr, "--support-tracking-port", "LOCAL_SUPPORT_TRACKING_PORT", 8082));
        servicePorts.put("feedback-service", port(flags, envOr, "--feedback-port", "LOCAL_FEEDBACK_PORT", 8083));
        servicePorts.put("wellbeing-service", port(flags, envOr, "--wellbeing-port", "LOCAL_WELLBEING_PORT", 8084));

        String timeout = flags.getOrDefault("--ready-timeout", envOr.apply("LOCAL_READY_TIMEOUT"));
        Duration readyTimeout = Duration.ofSeconds(timeout == null ? 90 : number("--ready-timeout", timeout));

        String javaOpts = envOr.apply("LOCAL_SERVICE_JAVA_OPTS");
        List<String> serviceJavaOptions = new ArrayList<>();
        for (String option : (javaOpts == null ? DEFAULT_SERVICE_JAVA_OPTIONS : javaOpts).split("\\s+")) {
            if (!option.isBlank()) {
                serviceJavaOptions.add(option);
            }
        }

        StackOptions options = new StackOptions(repository.toAbsolutePath().normalize(), stateDir.toAbsolutePath().normalize(),
                callerDir.toAbsolutePath().normalize(), fresh, sampleData,
                port(flags, envOr, "--kafka-port", "LOCAL_KAFKA_PORT", 9092),
                port(flags, envOr, "--postgres-port", "LOCAL_POSTGRES_PORT", 5432),
                port(flags, envOr, "--smtp-port", "LOCAL_SMTP_PORT", 2525),
                Map.copyOf(servicePorts), readyTimeout, List.copyOf(serviceJavaOptions));
        options.checkDistinctPorts();
        return options;
    }

    private void checkDistinctPorts() {
        Map<Integer, String> seen = new LinkedHashMap<>();
        Map<String, Integer> all = new LinkedHashMap<>();
        all.put("Kafka", kafkaPort);
        all.put("PostgreSQL", postgresPort);
        all.put("SMTP", smtpPort);
        services().forEach(s -> all.put(s, port(s)));
        all.forEach((what, port) -> {
            String other = seen.putIfAbsent(port, what);
            if (other != null) {
                throw new UsageException("Port " + port + " is given to both " + other + " and " + what);
            }
        });
    }

    private static int port(Map<String, String> flags, Function<String, String> env, String flag, String envName, int fallback) {
        String value = flags.containsKey(flag) ? flags.get(flag) : env.apply(envName);
        if (value == null) {
            return fallback;
        }
        int port = number(flags.containsKey(flag) ? flag : envName, value);
        if (port < 1 || port > 65535) {
            throw new UsageException(flag + " / " + envName + ": " + value + " is not a TCP port");
        }
        return port;
    }

    private static int number(String what, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(what + ": '" + value + "' is not a number");
        }
    }

    /**
     * The repository root: the directory holding {@code deploy/local-stack}, found from where this
     * code was loaded ({@code deploy/local-stack/target/local-stack.jar} or {@code …/target/classes}),
     * else by walking up from the working directory.
     */
    public static Path findRepository(Path codeLocation, Path workingDir) {
        for (Path start : new Path[] {codeLocation, workingDir}) {
            for (Path p = start == null ? null : start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("deploy").resolve("local-stack"))) {
                    return p;
                }
            }
        }
        throw new UsageException("Cannot find the repository (a directory with pom.xml and deploy/local-stack) above "
                + codeLocation + " or " + workingDir);
    }
}
