package uk.gov.la.ei.localstack.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.localstack.LocalStack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A small client over a running local stack, for the end-to-end test and the proof commands: publishes
 * Ofsted notices (CloudEvents, structured JSON, optionally with a W3C {@code traceparent}) and other records on
 * Kafka, calls the services' JSON APIs with a development token, reads topics from the beginning, and reads
 * the mails the SMTP server kept. It only observes what a council system or a person could: APIs, topics,
 * mails – never the tables.
 */
public final class StackClient implements AutoCloseable {

    /** The CloudEvents {@code type} of a new inspection notice. */
    public static final String NOTIFIED_TYPE = "uk.gov.ofsted.inspection.notified.v1";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String bootstrapServers;
    private final Function<String, String> baseUrls;
    private final Function<String, String> tokens;
    private final Path mailDir;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile KafkaProducer<String, String> producer;

    /**
     * @param bootstrapServers Kafka ({@code localhost:port})
     * @param baseUrls         service name → {@code http://localhost:port}
     * @param tokens           role (see {@code DevPeople.ROLES}) → signed development token
     * @param mailDir          where the SMTP server keeps every mail as {@code .eml}
     */
    public StackClient(String bootstrapServers, Function<String, String> baseUrls, Function<String, String> tokens, Path mailDir) {
        this.bootstrapServers = bootstrapServers;
        this.baseUrls = baseUrls;
        this.tokens = tokens;
        this.mailDir = mailDir;
    }

    public StackClient(LocalStack stack) {
        this(stack.kafkaBootstrapServers(), stack::baseUrl, stack::token, stack.mailDir());
    }

    public ObjectMapper json() {
        return json;
    }

    // ---------------------------------------------------------------- trace context

    /** A fresh, sampled W3C {@code traceparent} ({@code 00-<32 hex trace id>-<16 hex span id>-01}). */
    public static String newTraceparent() {
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        RANDOM.nextBytes(trace);
        RANDOM.nextBytes(span);
        trace[0] |= 1; // never all zero (invalid)
        span[0] |= 1;
        return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(span) + "-01";
    }

    /** A new span of the same trace as {@code traceparent} (same trace id, a fresh span id), as a client would send it. */
    public static String childOf(String traceparent) {
        String traceId = traceIdOf(traceparent);
        if (traceId == null) {
            return newTraceparent();
        }
        byte[] span = new byte[8];
        RANDOM.nextBytes(span);
        span[0] |= 1;
        return "00-" + traceId + "-" + HexFormat.of().formatHex(span) + "-01";
    }

    /** The trace id of a {@code traceparent}, or null. */
    public static String traceIdOf(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        String[] parts = traceparent.split("-");
        return parts.length == 4 ? parts[1] : null;
    }

    /** The trace id of a record's {@code traceparent} header, or null. */
    public static String traceIdOf(ConsumerRecord<String, String> record) {
        return traceIdOf(header(record, "traceparent"));
    }

    // ---------------------------------------------------------------- Kafka: publishing

    /**
     * The {@code data} of a notice of a graded inspection (the shape of
     * {@code deploy/local-stack/examples/inspection-notice-116123.json}); change fields on the node returned.
     */
    public ObjectNode noticeData(String urn, String schoolName, String ofstedReference, LocalDate startDate) {
        ObjectNode data = json.createObjectNode();
        data.put("urn", urn);
        data.put("schoolName", schoolName);
        data.put("ofstedReference", ofstedReference);
        data.put("inspectionType", "GRADED");
        data.put("framework", "RENEWED_2025");
        data.put("startDate", startDate.toString());
        data.put("expectedDays", 2);
        ObjectNode lead = data.putObject("leadInspector");
        lead.put("name", "A. Inspector");
        lead.put("email", "a.inspector@example.org");
        return data;
    }

    /** A structured-mode CloudEvent around {@code data}. */
    public ObjectNode cloudEvent(String id, String type, JsonNode data) {
        ObjectNode event = json.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", "/hampshire/ofsted-inbox");
        event.put("type", type);
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.set("data", data);
        return event;
    }

