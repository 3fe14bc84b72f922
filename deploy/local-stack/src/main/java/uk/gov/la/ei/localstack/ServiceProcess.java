package uk.gov.la.ei.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as a child process ({@code java -jar <svc>/target/quarkus-app/quarkus-run.jar}). */
final class ServiceProcess {

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;
    private volatile boolean stopping;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static ServiceProcess start(String name, int port, Path jar, List<String> javaOptions, Map<String, String> env, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        Files.writeString(log, "=== " + name + " started by the local stack at " + Instant.now() + " ===\n",
                StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        return new ServiceProcess(name, port, log, builder.start());
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    boolean stopping() {
        return stopping;
    }

    void onUnexpectedExit(Runnable action) {
        process.onExit().thenRun(() -> {
            if (!stopping) {
                action.run();
            }
        });
    }

    int exitValue() {
        return process.exitValue();
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * Waits until {@code GET /q/health/ready} answers 200 with status UP (Kafka and database checks
     * included). Fails early if the process dies.
     */
    Duration awaitReady(HttpClient http, Duration timeout) throws InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        String last = "no answer yet";
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new StartFailure(name + " exited with code " + process.exitValue() + " before it was ready.\n"
                        + "  See its log: " + log + "\n" + tail(15));
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"")) {
                    return Duration.between(start, Instant.now());
                }
                last = "HTTP " + response.statusCode() + " " + response.body().replaceAll("\\s+", " ");
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            Thread.sleep(500);
        }
        throw new StartFailure(name + " did not report ready on " + baseUrl() + "/q/health/ready within "
                + timeout.toSeconds() + " s (last answer: " + abbreviate(last, 400) + ").\n"
                + "  See its log: " + log + "\n" + tail(15));
    }

    /** SIGTERM, then wait; after {@code grace} SIGKILL. */
    void stop(Duration grace) {
        stopping = true;
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                System.out.println("  " + name + " did not stop within " + grace.toSeconds() + " s: killing it");
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    void markStopping() {
        stopping = true;
    }

    /** SIGKILL (on Linux {@code destroyForcibly} is SIGKILL): no shutdown hook, no clean close – a crash. */
    void kill() throws InterruptedException {
        stopping = true;
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The last lines of the service's log, indented, for an error message. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
            StringBuilder out = new StringBuilder("  Last lines of the log:\n");
            last.forEach(l -> out.append("    | ").append(abbreviate(l, 300)).append('\n'));
            return out.toString();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    /** A service that would not start; the message says which one and where to look. */
    static final class StartFailure extends RuntimeException {
        StartFailure(String message) {
            super(message);
        }
    }
}
