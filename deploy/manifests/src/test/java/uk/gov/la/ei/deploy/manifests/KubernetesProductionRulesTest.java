package uk.gov.la.ei.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.deploy.manifests.DeployFiles.Document;
import uk.gov.la.ei.deploy.manifests.DeployFiles.Service;

/**
 * What issue 11 asks of the Kubernetes manifests, checked against the services themselves: two replicas per
 * service (one consumer group, fixed in the service), readiness and liveness on the health endpoints at the
 * port the service listens on, configuration from ConfigMaps and Secrets, a PodDisruptionBudget, and the
 * image the build writes.
 */
class KubernetesProductionRulesTest {

    private static final String NAMESPACE = "inspection-support";
    /** What `kubectl apply -f deploy/kubernetes/` applies (not the subdirectories). */
    private static final List<Document> APPLIED = DeployFiles.yamlFilesUnder(DeployFiles.deploy("kubernetes")).stream()
            .filter(f -> f.getParent().equals(DeployFiles.deploy("kubernetes")))
            .flatMap(f -> DeployFiles.documents(f).stream())
            .toList();
    private static final List<Document> SECRETS_EXAMPLE =
            DeployFiles.documentsUnder(DeployFiles.deploy("kubernetes/secrets-example"));

    @Test
    void every_service_runs_as_a_deployment_of_two_replicas() {
        for (Service service : DeployFiles.services()) {
            JsonNode deployment = one(APPLIED, "Deployment", service.name());
            assertThat(deployment.at("/spec/replicas").asInt()).as(service.name()).isEqualTo(2);
            assertThat(deployment.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt(-1))
                    .as(service.name() + ": a rolling update never takes a replica away before its successor is ready")
                    .isZero();
        }
        assertThat(all(APPLIED, "Deployment")).hasSize(DeployFiles.SERVICE_NAMES.size());
    }

    @Test
    void probes_ask_the_health_endpoints_on_the_port_the_service_listens_on() {
        for (Service service : DeployFiles.services()) {
            JsonNode container = container(service);
            Map<String, Integer> ports = StreamSupport.stream(container.path("ports").spliterator(), false)
                    .collect(Collectors.toMap(p -> p.path("name").asText(), p -> p.path("containerPort").asInt()));
            assertThat(ports).as(service.name()).containsEntry("http", service.port());
            assertProbe(service, container, "readinessProbe", "/q/health/ready", ports);
            assertProbe(service, container, "livenessProbe", "/q/health/live", ports);
            assertProbe(service, container, "startupProbe", "/q/health/started", ports);
        }
    }

    private static void assertProbe(Service service, JsonNode container, String probe, String path, Map<String, Integer> ports) {
        JsonNode get = container.path(probe).path("httpGet");
        assertThat(get.path("path").asText()).as(service.name() + " " + probe).isEqualTo(path);
        JsonNode port = get.path("port");
        int number = port.isInt() ? port.asInt() : ports.getOrDefault(port.asText(), -1);
        assertThat(number).as(service.name() + " " + probe + " port").isEqualTo(service.port());
    }

    @Test
    void configuration_comes_from_config_maps_and_each_service_s_own_database_secret() {
        for (Service service : DeployFiles.services()) {
            JsonNode container = container(service);
            Set<String> provided = new HashSet<>();
            Set<String> secrets = new HashSet<>();
            for (JsonNode source : container.path("envFrom")) {
                if (source.has("configMapRef")) {
                    JsonNode map = one(APPLIED, "ConfigMap", source.at("/configMapRef/name").asText());
                    map.path("data").fieldNames().forEachRemaining(provided::add);
                } else if (source.has("secretRef")) {
                    secrets.add(source.at("/secretRef/name").asText());
                    if (!source.at("/secretRef/optional").asBoolean(false)) {
                        JsonNode secret = one(SECRETS_EXAMPLE, "Secret", source.at("/secretRef/name").asText());
                        secret.path("stringData").fieldNames().forEachRemaining(provided::add);
                    }
                }
            }
            assertThat(provided).as(service.name() + ": variables from its ConfigMaps and Secrets")
                    .containsAll(RequiredConfiguration.SHARED)
                    .containsAll(RequiredConfiguration.PER_SERVICE_SECRET);
            assertThat(secrets).as(service.name() + ": its own database credentials")
                    .contains(service.name() + "-database");
            // nothing secret written into the Deployment itself
            for (JsonNode env : container.path("env")) {
                assertThat(env.path("name").asText()).doesNotContain("PASSWORD");
            }
            // the credentials themselves are not applied from the repository
            assertThat(all(APPLIED, "Secret")).isEmpty();
        }
    }

