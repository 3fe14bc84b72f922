package uk.gov.la.ei.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/grafana's dashboard reads only metrics the services publish: a renamed gauge would otherwise leave
 * an operator's panel silently empty – the kind of lapse this system exists to prevent.
 */
class GrafanaDashboardTest {

    /** Micrometer names in the services' code: gauges through StoredCounts, counters through the registry. */
    private static final Pattern REGISTERED = Pattern.compile(
            "(?:StoredCounts\\.register\\(\\s*\\w+,\\s*|\\.counter\\(\\s*)(\"[a-z_.]+\"|[A-Z_]+)");
    private static final Pattern CONSTANT = Pattern.compile("static final String ([A-Z_]+) = \"([a-z_.]+)\"");
    /** A metric name in a PromQL expression: a word followed by a label set, a range or a closing bracket. */
    private static final Pattern QUERIED = Pattern.compile("\\b([a-z][a-z0-9_]*)\\s*(?=[{\\[)])");
    private static final Set<String> PROMQL_WORDS = Set.of("sum", "max", "min", "avg", "rate", "increase", "by", "without", "count");

    @Test
    void everyPanelQueriesMetricsTheServicesPublish() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DeployFiles.deploy("grafana").resolve("inspection-support.json").toFile());
        Set<String> published = published();
        assertThat(published).contains("notices_received_total", "notices_acknowledgement_overdue", "concerns_open",
                "checkins_overdue", "outbox_parked", "dead_letters_total");
        List<String> unknown = new ArrayList<>();
        int queries = 0;
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(panel.path("title").asText()).as("panel %s has a title", panel.path("id")).isNotBlank();
            assertThat(panel.path("targets")).as("panel %s queries something", panel.path("title")).isNotEmpty();
            for (JsonNode target : panel.path("targets")) {
                // label lists ("by (job)") name labels, not metrics
                Matcher m = QUERIED.matcher(target.path("expr").asText().replaceAll("\\b(by|without)\\s*\\([^)]*\\)", ""));
                while (m.find()) {
                    String name = m.group(1);
                    if (!PROMQL_WORDS.contains(name)) {
                        queries++;
                        if (!published.contains(name)) {
                            unknown.add(panel.path("title").asText() + ": " + name);
                        }
                    }
                }
            }
        }
        assertThat(queries).isGreaterThanOrEqualTo(dashboard.path("panels").size());
        assertThat(unknown).as("metrics no service publishes (published: %s)", published).isEmpty();
    }

    /** Prometheus names: dots become underscores, counters gain _total; plus Quarkus' own HTTP metrics. */
    static Set<String> published() throws IOException {
        Set<String> names = new TreeSet<>(Set.of("http_server_requests_seconds_count"));
        for (String module : List.of("platform", "notification-service", "support-tracking-service", "feedback-service",
                "wellbeing-service")) {
            Path src = DeployFiles.root().resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(src)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(file);
                    Matcher m = REGISTERED.matcher(code);
                    while (m.find()) {
                        String name = m.group(1).startsWith("\"") ? m.group(1).replace("\"", "") : constant(code, m.group(1));
                        if (name != null) {
                            String prometheus = name.replace('.', '_');
                            names.add(m.group(0).contains("counter") ? prometheus + "_total" : prometheus);
                        }
                    }
                }
            }
        }
        return names;
    }

    private static String constant(String code, String constantName) {
        Matcher c = CONSTANT.matcher(code);
        while (c.find()) {
            if (c.group(1).equals(constantName)) {
                return c.group(2);
            }
        }
        return null;
    }
}
