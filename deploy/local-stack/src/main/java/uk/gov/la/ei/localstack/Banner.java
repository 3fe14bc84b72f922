package uk.gov.la.ei.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the user sees once everything is up: where each thing is and what to try first. */
final class Banner {

    static final String EXAMPLE_NOTICE = "deploy/local-stack/examples/inspection-notice-116123.json";
    private static final String RULE = "=".repeat(100);

    private final StackOptions options;
    private final Map<String, DevPeople.Person> people;
    private final HttpClient http;
    private final String sampleData;
    private final String noticeTopic;

    Banner(StackOptions options, Map<String, DevPeople.Person> people, HttpClient http, String sampleData, String noticeTopic) {
        this.options = options;
        this.people = people;
        this.http = http;
        this.sampleData = sampleData;
        this.noticeTopic = noticeTopic;
    }

    String render(String took) {
        String tokens = options.show(options.tokenDir());
        String notification = "http://localhost:" + options.port("notification-service");
        String example = options.show(options.repository().resolve(EXAMPLE_NOTICE));
        List<String> l = new ArrayList<>();
        l.add("");
        l.add(RULE);
        l.add(" Inspection support: local stack is up (" + took + "). Ctrl-C stops everything.");
        l.add(RULE);
        l.add(" Services  (everything but /q/health* needs  -H \"Authorization: Bearer $(cat " + tokens + "/<role>.jwt)\")");
        for (String service : options.services()) {
            l.add(String.format("   %-26s http://localhost:%d", service, options.port(service)));
        }
        l.add("   on each of them:           " + endpoints(notification));
        l.add("");
        l.add(" Infrastructure");
        l.add("   Kafka       localhost:" + options.kafkaPort() + "   (topic " + noticeTopic + " for notices; log dir "
                + options.show(options.kafkaDir()) + ")");
        l.add("   PostgreSQL  jdbc:postgresql://localhost:" + options.postgresPort() + "/" + StackOptions.DATABASE
                + "   user postgres, no password   (data " + options.show(options.postgresDir()) + ")");
        l.add("   SMTP        localhost:" + options.smtpPort() + "   every mail received -> " + options.show(options.mailDir())
                + "/<time>-<to>.eml");
        l.add("");
        l.add(" Tokens (valid " + Token.VALIDITY.toHours() + " h) in " + tokens + "/");
        for (DevPeople.Person person : people.values()) {
            l.add(String.format("   %-19s %-40s %s", person.role(), person.name() + " <" + person.email() + ">",
                    options.show(options.tokenDir().resolve(person.role() + ".jwt"))));
        }
        l.add("   a fresh one: java -cp " + options.show(options.repository().resolve("deploy/local-stack/target/local-stack.jar"))
                + " uk.gov.la.ei.localstack.Token <role> [email]");
        l.add("");
        l.add(" Logs          " + options.show(options.logDir()) + "/<service>.log, postgres.log, infrastructure.log");
        l.add(" Sample data   " + sampleData + " (deploy/sample-data, LA 850)");
        l.add("");
        l.add(" Try it: publish DOMAIN.md's example notice (URN 116123) over HTTP ...");
        l.add("   curl -i -X POST " + notification + "/api/v1/notices \\");
        l.add("        -H \"Authorization: Bearer $(cat " + tokens + "/notice-publisher.jwt)\" \\");
        l.add("        -H 'Content-Type: application/cloudevents+json' --data-binary @" + example);
        l.add(" ... or on Kafka (kcat: apt-get install kcat; one file = one record):");
        l.add("   kcat -P -b localhost:" + options.kafkaPort() + " -t " + noticeTopic + " -k 116123 " + example);
        l.add(" then see the inspection, and the e-mails to the SIM and attached inspector:");
        l.add("   curl -H \"Authorization: Bearer $(cat " + tokens + "/sim.jwt)\" '" + notification
                + "/api/v1/inspections?urn=116123'");
        l.add("   ls " + options.show(options.mailDir()) + "/");
        l.add(" (The same event id twice is one event: edit \"id\" in the file to send another.)");
        l.add(RULE);
        return String.join("\n", l);
    }

    /** The Quarkus endpoints, each checked against notification-service so the banner does not promise one that is not there. */
    private String endpoints(String baseUrl) {
        List<String> parts = new ArrayList<>();
        for (String path : List.of("/q/health/ready", "/q/openapi", "/q/metrics")) {
            int status = status(baseUrl + path);
            String shown = path.endsWith("/") && path.length() > 1 && !path.equals("/q/health/ready")
                    ? path.substring(0, path.length() - 1) : path;
            if (status == 200) {
                parts.add(shown);
            } else {
                parts.add(shown + " (HTTP " + status + ")");
            }
        }
        return String.join("  ", parts);
    }

    private int status(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5))
                    .header("Authorization", "Bearer " + Token.sign(people.get("ops")))
                    .GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
