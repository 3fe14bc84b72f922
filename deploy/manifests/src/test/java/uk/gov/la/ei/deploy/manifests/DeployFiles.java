package uk.gov.la.ei.deploy.manifests;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** The files under deploy/ and what the services themselves say (their port), read the same way by every check. */
final class DeployFiles {

    /** One YAML document of a file (a file may hold several, separated by {@code ---}). */
    record Document(Path file, int index, JsonNode node) {
        String where() {
            return root().relativize(file) + (index > 0 ? " (document " + (index + 1) + ")" : "");
        }
    }

    /** A service of the system: its module, its HTTP port (from its application.properties), its image. */
    record Service(String name, int port) {
        String image() {
            return System.getProperty("image.repository", "inspection-support") + "/" + name + ":"
                    + System.getProperty("image.tag", "0.1.0-SNAPSHOT");
        }
    }

    static final List<String> SERVICE_NAMES =
            List.of("notification-service", "support-tracking-service", "feedback-service", "wellbeing-service");

    // duplicate keys are an error (YAML would silently keep the last one)
    private static final YAMLMapper YAML = YAMLMapper.builder(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private DeployFiles() {
    }

    static Path root() {
        return Path.of(System.getProperty("project.root", "../..")).toAbsolutePath().normalize();
    }

    static Path deploy(String sub) {
        return root().resolve("deploy").resolve(sub);
    }

    static List<Path> yamlFilesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Document> documents(Path file) {
        List<Document> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file);
             MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(reader)) {
            int index = 0;
            while (it.hasNextValue()) {
                JsonNode node = it.nextValue();
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    documents.add(new Document(file, index, node));
                }
                index++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return documents;
    }

    static List<Document> documentsUnder(Path dir) {
        return yamlFilesUnder(dir).stream().flatMap(f -> documents(f).stream()).toList();
    }

    static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Service> services() {
        return SERVICE_NAMES.stream().map(name -> new Service(name, httpPort(name))).toList();
    }

    private static int httpPort(String service) {
        Path file = root().resolve(service).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Integer.parseInt(properties.getProperty("quarkus.http.port").trim());
    }
}
