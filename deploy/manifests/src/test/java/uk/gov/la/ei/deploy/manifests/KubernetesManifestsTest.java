package uk.gov.la.ei.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every document under deploy/kubernetes is an object the Kubernetes API takes (see {@link KubernetesSchema}). */
class KubernetesManifestsTest {

    private static final String VALID_DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: example
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app: example
              template:
                metadata:
                  labels:
                    app: example
                spec:
                  containers:
                    - name: example
                      image: example:1
                      readinessProbe:
                        httpGet:
                          path: /q/health/ready
                          port: 8080
                      resources:
                        limits:
                          memory: 512Mi
            """;

    @Test
    void every_document_under_deploy_kubernetes_is_a_valid_kubernetes_object() {
        var documents = DeployFiles.documentsUnder(DeployFiles.deploy("kubernetes"));
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (var document : documents) {
            List<String> found = KubernetesSchema.problems(document.node());
            if (!found.isEmpty()) {
                problems.put(document.where(), found);
            }
        }

        assertThat(documents).hasSizeGreaterThanOrEqualTo(2 + 3 * DeployFiles.SERVICE_NAMES.size());
        assertThat(problems).as("manifests the Kubernetes API would refuse").isEmpty();
        System.out.printf("deploy/kubernetes: %d documents in %d files valid against the Kubernetes API types%n",
                documents.size(), DeployFiles.yamlFilesUnder(DeployFiles.deploy("kubernetes")).size());
    }

    @Test
    void a_valid_manifest_passes_the_check() {
        assertThat(KubernetesSchema.problems(DeployFiles.parse(VALID_DEPLOYMENT))).isEmpty();
    }

    /** The check must be able to fail: each edit below makes the example one the API server refuses. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelt field at the top of the spec      | '  replicas: 2'              | '  replica: 2'              | replica
            quoted number                              | '  replicas: 2'              | '  replicas: "2"'           | /spec/replicas
            not a number                               | '  replicas: 2'              | '  replicas: two'           | wrong type
            misspelt field deep in a container's probe | '              path: /q/health/ready' | '              paht: /q/health/ready' | paht
            memory in a unit Kubernetes does not know  | '          memory: 512Mi'     | '          memory: 512MiB'   | parse suffix
            required selector missing                  | '  selector:'                | '  selectorr:'              | selector
            kind misspelt                              | 'kind: Deployment'           | 'kind: Deploymnet'          | Deploymnet
            """)
    void the_check_refuses_what_the_api_server_would(String what, String valid, String broken, String named) {
        assertThat(VALID_DEPLOYMENT).contains(valid + "\n");
        String manifest = VALID_DEPLOYMENT.replace(valid + "\n", broken + "\n");

        assertThat(KubernetesSchema.problems(DeployFiles.parse(manifest)))
                .as(what)
                .isNotEmpty()
                .anySatisfy(problem -> assertThat(problem).contains(named));
    }
}
