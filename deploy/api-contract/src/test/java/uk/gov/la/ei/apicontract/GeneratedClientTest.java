package uk.gov.la.ei.apicontract;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.apicontract.client.notification.ApiClient;
import uk.gov.la.ei.apicontract.client.notification.ApiException;
import uk.gov.la.ei.apicontract.client.notification.api.SchoolsApi;
import uk.gov.la.ei.apicontract.client.notification.model.SchoolView;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Java client generated from notification-service's build-time document (library "native": java.net.http and
 * Jackson) compiles with this module, and works: it calls the path the document names, with the bearer token a
 * council system adds, and binds the answer to the generated model. The "service" here is a stub HTTP server
 * answering as notification-service does (the service itself is tested in its own module).
 */
class GeneratedClientTest {

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void stub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/schools/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            boolean known = exchange.getRequestURI().getPath().endsWith("/116000");
            byte[] body = (known
                    ? """
                      {"urn": "116000", "name": "Test Primary School", "laCode": "850", "phase": "Primary",
                       "openDate": "2012-09-01", "headteacher": {"name": "A Head", "email": "head@school.example"},
                       "aFieldAddedLater": true}
                      """
                    : """
                      {"type": "about:blank", "title": "Forbidden", "status": 403}
                      """).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", known ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(known ? 200 : 403, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private SchoolsApi schools() {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + server.getAddress().getPort());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer a-token"));
        return new SchoolsApi(client);
    }

    @Test
    void the_generated_client_reads_a_school_into_the_generated_model() throws ApiException {
        SchoolView school = schools().getSchool("116000");

        assertThat(requests).containsExactly("GET /api/v1/schools/116000 Bearer a-token");
        assertThat(school.getUrn()).isEqualTo("116000");
        assertThat(school.getName()).isEqualTo("Test Primary School");
        assertThat(school.getOpenDate()).isEqualTo(LocalDate.of(2012, 9, 1));
        assertThat(school.getHeadteacher().getEmail()).isEqualTo("head@school.example");
    }

    @Test
    void a_refusal_reaches_the_caller_with_its_status() {
        assertThatThrownBy(() -> schools().getSchool("999999"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
    }

    @Test
    void the_client_defaults_to_the_documented_server() {
        assertThat(new ApiClient().getBaseUri()).isEqualTo("http://notification-service:8081");
    }
}