    /**
     * Publishes a {@code notified} notice on {@link Topics#INSPECTION_NOTIFICATIONS} (key = URN, structured
     * CloudEvent, {@code content-type: application/cloudevents+json}, and {@code traceparent} if not null),
     * waits for the broker to have it, and returns the event id.
     */
    public String publishNotice(ObjectNode data, String traceparent) {
        String id = UUID.randomUUID().toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/cloudevents+json");
        if (traceparent != null) {
            headers.put("traceparent", traceparent);
        }
        publish(Topics.INSPECTION_NOTIFICATIONS, data.path("urn").asText(null),
                write(cloudEvent(id, NOTIFIED_TYPE, data)), headers);
        return id;
    }

    /** Publishes one record as is (any topic, any text, headers in order) and waits until the broker has it. */
    public void publish(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, v) -> record.headers().add(name, v == null ? null : v.getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
                }
                p = producer;
            }
        }
        return p;
    }

    // ---------------------------------------------------------------- Kafka: reading

    /** Every record of {@code topic} now on the broker, from the beginning (empty if the topic does not exist). */
    public List<ConsumerRecord<String, String>> readAll(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new StringDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            if (infos == null || infos.isEmpty()) {
                return seen;
            }
            List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.currentTimeMillis() + 30_000;
            while (!reached(consumer, end) && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
            return seen;
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            return List.of();
        }
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** The records of {@code topic} (from the beginning, now) that match {@code filter}. */
    public List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> filter) {
        return readAll(topic).stream().filter(filter).toList();
    }

    /**
     * Waits up to {@code wait} for a record of {@code topic} matching {@code filter}, re-reading from the
     * beginning, and returns the first; fails with {@code what} in the message if none comes.
     */
    public ConsumerRecord<String, String> awaitRecord(String topic, Predicate<ConsumerRecord<String, String>> filter,
                                                      Duration wait, String what) {
        long deadline = System.currentTimeMillis() + wait.toMillis();
        while (true) {
            List<ConsumerRecord<String, String>> found = read(topic, filter);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no " + what + " on " + topic + " within " + wait.toSeconds() + " s");
            }
            pause(500);
        }
    }

    /** The CloudEvents {@code type} of a record (structured: the JSON's {@code type}; binary: {@code ce_type}). */
    public String typeOf(ConsumerRecord<String, String> record) {
        String binary = header(record, "ce_type");
        if (binary != null) {
            return binary;
        }
        JsonNode node = parse(record.value());
        return node == null ? null : node.path("type").asText(null);
    }

    /** The {@code data} of a structured CloudEvent record (or the whole value if it has none); null if not JSON. */
    public JsonNode dataOf(ConsumerRecord<String, String> record) {
        JsonNode node = parse(record.value());
        if (node == null) {
            return null;
        }
        return node.has("data") && header(record, "ce_type") == null ? node.get("data") : node;
    }

    /** A filter: records whose CloudEvents type ends with {@code typeSuffix} (e.g. {@code "ContactsAssigned"}). */
    public Predicate<ConsumerRecord<String, String>> ofType(String typeSuffix) {
        return r -> {
            String type = typeOf(r);
            return type != null && (type.endsWith(typeSuffix) || type.contains(typeSuffix));
        };
    }

    /** The value of a header, or null. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** JSON, or null if it is not. */
    public JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    public String write(Object value) {
        try {
            return value instanceof String s ? s : json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- HTTP

    /** An HTTP answer: status, body text, headers; {@link #json()} parses the body. */
    public record Answer(int status, String body, Map<String, List<String>> headers, ObjectMapper mapper) {
        public JsonNode json() {
            try {
                return body == null || body.isBlank() ? mapper.nullNode() : mapper.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (HTTP " + status + "): " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        /** This answer if its status is {@code expected}; otherwise an AssertionError naming {@code what} and the body. */
        public Answer expect(int expected, String what) {
            if (status != expected) {
                throw new AssertionError(what + ": expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }

        /** This answer if its status is 2xx; otherwise an AssertionError. */
        public Answer expect2xx(String what) {
            if (status / 100 != 2) {
                throw new AssertionError(what + ": expected HTTP 2xx but got " + status + ": " + body);
            }
            return this;
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + body;
        }
    }

    /**
     * A JSON call to a service with the token of {@code role} (null: no token). {@code body} is sent as JSON
     * (a String as is; null: no body). Extra headers as name/value pairs.
     */
    public Answer call(String method, String service, String path, String role, Object body, String... headers) {
        return callWithToken(method, service, path, role == null ? null : tokens.apply(role), body, headers);
    }

    /** As {@link #call}, with a token given as is (e.g. a forged one). */
    public Answer callWithToken(String method, String service, String path, String token, Object body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrls.apply(service) + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        boolean contentTypeGiven = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            contentTypeGiven |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !contentTypeGiven) {
            request.header("Content-Type", "application/json");
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : body instanceof byte[] bytes ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                : HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8);
        request.method(method, publisher);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response.headers().map(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + service + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public Answer get(String service, String path, String role) {
        return call("GET", service, path, role, null);
    }

    public Answer post(String service, String path, String role, Object body) {
        return call("POST", service, path, role, body == null ? "{}" : body);
    }

    public Answer put(String service, String path, String role, Object body) {
        return call("PUT", service, path, role, body == null ? "{}" : body);
    }

    // ---------------------------------------------------------------- mail

    /** One mail the SMTP server kept: its file, envelope recipient(s) from the To/Cc headers, subject, text. */
    public record Mail(Path file, List<String> to, String subject, String body) {
        public boolean isTo(String address) {
            return to.stream().anyMatch(a -> a.equalsIgnoreCase(address));
        }
    }

    /** Every mail kept so far, oldest first (files that cannot be read yet are skipped). */
    public List<Mail> mails() {
        if (!Files.isDirectory(mailDir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(mailDir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".eml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Mail> mails = new ArrayList<>();
        for (Path file : files) {
            try {
                mails.add(readMail(file));
            } catch (IOException | MessagingException e) {
                // being written: the next look will have it
            }
        }
        return mails;
    }

    /** Waits up to {@code wait} for a mail matching {@code filter}; fails naming {@code what}. */
    public Mail awaitMail(Predicate<Mail> filter, Duration wait, String what) {
        long deadline = System.currentTimeMillis() + wait.toMillis();
        while (true) {
            Optional<Mail> found = mails().stream().filter(filter).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no mail " + what + " within " + wait.toSeconds() + " s; mails so far: "
                        + mails().stream().map(m -> m.to() + " \"" + m.subject() + "\"").toList());
            }
            pause(500);
        }
    }

    static Mail readMail(Path file) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            List<String> to = new ArrayList<>();
            for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
                Address[] addresses = message.getRecipients(type);
                if (addresses != null) {
                    for (Address a : addresses) {
                        to.add(a instanceof jakarta.mail.internet.InternetAddress ia ? ia.getAddress() : a.toString());
                    }
                }
            }
            // the envelope recipient is in the file name (<stamp>-<recipient>.eml): BCC'd mail has no To header
            String name = file.getFileName().toString();
            int dash = name.indexOf('-');
            if (dash > 0) {
                String recipient = name.substring(dash + 1).replaceFirst("(-\\d+)?\\.eml$", "");
                if (recipient.contains("@") && to.stream().noneMatch(recipient::equalsIgnoreCase)) {
                    to.add(0, recipient);
                }
            }
            return new Mail(file, List.copyOf(to), message.getSubject(), text(message));
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(body.getDisposition())) {
                    continue;
                }
                out.append(text(body)).append('\n');
            }
            return out.toString();
        }
        return "";
    }

    // ---------------------------------------------------------------- misc

    /** The first element of {@code items} or an AssertionError naming {@code what}. */
    public static <T> T only(Collection<T> items, String what) {
        if (items.isEmpty()) {
            throw new AssertionError("no " + what);
        }
        return items.iterator().next();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        KafkaProducer<String, String> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
        }
    }
}