    @Test
    void each_service_logs_in_to_the_database_with_its_own_role() {
        Set<String> users = DeployFiles.services().stream()
                .map(s -> one(SECRETS_EXAMPLE, "Secret", s.name() + "-database").at("/stringData/QUARKUS_DATASOURCE_USERNAME").asText())
                .collect(Collectors.toSet());
        assertThat(users).hasSize(DeployFiles.SERVICE_NAMES.size()).doesNotContain("postgres", "");
    }

    @Test
    void a_disruption_budget_keeps_one_replica_of_every_service_serving() {
        for (Service service : DeployFiles.services()) {
            JsonNode deployment = one(APPLIED, "Deployment", service.name());
            JsonNode budget = one(APPLIED, "PodDisruptionBudget", service.name());
            assertThat(selects(budget.at("/spec/selector/matchLabels"), deployment.at("/spec/template/metadata/labels")))
                    .as(service.name() + ": the budget selects its pods").isTrue();
            // a number (a string would have to be a percentage, which the API checks only on the cluster)
            assertThat(budget.at("/spec/minAvailable").isInt()).as(service.name() + ": minAvailable is a number").isTrue();
            assertThat(budget.at("/spec/minAvailable").asInt())
                    .as(service.name() + ": at least one stays, one may go")
                    .isPositive()
                    .isLessThan(deployment.at("/spec/replicas").asInt());
        }
    }

    @Test
    void a_service_routes_to_each_deployment_s_pods_on_its_port() {
        for (Service service : DeployFiles.services()) {
            JsonNode deployment = one(APPLIED, "Deployment", service.name());
            JsonNode route = one(APPLIED, "Service", service.name());
            assertThat(selects(route.at("/spec/selector"), deployment.at("/spec/template/metadata/labels")))
                    .as(service.name()).isTrue();
            assertThat(selects(deployment.at("/spec/selector/matchLabels"), deployment.at("/spec/template/metadata/labels")))
                    .as(service.name() + ": the Deployment selects its own template").isTrue();
            assertThat(route.at("/spec/ports/0/port").asInt()).as(service.name()).isEqualTo(service.port());
            assertThat(route.at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
        }
    }

    @Test
    void containers_run_the_image_the_build_writes_unprivileged_and_bounded() {
        for (Service service : DeployFiles.services()) {
            JsonNode pod = one(APPLIED, "Deployment", service.name()).at("/spec/template/spec");
            JsonNode container = container(service);
            assertThat(container.path("image").asText()).as(service.name()).isEqualTo(service.image());
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(service.name()).isTrue();
            assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).as(service.name()).isTrue();
            assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).as(service.name()).isFalse();
            assertThat(container.at("/resources/requests/cpu").asText()).as(service.name()).isNotEmpty();
            assertThat(container.at("/resources/requests/memory").asText()).as(service.name()).isNotEmpty();
            assertThat(container.at("/resources/limits/memory").asText()).as(service.name()).isNotEmpty();
        }
    }

    @Test
    void everything_lives_in_the_namespace_the_manifests_create() {
        assertThat(one(APPLIED, "Namespace", NAMESPACE)).isNotNull();
        for (Document document : APPLIED) {
            if (!document.node().path("kind").asText().equals("Namespace")) {
                assertThat(document.node().at("/metadata/namespace").asText()).as(document.where()).isEqualTo(NAMESPACE);
            }
        }
    }

    private static JsonNode container(Service service) {
        JsonNode containers = one(APPLIED, "Deployment", service.name()).at("/spec/template/spec/containers");
        assertThat(containers).as(service.name()).hasSize(1);
        return containers.get(0);
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (!selector.isObject() || selector.isEmpty()) {
            return false;
        }
        for (var it = selector.fields(); it.hasNext(); ) {
            var label = it.next();
            if (!label.getValue().asText().equals(labels.path(label.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static List<JsonNode> all(List<Document> documents, String kind) {
        return documents.stream().map(Document::node).filter(n -> n.path("kind").asText().equals(kind)).toList();
    }

    private static JsonNode one(List<Document> documents, String kind, String name) {
        List<JsonNode> found = all(documents, kind).stream()
                .filter(n -> n.at("/metadata/name").asText().equals(name)).toList();
        assertThat(found).as(kind + " " + name).hasSize(1);
        return found.get(0);
    }
}
