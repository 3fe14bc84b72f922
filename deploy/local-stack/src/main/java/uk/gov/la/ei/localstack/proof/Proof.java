package uk.gov.la.ei.localstack.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.localstack.LocalStack;

import java.io.IOException;
import java.io.Reader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What both proof commands need from a running stack: JSON over HTTP with a token (retrying while a
 * service is down), notices on Kafka, counts read from the services' schemas, topic and consumer-group
 * offsets, the mails the SMTP server kept. Deliberately small and separate from the end-to-end test's
 * client, so the commands do not depend on the test sources.
 */
final class Proof {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> SCHEMAS = List.of("notification", "support_tracking", "feedback", "wellbeing");

    final LocalStack stack;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    Proof(LocalStack stack) {
        this.stack = stack;
    }

    /**
     * The embedded stack's options with a longer readiness timeout: on a shared 2-core machine four services
     * starting at once can take more than the default 4 minutes.
     */
    static uk.gov.la.ei.localstack.StackOptions options(Path repository, Path stateDir) {
        uk.gov.la.ei.localstack.StackOptions o = uk.gov.la.ei.localstack.StackOptions.embedded(repository, stateDir);
        return new uk.gov.la.ei.localstack.StackOptions(o.repository(), o.stateDir(), o.callerDir(), o.fresh(), o.loadSampleData(),
                o.kafkaPort(), o.postgresPort(), o.smtpPort(), o.servicePorts(), Duration.ofMinutes(10), o.serviceJavaOptions());
    }

    static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

    /** The repository these commands run from (the launcher jar's location, else the working directory). */
    static Path repository() {
        Path code = null;
        try {
            code = java.nio.file.Paths.get(Proof.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            // fall back to the working directory
        }
        return uk.gov.la.ei.localstack.StackOptions.findRepository(code, java.nio.file.Paths.get("").toAbsolutePath());
    }

    /** The start date of the {@code i}-th generated notice: a weekday four to ten weeks from today. */
    static java.time.LocalDate inspectionStart(int i) {
        java.time.LocalDate d = java.time.LocalDate.now(LONDON).plusDays(28 + (i % 40));
        while (d.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || d.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    static void say(String line) {
        System.out.println("[" + Instant.now().toString().substring(11, 19) + "] " + line);
        System.out.flush();
    }

    // ---------------------------------------------------------------- HTTP

    /** An HTTP answer; status -1 when no answer came (refused, reset, timed out). */
    record Answer(int status, JsonNode body, String text) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean unavailable() {
            return status == -1 || status == 502 || status == 503 || status == 504;
        }

        @Override
        public String toString() {
            return status + " " + (text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    Answer call(String method, String url, String token, Object body) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            if (body == null) {
                request.method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
                if (method.equals("POST")) {
                    request.header("Content-Type", "application/json");
                }
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String text = response.body();
            if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
                try {
                    json = JSON.readTree(text);
                } catch (IOException ignored) {
                    // not JSON after all
                }
            }
            return new Answer(response.statusCode(), json, text);
        } catch (ConnectException e) {
            return new Answer(-1, null, "connection refused");
        } catch (IOException e) {
            return new Answer(-1, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Calls until the service answers (not refused, not 502/503/504) or {@code patience} is over. */
    Answer callWhileUnavailable(String method, String url, String token, Object body, Duration patience) throws InterruptedException {
        Instant until = Instant.now().plus(patience);
        Answer answer = call(method, url, token, body);
        while (answer.unavailable() && Instant.now().isBefore(until)) {
            Thread.sleep(1000);
            answer = call(method, url, token, body);
        }
        return answer;
    }

    JsonNode getJson(String url, String token) throws InterruptedException {
        Answer answer = callWhileUnavailable("GET", url, token, null, Duration.ofMinutes(3));
        if (!answer.ok()) {
            throw new IllegalStateException("GET " + url + " answered " + answer);
        }
        return answer.body();
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    // ---------------------------------------------------------------- notices on Kafka

    KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        // a broker restart must not lose a notice: wait for it (the publisher's own retry)
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "600000");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "600000");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "30000");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(p);
    }

    /** One Ofsted notice as a structured CloudEvent (the inbound contract, DOMAIN.md). */
    static String notice(String eventId, School school, String ofstedReference, java.time.LocalDate start, Instant time) {
        ObjectNode data = object();
        data.put("urn", school.urn());
        data.put("schoolName", school.name());
        data.put("ofstedReference", ofstedReference);
        data.put("inspectionType", "GRADED");
        data.put("framework", "RENEWED_2025");
        data.put("startDate", start.toString());
        data.put("expectedDays", 2);
        ObjectNode lead = data.putObject("leadInspector");
        lead.put("name", "A. Inspector");
        lead.put("email", "a.inspector@example.org");
        ObjectNode event = object();
        event.put("specversion", "1.0");
        event.put("id", eventId);
        event.put("source", "/hampshire/ofsted-inbox");
        event.put("type", "uk.gov.ofsted.inspection.notified.v1");
        event.put("time", time.toString());
        event.put("datacontenttype", "application/json");
        event.set("data", data);
        return event.toString();
    }

    Future<?> publishNotice(KafkaProducer<String, String> producer, String urn, String json) {
        return producer.send(new ProducerRecord<>(Topics.INSPECTION_NOTIFICATIONS, urn, json));
    }

    // ---------------------------------------------------------------- sample schools

    /** A school of the sample data with whoever the LA assigned to it. */
    record School(String urn, String name, String phase, String status, String simName, String simEmail, String aiName, String aiEmail) {
        boolean hasSim() {
            return simEmail != null && !simEmail.isBlank();
        }
    }

    /** The open LA 850 schools of {@code deploy/sample-data}, with their SIM and AI. */
    static List<School> sampleSchools(Path sampleData) throws IOException {
        Map<String, CSVRecord> assignments = new HashMap<>();
        for (CSVRecord r : csv(sampleData.resolve("assignments.csv"), StandardCharsets.UTF_8)) {
            assignments.put(r.get("urn"), r);
        }
        List<School> schools = new ArrayList<>();
        for (CSVRecord r : csv(sampleData.resolve("edubasealldata-sample.csv"), Charset.forName("windows-1252"))) {
            if (!"850".equals(r.get("LA (code)")) || r.get("EstablishmentStatus (name)").equals("Closed")) {
                continue;
            }
            CSVRecord a = assignments.get(r.get("URN"));
            schools.add(new School(r.get("URN"), r.get("EstablishmentName"), r.get("PhaseOfEducation (name)"),
                    r.get("EstablishmentStatus (name)"),
                    a == null ? null : a.get("sim_name"), a == null ? null : a.get("sim_email"),
                    a == null ? null : a.get("ai_name"), a == null ? null : a.get("ai_email")));
        }
        return schools;
    }

    static List<CSVRecord> csv(Path file, Charset charset) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, charset);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            return parser.getRecords();
        }
    }

