package uk.gov.la.ei.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loads {@code deploy/sample-data} into notification-service's registry over its REST API, as an
 * operator would: the GIAS extract (keeping LA 850), then the LA contacts, the SIM/AI assignments,
 * the LA's categorisations and the school contacts. Each import answers with a summary, which is
 * printed. An endpoint that is not there (404) is reported and skipped, so the stack still comes
 * up while the registry is being built.
 */
final class SampleDataLoader {

    /** The LA of the sample data (DfE code 850, Hampshire). */
    static final String LA_CODE = "850";

    record Upload(String path, String file, String what) {
    }

    static final List<Upload> UPLOADS = List.of(
            new Upload("/api/v1/registry/gias?laCode=" + LA_CODE, "edubasealldata-sample.csv", "schools (GIAS extract, LA " + LA_CODE + ")"),
            new Upload("/api/v1/registry/la-contacts", "la-contacts.csv", "CEMs and linked SHMIs"),
            new Upload("/api/v1/registry/assignments", "assignments.csv", "SIM / attached inspector per school"),
            new Upload("/api/v1/registry/categorisations", "categorisation.csv", "LA categorisation per school"),
            new Upload("/api/v1/registry/school-contacts", "school-contacts.csv", "headteacher and chair contacts"));

    private final HttpClient http;
    private final String baseUrl;
    private final String opsToken;
    private final Path sampleDataDir;
    private final Consumer<String> out;

    SampleDataLoader(HttpClient http, String baseUrl, String opsToken, Path sampleDataDir, Consumer<String> out) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.opsToken = opsToken;
        this.sampleDataDir = sampleDataDir;
        this.out = out;
    }

    /** Uploads every file; returns how many imports the service accepted. */
    int load() throws InterruptedException {
        int accepted = 0;
        for (Upload upload : UPLOADS) {
            if (upload(upload)) {
                accepted++;
            }
        }
        return accepted;
    }

    private boolean upload(Upload upload) throws InterruptedException {
        Path file = sampleDataDir.resolve(upload.file());
        String label = "  " + upload.file() + " -> POST " + upload.path();
        if (!Files.isRegularFile(file)) {
            out.accept(label + ": WARNING " + file + " is missing, skipped");
            return false;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + upload.path()))
                    .timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + opsToken)
                    .header("Content-Type", "text/csv")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String body = response.body() == null ? "" : response.body().strip();
            if (status >= 200 && status < 300) {
                out.accept(label + ": " + status + " " + abbreviate(body));
                return true;
            }
            if (status == 404 || status == 405) {
                out.accept(label + ": WARNING notification-service has no such endpoint yet (HTTP " + status
                        + "); " + upload.what() + " not loaded");
            } else {
                out.accept(label + ": WARNING HTTP " + status + " " + abbreviate(body) + "; " + upload.what() + " not loaded");
            }
        } catch (IOException e) {
            out.accept(label + ": WARNING " + e.getClass().getSimpleName() + " " + e.getMessage() + "; "
                    + upload.what() + " not loaded");
        }
        return false;
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s*\\n\\s*", " ");
        return oneLine.length() <= 1500 ? oneLine : oneLine.substring(0, 1500) + "…";
    }
}
