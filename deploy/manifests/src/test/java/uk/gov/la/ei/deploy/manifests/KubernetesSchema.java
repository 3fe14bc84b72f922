package uk.gov.la.ei.deploy.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A kubeconform-like check without a cluster: a manifest is checked against the Kubernetes API's own types,
 * the models of the official Kubernetes Java client, which are generated from the API server's OpenAPI
 * document. Three steps, each of which refuses what the API server would:
 * <ol>
 * <li>the generated {@code validateJsonElement}: every field must be one the type defines (strict, like
 * kubeconform {@code -strict}), every required field present, objects and lists where the type has them;</li>
 * <li>binding to the typed model: numbers, booleans, quantities ({@code 512Mi}), int-or-string ports;</li>
 * <li>writing the model back and comparing: anything the model dropped or had to coerce (a quoted number,
 * a misspelt field deep inside a map-typed value) shows up as a difference.</li>
 * </ol>
 */
final class KubernetesSchema {

    /** The kinds deploy/kubernetes may use, by "apiVersion/kind". Another kind fails until it is added here. */
    static final Map<String, Class<?>> KINDS = Map.of(
            "v1/Namespace", V1Namespace.class,
            "v1/ConfigMap", V1ConfigMap.class,
            "v1/Secret", V1Secret.class,
            "v1/Service", V1Service.class,
            "v1/ServiceAccount", V1ServiceAccount.class,
            "apps/v1/Deployment", V1Deployment.class,
            "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy.class);

    private static final ObjectMapper JACKSON = new ObjectMapper();

    private KubernetesSchema() {
    }

    /** What is wrong with one manifest, empty when the API would take it. */
    static List<String> problems(JsonNode manifest) {
        List<String> problems = new ArrayList<>();
        String apiVersion = manifest.path("apiVersion").asText("");
        String kind = manifest.path("kind").asText("");
        Class<?> type = KINDS.get(apiVersion + "/" + kind);
        if (type == null) {
            problems.add("apiVersion/kind \"" + apiVersion + "/" + kind + "\" is not one of " + new TreeSet<>(KINDS.keySet()));
            return problems;
        }
        JsonElement given;
        try {
            given = com.google.gson.JsonParser.parseString(JACKSON.writeValueAsString(manifest));
        } catch (Exception e) {
            problems.add("not JSON-compatible: " + e.getMessage());
            return problems;
        }
        try {
            type.getMethod("validateJsonElement", JsonElement.class).invoke(null, given);
        } catch (InvocationTargetException e) {
            problems.add(kind + ": " + shorten(e.getCause().getMessage()));
            return problems;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " has no validateJsonElement", e);
        }
        Object typed;
        try {
            typed = JSON.getGson().fromJson(given, type);
        } catch (RuntimeException e) { // gson's JsonParseException, NumberFormatException, the client's QuantityFormatException
            problems.add(kind + ": a value of the wrong type: " + shorten(e.getMessage()));
            return problems;
        }
        difference(given, JSON.getGson().toJsonTree(typed), "", problems);
        return problems;
    }

    // the generated messages end with the whole object as JSON: keep the sentence
    private static String shorten(String message) {
        if (message == null) {
            return "(no message)";
        }
        int json = message.indexOf(" JSON: ");
        return json > 0 ? message.substring(0, json) : message;
    }

    private static boolean isEmpty(JsonElement element) {
        return (element.isJsonObject() && element.getAsJsonObject().isEmpty())
                || (element.isJsonArray() && element.getAsJsonArray().isEmpty());
    }

    private static void difference(JsonElement given, JsonElement written, String path, List<String> problems) {
        if (given.isJsonObject() && written.isJsonObject()) {
            JsonObject a = given.getAsJsonObject();
            JsonObject b = written.getAsJsonObject();
            Set<String> keys = new TreeSet<>(a.keySet());
            keys.addAll(b.keySet());
            for (String key : keys) {
                String at = path + "/" + key;
                if (!b.has(key) || b.get(key).isJsonNull()) {
                    if (!a.get(key).isJsonNull()) {
                        problems.add(at + ": not a field of the Kubernetes type (dropped)");
                    }
                } else if (!a.has(key)) {
                    // the models start some lists and maps empty; only content that was not given is a difference
                    if (!isEmpty(b.get(key))) {
                        problems.add(at + ": appeared when written back");
                    }
                } else {
                    difference(a.get(key), b.get(key), at, problems);
                }
            }
        } else if (given.isJsonArray() && written.isJsonArray()) {
            JsonArray a = given.getAsJsonArray();
            JsonArray b = written.getAsJsonArray();
            if (a.size() != b.size()) {
                problems.add(path + ": " + a.size() + " items given, " + b.size() + " taken");
                return;
            }
            for (int i = 0; i < a.size(); i++) {
                difference(a.get(i), b.get(i), path + "/" + i, problems);
            }
        } else if (!given.equals(written)) {
            problems.add(path + ": " + given + " is taken as " + written + " (wrong type or form)");
        }
    }
}