    // ---------------------------------------------------------------- the database (counts only)

    Connection db() throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(), "postgres", "");
    }

    /** One number from SQL, retried while the database is away (it is restarted during the run). */
    long count(String sql) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                if (Instant.now().isAfter(until)) {
                    throw new IllegalStateException(sql + ": " + e.getMessage(), e);
                }
                Thread.sleep(1000);
            }
        }
    }

    /** Rows of two columns (key, value) from SQL. */
    Map<String, Long> counts(String sql) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            Map<String, Long> out = new LinkedHashMap<>();
            try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
                return out;
            } catch (SQLException e) {
                if (Instant.now().isAfter(until)) {
                    throw new IllegalStateException(sql + ": " + e.getMessage(), e);
                }
                Thread.sleep(1000);
            }
        }
    }

    /** A single string (e.g. an id) or null, retried while the database is away. */
    String string(String sql) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            } catch (SQLException e) {
                if (Instant.now().isAfter(until)) {
                    throw new IllegalStateException(sql + ": " + e.getMessage(), e);
                }
                Thread.sleep(1000);
            }
        }
    }

    // ---------------------------------------------------------------- Kafka offsets

    Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20000));
    }

    /** Records on each {@code *.dlq} topic (end offset minus start offset). */
    Map<String, Long> deadLetters() throws Exception {
        try (Admin admin = admin()) {
            Set<String> dlq = admin.listTopics().names().get(20, TimeUnit.SECONDS).stream()
                    .filter(t -> t.endsWith(".dlq")).collect(Collectors.toSet());
            Map<String, Long> out = new java.util.TreeMap<>();
            if (dlq.isEmpty()) {
                return out;
            }
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(dlq).allTopicNames().get(20, TimeUnit.SECONDS).forEach((name, d) ->
                    d.partitions().forEach(p -> {
                        earliest.put(new TopicPartition(name, p.partition()), OffsetSpec.earliest());
                        latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest());
                    }));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> from = admin.listOffsets(earliest).all().get(20, TimeUnit.SECONDS);
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> to = admin.listOffsets(latest).all().get(20, TimeUnit.SECONDS);
            to.forEach((tp, info) -> out.merge(tp.topic(), info.offset() - from.get(tp).offset(), Long::sum));
            return out;
        }
    }

    /** Lag of every consumer group: records on its topics it has not committed yet. */
    Map<String, Long> consumerLag() throws Exception {
        try (Admin admin = admin()) {
            Map<String, Long> lag = new java.util.TreeMap<>();
            for (var group : admin.listConsumerGroups().all().get(20, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(20, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get(20, TimeUnit.SECONDS);
                long total = 0;
                for (var e : committed.entrySet()) {
                    if (e.getValue() != null) {
                        total += ends.get(e.getKey()).offset() - e.getValue().offset();
                    }
                }
                lag.put(group.groupId(), total);
            }
            return lag;
        }
    }

    /** Records on each of the services' topics (everything but the dead-letter topics). */
    Map<String, Long> topicSizes() throws Exception {
        try (Admin admin = admin()) {
            Set<String> topics = admin.listTopics().names().get(20, TimeUnit.SECONDS).stream()
                    .filter(t -> !t.endsWith(".dlq")).collect(Collectors.toSet());
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(20, TimeUnit.SECONDS).forEach((name, d) ->
                    d.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
            Map<String, Long> out = new java.util.TreeMap<>();
            admin.listOffsets(latest).all().get(20, TimeUnit.SECONDS).forEach((tp, info) -> out.merge(tp.topic(), info.offset(), Long::sum));
            return out;
        }
    }

    // ---------------------------------------------------------------- ops endpoints

    /** Pending + parked outbox events and pending + failed mails of one service (its ops endpoints). */
    record Backlog(long outboxPending, long outboxParked, long mailPending, long mailFailed) {
        boolean empty() {
            return outboxPending == 0 && outboxParked == 0 && mailPending == 0 && mailFailed == 0;
        }
    }

    Backlog backlog(String baseUrl) throws InterruptedException {
        String ops = stack.token("ops");
        JsonNode outbox = getJson(baseUrl + "/api/v1/ops/outbox", ops);
        JsonNode mail = getJson(baseUrl + "/api/v1/ops/mail", ops);
        return new Backlog(outbox.path("pending").asLong(), outbox.path("parked").asLong(), mail.path("pending").asLong(), mail.path("failed").asLong());
    }

    // ---------------------------------------------------------------- mails

    /** How many {@code .eml} files the SMTP server kept, by recipient (the file name's recipient part). */
    Map<String, Long> mailsByRecipient() throws IOException {
        Map<String, Long> out = new java.util.TreeMap<>();
        try (var files = Files.list(stack.mailDir())) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".eml")).toList()) {
                String to = recipientOf(f);
                out.merge(to, 1L, Long::sum);
            }
        }
        return out;
    }

    /**
     * Kept mails whose recipient, subject and content (the MIME body without its boundaries) another kept mail
     * has too: a mail the SMTP server received twice. Returns "recipient | subject | files".
     */
    List<String> mailsDeliveredTwice() throws IOException {
        Map<String, List<String>> byContent = new HashMap<>();
        try (var files = Files.list(stack.mailDir())) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.ISO_8859_1);
                String subject = "";
                String to = "";
                StringBuilder body = new StringBuilder();
                boolean inBody = false;
                for (String line : lines) {
                    String l = line.replace("\r", "");
                    if (!inBody) {
                        if (l.isEmpty()) {
                            inBody = true;
                        } else if (l.startsWith("Subject:")) {
                            subject = l.substring(8).trim();
                        } else if (l.startsWith("To:")) {
                            to = l.substring(3).trim().toLowerCase();
                        }
                    } else if (!l.startsWith("--") && !l.contains("boundary=") && !l.startsWith("Content-ID")
                            && !l.startsWith("Message-ID") && !l.startsWith("Date:")) {
                        body.append(l).append('\n');
                    }
                }
                String key = to + " | " + subject + " | " + Integer.toHexString(body.toString().hashCode()) + body.length();
                byContent.computeIfAbsent(key, k -> new ArrayList<>()).add(f.getFileName().toString());
            }
        }
        List<String> twice = new ArrayList<>();
        byContent.forEach((k, v) -> {
            if (v.size() > 1) {
                twice.add(k.substring(0, k.lastIndexOf(" | ")) + " | " + v);
            }
        });
        return twice;
    }

    /** The {@code To:} header of a kept mail (lower case). */
    static String recipientOf(Path eml) throws IOException {
        for (String line : Files.readAllLines(eml, StandardCharsets.ISO_8859_1)) {
            if (line.isEmpty()) {
                break;
            }
            if (line.regionMatches(true, 0, "To:", 0, 3)) {
                String to = line.substring(3).trim();
                int lt = to.indexOf('<');
                if (lt >= 0) {
                    to = to.substring(lt + 1, to.indexOf('>', lt));
                }
                return to.toLowerCase();
            }
        }
        return "?";
    }
}
