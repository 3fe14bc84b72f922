import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark (not a test): builds a national-sized GIAS extract (default 51,000 rows, ~60 MB,
 * Windows-1252) from the sample's real header and rows, then times its import by a running
 * notification-service. Run against the local stack:
 *
 *   java deploy/bench/GiasNationalImport.java [rows] [http://localhost:8081]
 *
 * The goal (issue: notification-service) is a full national file in under a minute.
 */
public class GiasNationalImport {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 51_000;
        String base = args.length > 1 ? args[1] : "http://localhost:8081";
        Path sample = Path.of("deploy/sample-data/edubasealldata-sample.csv");
        Path token = Path.of(".local/tokens/ops.jwt");
        Charset cp1252 = Charset.forName("windows-1252");

        List<String> lines = Files.readAllLines(sample, cp1252);
        String header = lines.get(0);
        List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
        Path file = Files.createTempFile("edubasealldata-national-", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, cp1252)) {
            out.write(header);
            out.write("\r\n");
            for (int i = 0; i < rows; i++) {
                String row = body.get(i % body.size());
                // every 120th row stays as it is (the sample LA's schools, a county's share, updated in
                // place so the registry gains no invented schools); the rest become other LAs' schools
                if (i % 120 != 0) {
                    String rest = row.substring(row.indexOf(','))
                            .replaceFirst("^,\"850\",\"Hampshire\"", ",\"" + (201 + i % 600) + "\",\"Elsewhere\"");
                    row = (200_000 + i) + rest;
                }
                out.write(row);
                out.write("\r\n");
            }
        }
        long bytes = Files.size(file);
        System.out.printf("extract: %,d rows, %,d bytes (%s)%n", rows, bytes, file);

        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/registry/gias?laCode=850"))
                .header("Authorization", "Bearer " + Files.readString(token).trim())
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("HTTP %d in %.1f s: %s%n", response.statusCode(), seconds,
                response.body().length() > 400 ? response.body().substring(0, 400) + "..." : response.body());
        Files.deleteIfExists(file);
        if (response.statusCode() != 200) {
            System.exit(1);
        }
    }
}
