package uk.gov.la.ei.localstack.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.jwt.build.Jwt;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.localstack.DevPeople;
import uk.gov.la.ei.localstack.LocalStack;
import uk.gov.la.ei.localstack.StackOptions;
import uk.gov.la.ei.testinfra.DevJwt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The hostile-input corpus (issue 10 item 3): cases that each send one hostile input – a record on the Ofsted
 * notice topic or an HTTP request to an endpoint of one of the four services – and say what must come of it:
 * a dead letter on {@code <topic>.dlq} whose reason names the problem, or a 4xx {@code application/problem+json}
 * naming the field (401/403 for the token cases), never a 5xx. A few valid cases at the maximum of every bound
 * must be accepted (2xx). Around the run: every service ready before and after, and the services' stored data
 * (every row of every table of their schemas, {@link StoredData}) the same afterwards except rows that belong to
 * what the valid cases created.
 *
 * <p>{@code HostileCorpus.main} starts an embedded stack (or {@code --against} a running local stack on the
 * default ports), runs the corpus, prints a table and totals, and exits 1 on any miss.
 */
public final class HostileCorpus {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String NOTIFICATION = "notification-service";
    static final String SUPPORT = "support-tracking-service";
    static final String FEEDBACK = "feedback-service";
    static final String WELLBEING = "wellbeing-service";
    static final List<String> SERVICES = List.of(NOTIFICATION, SUPPORT, FEEDBACK, WELLBEING);
    /** The corpus's school: in deploy/sample-data, SIM and AI the sample people. */
    static final String URN = "115721"; // St Aldhelm's: in no federation, so no other school's inspection is coordinated with the corpus's
    static final String CASE_HEADER = "corpus-case";
    static final String RUN_HEADER = "corpus-run";
    static final int NORMAL_BODY_LIMIT = 256 * 1024;
    /** Tables where rows may be added by refusals by design, and plumbing whose rows carry no business id. */
    static final Set<String> APPEND_ONLY = Set.of(
            "wellbeing.audit_entry",          // issue 9: every read and every refused read of a referral is audited
            "notification.processed_event", "support_tracking.processed_event",
            "feedback.processed_event", "wellbeing.processed_event"); // event ids of the valid cases' events
    /** The outbox's per-key sequence counters (key = URN): the valid cases' events move the corpus school's counter. */
    static final Set<String> COUNTERS = Set.of("notification.outbox_key", "support_tracking.outbox_key",
            "feedback.outbox_key", "wellbeing.outbox_key");

    // ------------------------------------------------------------------ what a case is

    /** Where a case's input goes. */
    public sealed interface Target permits Http, Kafka {
    }

    /** An HTTP request; {@code token} null sends none. */
    public record Http(String service, String method, String path, String contentType, byte[] body, String token)
            implements Target {
        @Override
        public String toString() {
            return method + " " + service.replace("-service", "") + path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}");
        }
    }

    /** A record on the Ofsted notice topic. */
    public record Kafka(String key, byte[] value) implements Target {
        @Override
        public String toString() {
            return "kafka " + Topics.INSPECTION_NOTIFICATIONS;
        }
    }

    public enum Kind { REFUSED, TOKEN, ACCEPTED, DEAD_LETTER, CONSUMED }

    /** What must come of a case: statuses allowed, and the field the problem (or dead-letter reason) must name. */
    public record Expect(Kind kind, Set<Integer> statuses, String field) {
        static Expect refused(String field, Integer... statuses) {
            return new Expect(Kind.REFUSED, statuses.length == 0 ? Set.of(400) : Set.of(statuses), field);
        }

        static Expect token(int status) {
            return new Expect(Kind.TOKEN, Set.of(status), null);
        }

        static Expect accepted(Integer... statuses) {
            return new Expect(Kind.ACCEPTED, Set.of(statuses), null);
        }

        static Expect deadLetter(String field) {
            return new Expect(Kind.DEAD_LETTER, Set.of(), field);
        }

        @Override
        public String toString() {
            String s = statuses.stream().sorted().map(String::valueOf).collect(Collectors.joining("/"));
            return switch (kind) {
                case REFUSED -> s + " problem" + (field == null ? "" : " naming " + field);
                case TOKEN -> s;
                case ACCEPTED -> s;
                case DEAD_LETTER -> "dead letter" + (field == null ? "" : " naming " + field);
                case CONSUMED -> "consumed, not dead-lettered";
            };
        }
    }

    public record Case(String category, String name, Target target, Expect expect) {
    }

    public record Result(Case c, String got, boolean ok) {
    }

    /** What the corpus runs against. */
    public interface Stack {
        String baseUrl(String service);

        String kafkaBootstrapServers();

        String jdbcUrl();
    }

    /** The outcome of a whole run. */
    public record Report(List<Result> results, List<String> problems, String checksumBefore, String checksumAfter,
                         long rowsBefore, long rowsAfter, Map<String, Integer> rowsAddedByValidCases) {
        public List<Result> misses() {
            return results.stream().filter(r -> !r.ok()).toList();
        }

        public boolean passed() {
            return misses().isEmpty() && problems.isEmpty();
        }

        public Map<String, Long> countByCategory() {
            return results.stream().collect(Collectors.groupingBy(r -> r.c().category(), TreeMap::new, Collectors.counting()));
        }

        public void print(PrintStream out) {
            int w = Math.max(40, results.stream().mapToInt(r -> r.c().name().length()).max().orElse(40));
            out.printf("%-" + w + "s  %-44s  %-52s  %s%n", "case", "target", "expected", "got");
            for (Result r : results) {
                out.printf("%-" + w + "s  %-44s  %-52s  %s%s%n", r.c().name(), shorten(r.c().target().toString(), 44),
                        shorten(r.c().expect().toString(), 52), r.ok() ? "" : "MISS: ", shorten(r.got(), 140));
            }
            out.println();
            out.println("Cases per category:");
            countByCategory().forEach((k, v) -> out.printf("  %-34s %d%n", k, v));
            out.printf("Stored data: %d rows before (sha256 %s), %d after (sha256 %s)%n", rowsBefore,
                    checksumBefore.substring(0, 16), rowsAfter, checksumAfter.substring(0, 16));
            out.println("Rows added by the valid cases (all carry the corpus inspection's id or another id they created): "
                    + rowsAddedByValidCases);
            for (String p : problems) {
                out.println("PROBLEM: " + p);
            }
            out.printf("TOTAL %d cases: %d as expected, %d missed; %d other problem(s) -> %s%n", results.size(),
                    results.size() - misses().size(), misses().size(), problems.size(), passed() ? "PASS" : "FAIL");
        }
    }

    // ------------------------------------------------------------------ running

    private final Stack stack;
    private final Map<String, DevPeople.Person> people;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);
    private final List<Result> results = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    /** Ids the valid cases created: every row the run adds must carry one of them. */
    private final List<String> createdIds = new ArrayList<>();
    private final Map<String, Case> kafkaCases = new LinkedHashMap<>();
    private final PrintStream log;
    private final Path sampleDataDir;

    public HostileCorpus(Stack stack, Path sampleDataDir, PrintStream log) {
        this.stack = stack;
        this.sampleDataDir = sampleDataDir;
        this.people = DevPeople.forRoles(sampleDataDir);
        this.log = log;
    }

    public static Stack of(LocalStack s) {
        return new Stack() {
            public String baseUrl(String service) {
                return s.baseUrl(service);
            }

            public String kafkaBootstrapServers() {
                return s.kafkaBootstrapServers();
            }

            public String jdbcUrl() {
                return s.jdbcUrl();
            }
        };
    }

    public Report runAll() throws Exception {
        requireReady("before");
        StoredData before = settled();
        // --- valid cases at the maximum: they create the inspection and records the hostile cases aim at
        Ids ids = validCases();
        // --- hostile cases
        List<Case> hostile = new ArrayList<>();
        hostile.addAll(kafkaCases(ids));
        hostile.addAll(noticeHttpCases());
        hostile.addAll(tokenCases(ids));
        hostile.addAll(notificationCases(ids));
        hostile.addAll(registryCases());
        hostile.addAll(supportCases(ids));
        hostile.addAll(feedbackCases(ids));
        hostile.addAll(wellbeingCases(ids));
        Map<String, Result> kafkaOutcome = new HashMap<>();
        for (Case c : hostile) {
            if (c.target() instanceof Kafka k) {
                publish(c.name(), k);
                kafkaCases.put(c.name(), c);
            }
        }
        for (Case c : hostile) {
            if (c.target() instanceof Http h) {
                results.add(check(c, send(h)));
            }
        }
        Map<String, ConsumerRecord<String, String>> dead = readDeadLetters(kafkaCases.keySet(), Duration.ofSeconds(60));
        for (Case c : hostile) {
            if (c.target() instanceof Kafka) {
                results.add(checkDeadLetter(c, dead.get(c.name())));
            }
        }
        // a valid record published on Kafka must not have been dead-lettered either
        for (Result r : new ArrayList<>(results)) {
            if (r.c().expect().kind() == Kind.CONSUMED && dead.containsKey(r.c().name())) {
                results.set(results.indexOf(r), new Result(r.c(), "dead-lettered: " + reason(dead.get(r.c().name())), false));
            }
        }
        requireReady("after");
        StoredData after = settled();
        Map<String, Integer> added = compare(before, after);
        return new Report(List.copyOf(results), List.copyOf(problems), before.checksum(), after.checksum(),
                before.rowCount(), after.rowCount(), added);
    }

    /** Every row added or removed must carry an id the valid cases created, except in the append-only tables. */
    private Map<String, Integer> compare(StoredData before, StoredData after) {
        Map<String, Integer> added = new TreeMap<>();
        for (StoredData.TableChange change : before.changesTo(after)) {
            if (COUNTERS.contains(change.table())) {
                boolean corpusSchool = change.added().stream().allMatch(r -> r.startsWith("(" + URN + ","))
                        && change.removed().stream().allMatch(r -> r.startsWith("(" + URN + ","));
                if (!corpusSchool) {
                    problems.add("stored data changed: an outbox counter of another school moved in " + change.table()
                            + ": " + change.removed() + " -> " + change.added());
                }
                continue;
            }
            for (String row : change.removed()) {
                if (!carriesCreatedId(row)) {
                    problems.add("stored data changed: a row of " + change.table() + " changed or disappeared: " + shorten(row, 300));
                }
            }
            for (String row : change.added()) {
                if (!APPEND_ONLY.contains(change.table()) && !carriesCreatedId(row)) {
                    problems.add("stored data changed: a row of " + change.table() + " appeared that no valid case explains: "
                            + shorten(row, 300));
                }
            }
            if (!change.added().isEmpty()) {
                added.put(change.table(), change.added().size());
            }
        }
        return added;
    }

    private boolean carriesCreatedId(String row) {
        return createdIds.stream().anyMatch(row::contains);
    }

    private void requireReady(String when) {
        for (String s : SERVICES) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(stack.baseUrl(s) + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    problems.add(s + " not ready " + when + " the corpus: " + r.statusCode() + " " + shorten(r.body(), 400));
                }
            } catch (Exception e) {
                problems.add(s + " not reachable " + when + " the corpus: " + e);
            }
        }
    }

    /** A snapshot once nothing changes any more for two seconds (outbox relays, consumers done), at most 60 s. */
    private StoredData settled() throws Exception {
        StoredData last = StoredData.read(stack.jdbcUrl());
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            Thread.sleep(2000);
            StoredData now = StoredData.read(stack.jdbcUrl());
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        problems.add("the stored data did not settle within 60 s");
        return last;
    }

    // ------------------------------------------------------------------ valid cases at the maximum

    /** What the valid cases created. */
    record Ids(String inspection, String concern, String point, String referral, String feedback) {
    }

    private Ids validCases() throws Exception {
        String cat = "valid at maximum (2xx)";
        // the notice over HTTP, every string at its maximum
        ObjectNode notice = notice("uk.gov.ofsted.inspection.notified.v1", pad("corpus-" + run + "-", 200),
                pad("/corpus/" + run + "/", 500), startDate());
        ((ObjectNode) notice.get("data")).put("schoolName", pad("St Aldhelm Corpus " + run + " ", 300));
        ((ObjectNode) notice.get("data")).putObject("leadInspector").put("name", pad("Corpus Inspector " + run + " ", 200))
                .put("email", "lead.inspector@example.org");
        byte[] noticeBody = bytes(notice);
        Case c = new Case(cat, "notice at maximum (id 200, source 500, schoolName 300, lead 200)",
                http(NOTIFICATION, "POST", "/api/v1/notices", noticeBody, token("notice-publisher")), Expect.accepted(201));
        HttpResponse<String> r = send((Http) c.target());
        results.add(check(c, r));
        String inspection = json(r).path("inspectionId").asText(null);
        if (inspection == null) {
            throw new IllegalStateException("the corpus's own notice was not accepted: " + r.statusCode() + " " + r.body());
        }
        createdIds.add(inspection);
        createdIds.add(run); // the run tag is in the notice's id, source, school name, ofstedReference
        // duplicate id: the same event again is one event
        c = new Case("duplicate ids", "same notice id again is the same inspection",
                http(NOTIFICATION, "POST", "/api/v1/notices", noticeBody, token("notice-publisher")), Expect.accepted(200));
        r = send((Http) c.target());
        String again = json(r).path("inspectionId").asText("");
        results.add(again.equals(inspection) ? check(c, r) : new Result(c, r.statusCode() + " another inspection " + again, false));

        // the reschedule on Kafka, at its maximum: consumed, not dead-lettered, and it moves the start date
        LocalDate moved = startDate().plusWeeks(1);
        ObjectNode reschedule = notice("uk.gov.ofsted.inspection.rescheduled.v1", pad("corpus-" + run + "-r-", 200),
                pad("/corpus/" + run + "/", 500), moved);
        Case k = new Case(cat, "reschedule on Kafka at maximum is applied", new Kafka(URN, bytes(reschedule)),
                new Expect(Kind.CONSUMED, Set.of(), null));
        publish(k.name(), (Kafka) k.target());
        kafkaCases.put(k.name(), k);
        String got = waitFor(Duration.ofSeconds(60), () -> {
            HttpResponse<String> g = get(NOTIFICATION, "/api/v1/inspections/" + inspection, "sim");
            return g.statusCode() == 200 && g.body().contains(moved.toString()) ? "startDate " + moved : null;
        });
        results.add(new Result(k, got == null ? "start date never moved to " + moved : got, got != null));
        // the same record again (same event id): one event – consumed, not dead-lettered, nothing new stored
        // (the stored-data comparison holds the rest)
        Case dup = new Case("duplicate ids", "kafka: the reschedule again, same event id", new Kafka(URN, bytes(reschedule)),
                new Expect(Kind.CONSUMED, Set.of(), null));
        publish(dup.name(), (Kafka) dup.target());
        kafkaCases.put(dup.name(), dup);
        results.add(new Result(dup, "not dead-lettered", true)); // turned into a miss below if it is dead-lettered

        // the other services learn of the inspection from the events
        String supportReady = waitFor(Duration.ofSeconds(90), () ->
                get(SUPPORT, "/api/v1/inspections/" + inspection + "/support-case", "sim").statusCode() == 200 ? "ok" : null);
        if (supportReady == null) {
            problems.add("support-tracking-service never opened a case for the corpus inspection " + inspection);
        }
        waitFor(Duration.ofSeconds(60), () ->
                get(FEEDBACK, "/api/v1/inspections/" + inspection + "/feedback-template", "sim").statusCode() == 200 ? "ok" : null);

        // acknowledgement at the maximum (contact 300, notes 4000, 30 keep-in-touch times of purpose 200)
        ObjectNode ack = JSON.createObjectNode();
        ack.put("contactedAt", Instant.now().minusSeconds(60).toString());
        ack.put("agreedInvolvement", "FULL");
        ack.put("schoolContact", pad("Head " + run + " ", 300));
        ack.put("notes", pad("notes " + run + " ", 4000));
        ArrayNode times = ack.putArray("keepInTouchTimes");
        for (int i = 0; i < 30; i++) {
            times.addObject().put("purpose", pad("call " + i + " " + run + " ", 200))
                    .put("at", startDate().atTime(8 + i % 9, 0).toString())
                    .put("owner", people.get("sim").email());
        }
        c = new Case(cat, "acknowledgement at maximum (contact 300, notes 4000, 30 times)",
                http(NOTIFICATION, "POST", "/api/v1/inspections/" + inspection + "/acknowledgement", bytes(ack), token("sim")),
                Expect.accepted(200, 201));
        results.add(check(c, send((Http) c.target())));

        // a concern at the maximum (summary 4000, raisedBy 200)
        ObjectNode concern = JSON.createObjectNode().put("category", "INSPECTOR_CONDUCT").put("summary", pad("summary " + run + " ", 4000))
                .put("raisedBy", pad("Head " + run + " ", 200)).put("raisedWithInspector", true)
                .put("inspectorResponse", pad("response ", 4000));
        c = new Case(cat, "concern at maximum (summary 4000, raisedBy 200, response 4000)",
                http(SUPPORT, "POST", "/api/v1/inspections/" + inspection + "/concerns", bytes(concern), token("sim")),
                Expect.accepted(201));
        r = send((Http) c.target());
        results.add(check(c, r));
        String concernId = remember(json(r).path("id").asText(null));

        ObjectNode point = JSON.createObjectNode().put("title", pad("point " + run + " ", 300))
                .put("dueAt", startDate().atTime(16, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant().toString())
                .put("reason", pad("reason " + run + " ", 2000));
        c = new Case(cat, "keep-in-touch point at maximum (title 300, reason 2000)",
                http(SUPPORT, "POST", "/api/v1/inspections/" + inspection + "/keep-in-touch-points", bytes(point), token("sim")),
                Expect.accepted(201));
        r = send((Http) c.target());
        results.add(check(c, r));
        String pointId = remember(json(r).path("id").asText(null));

        ObjectNode context = JSON.createObjectNode().put("categorisationYear", "2025/26")
                .put("leadershipTurbulence", pad("t " + run + " ", 4000)).put("communityEvent", pad("c ", 4000))
                .put("partnershipName", pad("p " + run + " ", 200)).put("notes", pad("n ", 4000));
        ArrayNode partners = context.putArray("partnerUrns");
        for (int i = 0; i < 20; i++) {
            partners.add(String.valueOf(116100 + i));
        }
        c = new Case(cat, "support context at maximum (texts 4000, 20 partner URNs)",
                http(SUPPORT, "PUT", "/api/v1/inspections/" + inspection + "/context", bytes(context), token("sim")),
                Expect.accepted(200, 201, 204));
        results.add(check(c, send((Http) c.target())));

        ObjectNode referral = JSON.createObjectNode().put("inspectionId", inspection).put("note", pad("note " + run + " ", 500));
        c = new Case(cat, "manual wellbeing referral at maximum (note 500)",
                http(WELLBEING, "POST", "/api/v1/referrals", bytes(referral), token("sim")), Expect.accepted(200, 201));
        HttpResponse<String>[] last = new HttpResponse[1];
        waitFor(Duration.ofSeconds(60), () -> {
            last[0] = send((Http) new Case(cat, "", http(WELLBEING, "POST", "/api/v1/referrals", bytes(referral), token("sim")),
                    null).target());
            return last[0].statusCode() == 404 ? null : "done";
        });
        results.add(check(c, last[0]));
        String referralId = remember(json(last[0]).path("referralId").asText(null));

        ObjectNode start = JSON.createObjectNode().put("inspectionId", inspection);
        start.putObject("content").put("keyFeedback", pad("key " + run + " ", 8000)).put("nextSteps", pad("next ", 4000));
        c = new Case(cat, "feedback draft at maximum (keyFeedback 8000, nextSteps 4000)",
                http(FEEDBACK, "POST", "/api/v1/feedback", bytes(start), token("sim")), Expect.accepted(200, 201));
        r = send((Http) c.target());
        results.add(check(c, r));
        String feedbackId = remember(json(r).path("feedbackId").asText(null));
        return new Ids(inspection, concernId, pointId, referralId, feedbackId);
    }

    private String remember(String id) {
        if (id != null && !id.isBlank()) {
            createdIds.add(id);
        }
        return id == null ? UUID.randomUUID().toString() : id;
    }

    // ------------------------------------------------------------------ the Kafka contract

    private List<Case> kafkaCases(Ids ids) {
        String cat = "kafka notice contract";
        List<Case> cases = new ArrayList<>();
        cases.add(kafka(cat, "truncated JSON", URN, truncate(bytes(notice("uk.gov.ofsted.inspection.notified.v1", id(), "/corpus", startDate()))), null));
        cases.add(kafka(cat, "not JSON at all", URN, "this is not a CloudEvent".getBytes(StandardCharsets.UTF_8), null));
        cases.add(kafka(cat, "empty value", URN, new byte[0], null));
        cases.add(kafka(cat, "JSON array instead of an object", URN, "[1,2,3]".getBytes(StandardCharsets.UTF_8), null));
        cases.add(kafka(cat, "invalid UTF-8 bytes", URN, new byte[]{'{', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'}, null));
        cases.add(kafkaData("urn a number (wrong type)", d -> d.put("urn", 115987), "urn"));
        cases.add(kafkaData("urn of five digits", d -> d.put("urn", "11598"), "urn"));
        cases.add(kafkaData("schoolName 301 characters (one over)", d -> d.put("schoolName", pad("S", 301)), "schoolName"));
        cases.add(kafkaEnvelope("id 201 characters (one over)", e -> e.put("id", pad("id-", 201)), "id"));
        cases.add(kafkaEnvelope("source 501 characters (one over)", e -> e.put("source", pad("/s", 501)), "source"));
        cases.add(kafkaEnvelope("unknown event type", e -> e.put("type", "uk.gov.ofsted.inspection.cancelled.v9"), "type"));
        cases.add(kafkaEnvelope("specversion 0.3", e -> e.put("specversion", "0.3"), "specversion"));
        cases.add(kafkaData("unknown inspectionType", d -> d.put("inspectionType", "SURPRISE"), "inspectionType"));
        cases.add(kafkaData("unknown framework", d -> d.put("framework", "EIF_1999"), "framework"));
        cases.add(kafkaData("impossible startDate 2026-02-30", d -> d.put("startDate", "2026-02-30"), "startDate"));
        cases.add(kafkaData("startDate out of range +99999-01-01", d -> d.put("startDate", "+99999-01-01"), "startDate"));
        cases.add(kafkaData("NUL in schoolName", d -> d.put("schoolName", "St Aldhelm\u0000School"), "schoolName"));
        cases.add(kafkaData("control characters in schoolName", d -> d.put("schoolName", "Hill\u0007side\u001B[2J\u0008"), "schoolName"));
        cases.add(kafkaData("SQL in ofstedReference", d -> d.put("ofstedReference", "1'; DROP TABLE inspection;--"), "ofstedReference"));
        cases.add(kafkaData("script in lead inspector e-mail", d -> d.putObject("leadInspector").put("name", "X")
                .put("email", "<script>alert(1)</script>"), "email"));
        cases.add(kafkaData("expectedDays 6 (out of range)", d -> d.put("expectedDays", 6), "expectedDays"));
        cases.add(kafkaData("expectedDays a string (wrong type)", d -> d.put("expectedDays", "two"), "expectedDays"));
        cases.add(kafkaData("schoolName 300 KiB (huge)", d -> d.put("schoolName", pad("S", 300 * 1024)), "schoolName"));
        cases.add(kafkaData("data a huge array", d -> {
            ArrayNode a = d.putArray("leadInspector");
            for (int i = 0; i < 20_000; i++) {
                a.add(i);
            }
        }, "leadInspector"));
        ObjectNode n = notice("uk.gov.ofsted.inspection.notified.v1", id(), "/corpus", startDate());
        cases.add(kafka(cat, "record key is not the notice's URN", "116123", bytes(n), "key"));
        ObjectNode w = notice("uk.gov.ofsted.inspection.withdrawn.v1", id(), "/corpus", startDate());
        ((ObjectNode) w.get("data")).put("ofstedReference", "NEVER" + run);
        cases.add(kafka(cat, "withdrawal of an inspection never notified", URN, bytes(w), null));
        return cases;
    }

    private Case kafka(String cat, String name, String key, byte[] value, String field) {
        return new Case(cat, "kafka: " + name, new Kafka(key, value), Expect.deadLetter(field));
    }

    private Case kafkaData(String name, java.util.function.Consumer<ObjectNode> change, String field) {
        ObjectNode n = notice("uk.gov.ofsted.inspection.notified.v1", id(), "/corpus", startDate());
        ((ObjectNode) n.get("data")).put("ofstedReference", "K" + run + Integer.toString(name.hashCode() & 0xffff, 36));
        change.accept((ObjectNode) n.get("data"));
        return kafka("kafka notice contract", name, URN, bytes(n), field);
    }

    private Case kafkaEnvelope(String name, java.util.function.Consumer<ObjectNode> change, String field) {
        ObjectNode n = notice("uk.gov.ofsted.inspection.notified.v1", id(), "/corpus", startDate());
        ((ObjectNode) n.get("data")).put("ofstedReference", "K" + run + Integer.toString(name.hashCode() & 0xffff, 36));
        change.accept(n);
        return kafka("kafka notice contract", name, URN, bytes(n), field);
    }

    // ------------------------------------------------------------------ POST /api/v1/notices

    private List<Case> noticeHttpCases() {
        String cat = "notification: notices over HTTP";
        String p = "/api/v1/notices";
        String t = token("notice-publisher");
        List<Case> cases = new ArrayList<>();
        ObjectNode ok = notice("uk.gov.ofsted.inspection.notified.v1", id(), "/corpus", startDate());
        cases.add(new Case(cat, "notice: truncated JSON", http(NOTIFICATION, "POST", p, truncate(bytes(ok)), t), Expect.refused(null)));
        ObjectNode n = ok.deepCopy();
        ((ObjectNode) n.get("data")).put("schoolName", pad("S", 301));
        cases.add(new Case(cat, "notice: schoolName 301 (one over)", http(NOTIFICATION, "POST", p, bytes(n), t), Expect.refused("schoolName")));
        n = ok.deepCopy();
        n.put("id", "abc\u0000def");
        cases.add(new Case(cat, "notice: NUL in id", http(NOTIFICATION, "POST", p, bytes(n), t), Expect.refused("id")));
        n = ok.deepCopy();
        ((ObjectNode) n.get("data")).put("framework", "EIF_1999");
        cases.add(new Case(cat, "notice: unknown framework", http(NOTIFICATION, "POST", p, bytes(n), t), Expect.refused("framework")));
        n = ok.deepCopy();
        n.put("time", "2026-13-45T25:61:00Z");
        cases.add(new Case(cat, "notice: impossible time", http(NOTIFICATION, "POST", p, bytes(n), t), Expect.refused("time")));
        n = ok.deepCopy();
        ((ObjectNode) n.get("data")).put("schoolName", pad("S", NORMAL_BODY_LIMIT + 1024));
        cases.add(new Case(cat, "notice: body over 256 KiB", http(NOTIFICATION, "POST", p, bytes(n), t), Expect.refused("body", 413)));
        cases.add(new Case(cat, "notice: text/plain body", new Http(NOTIFICATION, "POST", p, "text/plain",
                bytes(ok), t), Expect.refused(null, 415)));
        return cases;
    }

    // ------------------------------------------------------------------ tokens

    private List<Case> tokenCases(Ids ids) throws Exception {
        String cat = "tokens";
        List<Case> cases = new ArrayList<>();
        String insp = "/api/v1/inspections/" + ids.inspection();
        DevPeople.Person sim = people.get("sim");
        cases.add(new Case(cat, "token: none", http(NOTIFICATION, "GET", insp, null, null), Expect.token(401)));
        cases.add(new Case(cat, "token: not a JWT", http(SUPPORT, "GET", insp + "/timeline", null, "abc.def.ghi"), Expect.token(401)));
        cases.add(new Case(cat, "token: wrong signature", http(FEEDBACK, "GET", "/api/v1/templates", null,
                signed(otherKey(), DevJwt.ISSUER, DevJwt.AUDIENCE, Instant.now().plusSeconds(3600), sim.email(), "sim")), Expect.token(401)));
        cases.add(new Case(cat, "token: expired", http(WELLBEING, "GET", "/api/v1/offers", null,
                signed(devKey(), DevJwt.ISSUER, DevJwt.AUDIENCE, Instant.now().minusSeconds(3600), sim.email(), "sim")), Expect.token(401)));
        cases.add(new Case(cat, "token: wrong audience", http(SUPPORT, "GET", "/api/v1/alerts", null,
                signed(devKey(), DevJwt.ISSUER, "another-system", Instant.now().plusSeconds(3600), sim.email(), "sim")), Expect.token(401)));
        cases.add(new Case(cat, "token: wrong issuer", http(NOTIFICATION, "GET", "/api/v1/la-contacts", null,
                signed(devKey(), "https://evil.example", DevJwt.AUDIENCE, Instant.now().plusSeconds(3600), sim.email(), "sim")), Expect.token(401)));
        cases.add(new Case(cat, "token: alg none", http(NOTIFICATION, "GET", insp, null, unsigned(sim.email())), Expect.token(401)));
        String other = DevJwt.token("other.sim@hants-ei.example", "Another School's SIM", Duration.ofHours(1), "sim");
        cases.add(new Case(cat, "another school's SIM acknowledges", http(NOTIFICATION, "POST", insp + "/acknowledgement",
                bytes(JSON.createObjectNode().put("notes", "x")), other), Expect.token(403)));
        cases.add(new Case(cat, "another school's SIM reads the support case", http(SUPPORT, "GET", insp + "/support-case", null, other),
                Expect.token(403)));
        cases.add(new Case(cat, "another school's SIM logs a concern", http(SUPPORT, "POST", insp + "/concerns",
                bytes(JSON.createObjectNode().put("category", "INSPECTOR_CONDUCT").put("summary", "s").put("raisedBy", "r")
                        .put("raisedWithInspector", false)), other), Expect.token(403)));
        cases.add(new Case(cat, "another school's SIM reads the referral", http(WELLBEING, "GET", "/api/v1/referrals/" + ids.referral(),
                null, other), Expect.token(403)));
        cases.add(new Case(cat, "another school's SIM edits the feedback", http(FEEDBACK, "PUT", "/api/v1/feedback/" + ids.feedback(),
                bytes(JSON.createObjectNode().put("keyFeedback", "x")), other), Expect.token(403)));
        cases.add(new Case(cat, "governor services publishes a notice (role)", http(NOTIFICATION, "POST", "/api/v1/notices",
                bytes(notice("uk.gov.ofsted.inspection.notified.v1", id(), "/corpus", startDate())), token("governor-services")),
                Expect.token(403)));
        cases.add(new Case(cat, "SIM closes an internal review (role)", http(SUPPORT, "POST", insp + "/internal-reviews/"
                + UUID.randomUUID() + "/closure", bytes(JSON.createObjectNode().put("findings", "x")), token("sim")), Expect.token(403)));
        return cases;
    }

    // ------------------------------------------------------------------ notification-service

    private List<Case> notificationCases(Ids ids) {
        String cat = "notification: inspections, schools";
        String insp = "/api/v1/inspections/" + ids.inspection();
        String sim = token("sim");
        String ops = token("ops");
        List<Case> c = new ArrayList<>();
        c.add(new Case(cat, "inspections: page -1", http(NOTIFICATION, "GET", "/api/v1/inspections?page=-1", null, sim), Expect.refused("page")));
        c.add(new Case(cat, "inspections: size 100000", http(NOTIFICATION, "GET", "/api/v1/inspections?size=100000", null, sim), Expect.refused("size")));
        c.add(new Case(cat, "inspections: impossible from date", http(NOTIFICATION, "GET", "/api/v1/inspections?from=2026-02-30", null, sim), Expect.refused("from")));
        c.add(new Case(cat, "inspections: unknown state", http(NOTIFICATION, "GET", "/api/v1/inspections?state=EXPLODED", null, sim), Expect.refused("state")));
        c.add(new Case(cat, "inspections: SQL in urn", http(NOTIFICATION, "GET", "/api/v1/inspections?urn=" + enc("1' OR '1'='1"), null, sim), Expect.refused("urn")));
        c.add(new Case(cat, "inspection: id not a UUID", http(NOTIFICATION, "GET", "/api/v1/inspections/" + enc("1 OR 1=1"), null, sim), Expect.refused(null, 400, 404)));
        c.add(new Case(cat, "ack: truncated JSON", http(NOTIFICATION, "POST", insp + "/acknowledgement", "{\"notes\":\"abc".getBytes(StandardCharsets.UTF_8), sim), Expect.refused(null)));
        c.add(new Case(cat, "ack: notes 4001 (one over)", http(NOTIFICATION, "POST", insp + "/acknowledgement",
                bytes(JSON.createObjectNode().put("notes", pad("n", 4001))), sim), Expect.refused("notes")));
        c.add(new Case(cat, "ack: schoolContact 301 (one over)", http(NOTIFICATION, "POST", insp + "/acknowledgement",
                bytes(JSON.createObjectNode().put("schoolContact", pad("n", 301))), sim), Expect.refused("schoolContact")));
        ObjectNode manyTimes = JSON.createObjectNode();
        ArrayNode a = manyTimes.putArray("keepInTouchTimes");
        for (int i = 0; i < 31; i++) {
            a.addObject().put("purpose", "p").put("at", startDate().atTime(9, 0).toString());
        }
        c.add(new Case(cat, "ack: 31 keep-in-touch times (one over)", http(NOTIFICATION, "POST", insp + "/acknowledgement", bytes(manyTimes), sim),
                Expect.refused("keepInTouchTimes")));
        c.add(new Case(cat, "ack: huge array (50,000 times)", http(NOTIFICATION, "POST", insp + "/acknowledgement", hugeArray("keepInTouchTimes", 50_000), sim),
                Expect.refused(null, 400, 413)));
        c.add(new Case(cat, "ack: unknown involvement", http(NOTIFICATION, "POST", insp + "/acknowledgement",
                bytes(JSON.createObjectNode().put("agreedInvolvement", "MAYBE")), sim), Expect.refused("agreedInvolvement")));
        c.add(new Case(cat, "ack: impossible contactedAt", http(NOTIFICATION, "POST", insp + "/acknowledgement",
                bytes(JSON.createObjectNode().put("contactedAt", "2026-02-30T10:00:00Z")), sim), Expect.refused("contactedAt")));
        c.add(new Case(cat, "ack: schoolContact an object (wrong type)", http(NOTIFICATION, "POST", insp + "/acknowledgement",
                "{\"schoolContact\":{\"a\":1}}".getBytes(StandardCharsets.UTF_8), sim), Expect.refused("schoolContact")));
        c.add(new Case(cat, "ack: body over 256 KiB", http(NOTIFICATION, "POST", insp + "/acknowledgement",
                bytes(JSON.createObjectNode().put("notes", pad("n", NORMAL_BODY_LIMIT + 10))), sim), Expect.refused("body", 413)));
        c.add(new Case(cat, "school: SQL in urn", http(NOTIFICATION, "GET", "/api/v1/schools/" + enc("1' OR '1'='1"), null, sim), Expect.refused(null, 400, 404)));
        c.add(new Case(cat, "assignment: sim e-mail a script", http(NOTIFICATION, "PUT", "/api/v1/schools/" + URN + "/assignment",
                bytes(JSON.createObjectNode().put("simName", "X").put("simEmail", "<script>alert(1)</script>")), ops), Expect.refused("simEmail")));
        c.add(new Case(cat, "assignment: simName 201 (one over)", http(NOTIFICATION, "PUT", "/api/v1/schools/" + URN + "/assignment",
                bytes(JSON.createObjectNode().put("simName", pad("X", 201)).put("simEmail", "a@b.example")), ops), Expect.refused("simName")));
        c.add(new Case(cat, "categorisation: unknown value", http(NOTIFICATION, "PUT", "/api/v1/schools/" + URN + "/categorisation",
                bytes(JSON.createObjectNode().put("categorisation", "splendid").put("academicYear", "2025/26")), ops), Expect.refused("categorisation")));
        c.add(new Case(cat, "categorisation: academicYear 21 (one over)", http(NOTIFICATION, "PUT", "/api/v1/schools/" + URN + "/categorisation",
                bytes(JSON.createObjectNode().put("categorisation", "good").put("academicYear", pad("2", 21))), ops), Expect.refused("academicYear")));
        c.add(new Case(cat, "federation: unknown kind", http(NOTIFICATION, "PUT", "/api/v1/federations/FED0850101",
                bytes(JSON.createObjectNode().put("kind", "LIQUID")), ops), Expect.refused("kind")));
        c.add(new Case(cat, "federation: NUL in name", http(NOTIFICATION, "PUT", "/api/v1/federations/FED0850101",
                bytes(JSON.createObjectNode().put("kind", "HARD").put("name", "a\u0000b")), ops), Expect.refused("name")));
        c.add(new Case(cat, "la-contacts: expired token", http(NOTIFICATION, "GET", "/api/v1/la-contacts", null,
                signedQuietly(devKey(), DevJwt.ISSUER, DevJwt.AUDIENCE, Instant.now().minusSeconds(60), people.get("sim").email(), "sim")),
                Expect.token(401)));
        return c;
    }

    private List<Case> registryCases() {
        String cat = "notification: registry CSV imports";
        String ops = token("ops");
        List<Case> c = new ArrayList<>();
        String simLine = URN + ",Mark Fenwick,mark.fenwick@hants-ei.example,Gareth Price,gareth.price@hants-ei.example\n";
        String header = "urn,sim_name,sim_email,ai_name,ai_email\n";
        c.add(csv(cat, "assignments: formula cell in sim_name", "/api/v1/registry/assignments",
                header + URN + ",\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",mark.fenwick@hants-ei.example,,\n", ops, "sim_name"));
        c.add(csv(cat, "assignments: formula cell in ai_name", "/api/v1/registry/assignments",
                header + URN + ",Mark Fenwick,mark.fenwick@hants-ei.example,+cmd|'/c calc'!A1,gareth.price@hants-ei.example\n", ops, "ai_name"));
        c.add(csv(cat, "assignments: sim_email 321 (one over)", "/api/v1/registry/assignments",
                header + URN + ",Mark Fenwick," + pad("m", 321 - "@hants-ei.example".length()) + "@hants-ei.example,,\n", ops, "sim_email"));
        c.add(csv(cat, "assignments: duplicate URN", "/api/v1/registry/assignments", header + simLine + simLine, ops, "urn"));
        c.add(csv(cat, "assignments: SQL in urn", "/api/v1/registry/assignments",
                header + "1' OR '1'='1,Mark Fenwick,mark.fenwick@hants-ei.example,,\n", ops, "urn"));
        c.add(new Case(cat, "assignments: UTF-16 (wrong encoding)", new Http(NOTIFICATION, "POST", "/api/v1/registry/assignments", "text/csv",
                (header + simLine).getBytes(StandardCharsets.UTF_16), ops), Expect.refused(null)));
        c.add(new Case(cat, "assignments: binary garbage", new Http(NOTIFICATION, "POST", "/api/v1/registry/assignments", "text/csv",
                new byte[]{0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE, 0, 0, 10, 13}, ops), Expect.refused(null)));
        c.add(csv(cat, "categorisations: formula cell in categorisation", "/api/v1/registry/categorisations",
                "urn,categorisation,academic_year\n" + URN + ",=1+1,2025/26\n", ops, "categorisation"));
        c.add(csv(cat, "categorisations: unknown categorisation", "/api/v1/registry/categorisations",
                "urn,categorisation,academic_year\n" + URN + ",splendid,2025/26\n", ops, "categorisation"));
        c.add(csv(cat, "la-contacts: formula cell in name", "/api/v1/registry/la-contacts",
                sampleFile("la-contacts.csv").replaceFirst("Susan Hartley", "@SUM(1+1)*cmd|' /C calc'!A0"), ops, "name"));
        c.add(csv(cat, "la-contacts: header only missing columns", "/api/v1/registry/la-contacts", "role;phase;name;email\n", ops, null));
        c.add(csv(cat, "school-contacts: formula cell in chair_name", "/api/v1/registry/school-contacts",
                "urn,head_email,chair_name,chair_email\n" + URN + ",head@school.example,=IMPORTXML(\"http://evil.example\"),chair@school.example\n",
                ops, "chair_name"));
        c.add(csv(cat, "school-contacts: NUL in chair_name", "/api/v1/registry/school-contacts",
                "urn,head_email,chair_name,chair_email\n" + URN + ",head@school.example,Mar\u0000garet,chair@school.example\n", ops, "chair_name"));
        c.add(new Case(cat, "gias: SQL in laCode", new Http(NOTIFICATION, "POST", "/api/v1/registry/gias?laCode=" + enc("85'--"), "text/csv",
                "URN\n1\n".getBytes(StandardCharsets.UTF_8), ops), Expect.refused("laCode")));
        c.add(new Case(cat, "gias: header only, columns missing", new Http(NOTIFICATION, "POST", "/api/v1/registry/gias", "text/csv",
                "URN,Name\n1,x\n".getBytes(Charset.forName("windows-1252")), ops), Expect.refused(null)));
        return c;
    }

    private String sampleFile(String name) {
        try {
            return java.nio.file.Files.readString(sampleDataDir.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Case csv(String cat, String name, String path, String text, String token, String field) {
        return new Case(cat, name, new Http(NOTIFICATION, "POST", path, "text/csv", text.getBytes(StandardCharsets.UTF_8), token),
                Expect.refused(field));
    }

    // ------------------------------------------------------------------ support-tracking-service

    private List<Case> supportCases(Ids ids) {
        String cat = "support-tracking";
        String insp = "/api/v1/inspections/" + ids.inspection();
        String sim = token("sim");
        String senior = token("senior-officer");
        String point = insp + "/keep-in-touch-points/" + ids.point();
        String concern = insp + "/concerns/" + ids.concern();
        String rnd = UUID.randomUUID().toString();
        List<Case> c = new ArrayList<>();
        c.add(new Case(cat, "support-cases: page abc", http(SUPPORT, "GET", "/api/v1/support-cases?page=abc", null, sim), Expect.refused("page")));
        c.add(new Case(cat, "support-cases: unknown state", http(SUPPORT, "GET", "/api/v1/support-cases?state=" + enc("<script>"), null, sim), Expect.refused("state")));
        c.add(new Case(cat, "support-case: id SQL", http(SUPPORT, "GET", "/api/v1/inspections/" + enc("x' OR 1=1--") + "/support-case", null, sim), Expect.refused(null, 400, 404)));
        c.add(new Case(cat, "context (GET): id not a UUID", http(SUPPORT, "GET", "/api/v1/inspections/12345/context", null, sim), Expect.refused(null, 400, 404)));
        c.add(new Case(cat, "timeline: id of nothing", http(SUPPORT, "GET", "/api/v1/inspections/" + rnd + "/timeline", null, sim), Expect.refused(null, 404)));
        c.add(new Case(cat, "contacts (GET): id not a UUID", http(SUPPORT, "GET", "/api/v1/inspections/%00/contacts", null, sim), Expect.refused(null, 400, 404)));
        ObjectNode ctx = JSON.createObjectNode();
        ArrayNode urns = ctx.putArray("partnerUrns");
        for (int i = 0; i < 21; i++) {
            urns.add(String.valueOf(116100 + i));
        }
        c.add(new Case(cat, "context: 21 partner URNs (one over)", http(SUPPORT, "PUT", insp + "/context", bytes(ctx), sim), Expect.refused("partnerUrns")));
        c.add(new Case(cat, "context: SQL in categorisationYear", http(SUPPORT, "PUT", insp + "/context",
                bytes(JSON.createObjectNode().put("categorisationYear", "2025'; DROP TABLE support_case;--")), sim), Expect.refused("categorisationYear")));
        c.add(new Case(cat, "contact: unknown channel", http(SUPPORT, "POST", insp + "/contacts",
                bytes(JSON.createObjectNode().put("withWhom", "Head").put("channel", "PIGEON").put("contactedAt", Instant.now().toString())), sim), Expect.refused("channel")));
        c.add(new Case(cat, "contact: contactedAt in 1900", http(SUPPORT, "POST", insp + "/contacts",
                bytes(JSON.createObjectNode().put("withWhom", "Head").put("channel", "PHONE").put("contactedAt", "1900-01-01T00:00:00Z")), sim), Expect.refused("contactedAt")));
        c.add(new Case(cat, "contact: NUL in notes", http(SUPPORT, "POST", insp + "/contacts",
                bytes(JSON.createObjectNode().put("withWhom", "Head").put("channel", "PHONE").put("contactedAt", Instant.now().toString())
                        .put("notes", "a\u0000b")), sim), Expect.refused("notes")));
        c.add(new Case(cat, "point: title 301 (one over)", http(SUPPORT, "POST", insp + "/keep-in-touch-points",
                bytes(JSON.createObjectNode().put("title", pad("t", 301)).put("dueAt", Instant.now().plusSeconds(86400).toString()).put("reason", "r")), sim),
                Expect.refused("title")));
        c.add(new Case(cat, "point: impossible dueAt", http(SUPPORT, "POST", insp + "/keep-in-touch-points",
                bytes(JSON.createObjectNode().put("title", "t").put("dueAt", "2026-02-30T10:00:00Z").put("reason", "r")), sim), Expect.refused("dueAt")));
        c.add(new Case(cat, "point move: dueAt a number (wrong type)", http(SUPPORT, "POST", point + "/move",
                "{\"dueAt\":[1,2],\"reason\":\"r\"}".getBytes(StandardCharsets.UTF_8), sim), Expect.refused("dueAt")));
        c.add(new Case(cat, "point cancellation: reason 2001 (one over)", http(SUPPORT, "POST", point + "/cancellation",
                bytes(JSON.createObjectNode().put("reason", pad("r", 2001))), sim), Expect.refused("reason")));
        c.add(new Case(cat, "point completion: notes 4001 (one over)", http(SUPPORT, "POST", point + "/completion",
                bytes(JSON.createObjectNode().put("notes", pad("r", 4001))), sim), Expect.refused("notes")));
        c.add(new Case(cat, "concern: summary 4001 (one over)", http(SUPPORT, "POST", insp + "/concerns",
                bytes(JSON.createObjectNode().put("category", "INSPECTOR_CONDUCT").put("summary", pad("s", 4001)).put("raisedBy", "r").put("raisedWithInspector", true)), sim),
                Expect.refused("summary")));
        c.add(new Case(cat, "concern: unknown category", http(SUPPORT, "POST", insp + "/concerns",
                bytes(JSON.createObjectNode().put("category", "VIBES").put("summary", "s").put("raisedBy", "r").put("raisedWithInspector", true)), sim),
                Expect.refused("category")));
        c.add(new Case(cat, "concern: body over 256 KiB", http(SUPPORT, "POST", insp + "/concerns",
                bytes(JSON.createObjectNode().put("summary", pad("s", NORMAL_BODY_LIMIT + 10))), sim), Expect.refused("body", 413)));
        c.add(new Case(cat, "agreed action: truncated JSON", http(SUPPORT, "POST", concern + "/agreed-action",
                "{\"action\": \"do th".getBytes(StandardCharsets.UTF_8), sim), Expect.refused(null)));
        c.add(new Case(cat, "escalation: unknown level", http(SUPPORT, "POST", concern + "/escalations",
                bytes(JSON.createObjectNode().put("level", "GALAXY").put("channel", "EMAIL")), sim), Expect.refused("level")));
        c.add(new Case(cat, "escalation: recipient e-mail a script", http(SUPPORT, "POST", concern + "/escalations",
                bytes(JSON.createObjectNode().put("level", "SHMI").put("channel", "EMAIL").set("to",
                        JSON.createObjectNode().put("email", "<script>x</script>"))), sim), Expect.refused("email")));
        c.add(new Case(cat, "escalation response: blank response", http(SUPPORT, "POST", concern + "/escalations/" + rnd + "/response",
                bytes(JSON.createObjectNode().put("response", "   ")), sim), Expect.refused("response")));
        c.add(new Case(cat, "concern closure: unknown outcome", http(SUPPORT, "POST", concern + "/closure",
                bytes(JSON.createObjectNode().put("outcome", "FORGOTTEN").put("summary", "s")), sim), Expect.refused("outcome")));
        c.add(new Case(cat, "pause: requestedAt year 10000", http(SUPPORT, "POST", insp + "/pauses",
                bytes(JSON.createObjectNode().put("requestedBy", "Head").put("reason", "r").put("requestedAt", "+10000-01-01T00:00:00Z")), sim),
                Expect.refused("requestedAt")));
        c.add(new Case(cat, "pause decision: impossible resumesOn", http(SUPPORT, "POST", insp + "/pauses/" + rnd + "/decision",
                bytes(JSON.createObjectNode().put("outcome", "PAUSED").put("resumesOn", "2026-13-01")), sim), Expect.refused("resumesOn")));
        ObjectNode def = JSON.createObjectNode().put("requestedBy", "Head").put("circumstances", "c");
        ArrayNode crit = def.putArray("criteriaConsidered");
        for (int i = 0; i < 100_000; i++) {
            crit.add("HEADTEACHER_ABSENCE");
        }
        c.add(new Case(cat, "deferral: huge criteria array (100,000)", http(SUPPORT, "POST", insp + "/deferrals", bytes(def), sim),
                Expect.refused(null, 400, 413)));
        c.add(new Case(cat, "deferral outcome: unknown outcome", http(SUPPORT, "POST", insp + "/deferrals/" + rnd + "/outcome",
                bytes(JSON.createObjectNode().put("outcome", "PERHAPS")), sim), Expect.refused("outcome")));
        c.add(new Case(cat, "report dates: year 0001", http(SUPPORT, "PUT", insp + "/report-dates",
                bytes(JSON.createObjectNode().put("draftReportReceivedOn", "0001-01-01")), sim), Expect.refused("draftReportReceivedOn")));
        c.add(new Case(cat, "follow-up: unknown level", http(SUPPORT, "PUT", insp + "/follow-up",
                bytes(JSON.createObjectNode().put("followUp", "EVERYTHING").put("reason", "r")), sim), Expect.refused("followUp")));
        c.add(new Case(cat, "statutory step: SQL as step", http(SUPPORT, "POST", insp + "/statutory-steps/" + enc("x'; DROP TABLE statutory_step;--") + "/completion",
                bytes(JSON.createObjectNode()), sim), Expect.refused(null, 400, 404)));
        c.add(new Case(cat, "complaint: blank summary", http(SUPPORT, "POST", insp + "/complaints",
                bytes(JSON.createObjectNode().put("summary", "\t \n")), sim), Expect.refused("summary")));
        c.add(new Case(cat, "complaint step: step 201 (one over)", http(SUPPORT, "POST", insp + "/complaints/" + rnd + "/steps",
                bytes(JSON.createObjectNode().put("step", pad("s", 201))), sim), Expect.refused("step")));
        c.add(new Case(cat, "complaint closure: unknown complaint", http(SUPPORT, "POST", insp + "/complaints/" + rnd + "/closure",
                bytes(JSON.createObjectNode().put("outcome", "upheld")), sim), Expect.refused(null, 404)));
        c.add(new Case(cat, "learning review: unknown instigator", http(SUPPORT, "POST", insp + "/learning-reviews",
                bytes(JSON.createObjectNode().put("instigatedBy", "NOBODY").put("reason", "r")), senior), Expect.refused("instigatedBy")));
        c.add(new Case(cat, "learning review closure: outcome 4001", http(SUPPORT, "POST", insp + "/learning-reviews/" + rnd + "/closure",
                bytes(JSON.createObjectNode().put("outcome", pad("o", 4001))), senior), Expect.refused("outcome")));
        c.add(new Case(cat, "internal review closure: JSON a string (wrong type)", http(SUPPORT, "POST", insp + "/internal-reviews/" + rnd + "/closure",
                "\"findings\"".getBytes(StandardCharsets.UTF_8), senior), Expect.refused(null)));
        return c;
    }

    // ------------------------------------------------------------------ feedback-service

    private List<Case> feedbackCases(Ids ids) {
        String cat = "feedback";
        String sim = token("sim");
        String senior = token("senior-officer");
        String fb = "/api/v1/feedback/" + ids.feedback();
        List<Case> c = new ArrayList<>();
        c.add(new Case(cat, "template: id SQL", http(FEEDBACK, "GET", "/api/v1/templates/" + enc("x' OR 1=1--"), null, sim), Expect.refused(null, 400, 404)));
        c.add(new Case(cat, "template version: not a number", http(FEEDBACK, "GET", "/api/v1/templates/graded/versions/abc", null, sim), Expect.refused(null, 400, 404)));
        c.add(new Case(cat, "feedback: inspectionId not a UUID", http(FEEDBACK, "POST", "/api/v1/feedback",
                bytes(JSON.createObjectNode().put("inspectionId", "not-a-uuid")), sim), Expect.refused("inspectionId")));
        c.add(new Case(cat, "feedback: templateId 61 (one over)", http(FEEDBACK, "POST", "/api/v1/feedback",
                bytes(JSON.createObjectNode().put("inspectionId", ids.inspection()).put("templateId", pad("t", 61))), sim), Expect.refused("templateId")));
        ObjectNode big = JSON.createObjectNode().put("inspectionId", ids.inspection());
        big.putObject("content").put("keyFeedback", pad("k", 8001));
        c.add(new Case(cat, "feedback: keyFeedback 8001 (one over)", http(FEEDBACK, "POST", "/api/v1/feedback", bytes(big), sim), Expect.refused("keyFeedback")));
        ObjectNode judg = JSON.createObjectNode().put("keyFeedback", "k");
        ObjectNode j = judg.putObject("judgements");
        for (int i = 0; i < 21; i++) {
            j.putObject("j" + i).put("grade", "GOOD");
        }
        c.add(new Case(cat, "feedback edit: 21 judgements (one over)", http(FEEDBACK, "PUT", fb, bytes(judg), sim), Expect.refused("judgements")));
        c.add(new Case(cat, "feedback edit: impossible meeting date", http(FEEDBACK, "PUT", fb,
                bytes(JSON.createObjectNode().put("feedbackMeetingOn", "2026-02-30")), sim), Expect.refused("feedbackMeetingOn")));
        c.add(new Case(cat, "feedback edit: NUL in keyFeedback", http(FEEDBACK, "PUT", fb,
                bytes(JSON.createObjectNode().put("keyFeedback", "good\u0000bad")), sim), Expect.refused("keyFeedback")));
        c.add(new Case(cat, "feedback edit: truncated JSON", http(FEEDBACK, "PUT", fb, "{\"keyFeedback\":".getBytes(StandardCharsets.UTF_8), sim), Expect.refused(null)));
        c.add(new Case(cat, "feedback edit: body over 256 KiB", http(FEEDBACK, "PUT", fb,
                bytes(JSON.createObjectNode().put("keyFeedback", pad("k", NORMAL_BODY_LIMIT + 10))), sim), Expect.refused("body", 413)));
        c.add(new Case(cat, "submission: unknown record", http(FEEDBACK, "POST", "/api/v1/feedback/" + UUID.randomUUID() + "/submission", null, sim),
                Expect.refused(null, 404)));
        c.add(new Case(cat, "correction: reason 2001 (one over)", http(FEEDBACK, "POST", fb + "/corrections",
                bytes(JSON.createObjectNode().put("reason", pad("r", 2001))), sim), Expect.refused("reason")));
        c.add(new Case(cat, "feedback list: size 0", http(FEEDBACK, "GET", "/api/v1/feedback?size=0", null, sim), Expect.refused("size")));
        c.add(new Case(cat, "feedback list: unknown state", http(FEEDBACK, "GET", "/api/v1/feedback?state=BURNT", null, sim), Expect.refused("state")));
        c.add(new Case(cat, "feedback: id SQL", http(FEEDBACK, "GET", "/api/v1/feedback/" + enc("1;DELETE FROM feedback_record"), null, sim), Expect.refused(null, 400, 404)));
        c.add(new Case(cat, "feedback version: not a number", http(FEEDBACK, "GET", fb + "/versions/" + enc("1 OR 1=1"), null, sim), Expect.refused(null, 400, 404)));
        c.add(new Case(cat, "feedback form: version not a number", http(FEEDBACK, "GET", fb + "/form?version=" + enc("<script>"), null, sim), Expect.refused(null, 400, 404)));
        c.add(new Case(cat, "inspection feedback: id not a UUID", http(FEEDBACK, "GET", "/api/v1/inspections/zzz/feedback", null, sim), Expect.refused(null, 400, 404)));
        c.add(new Case(cat, "inspection template: id of nothing", http(FEEDBACK, "GET", "/api/v1/inspections/" + UUID.randomUUID() + "/feedback-template", null, sim),
                Expect.refused(null, 404)));
        c.add(new Case(cat, "collation: impossible from", http(FEEDBACK, "GET", "/api/v1/reports/collation?from=2026-02-30&to=2026-03-31", null, senior), Expect.refused("from")));
        c.add(new Case(cat, "collation: from after to", http(FEEDBACK, "GET", "/api/v1/reports/collation?from=2027-01-01&to=2026-01-01", null, senior), Expect.refused(null)));
        return c;
    }

    // ------------------------------------------------------------------ wellbeing-service

    private List<Case> wellbeingCases(Ids ids) {
        String cat = "wellbeing";
        String sim = token("sim");
        String wo = token("wellbeing-officer");
        String ref = "/api/v1/referrals/" + ids.referral();
        String rnd = UUID.randomUUID().toString();
        List<Case> c = new ArrayList<>();
        c.add(new Case(cat, "referrals: page -5", http(WELLBEING, "GET", "/api/v1/referrals?page=-5", null, wo), Expect.refused("page")));
        c.add(new Case(cat, "referral: no inspectionId", http(WELLBEING, "POST", "/api/v1/referrals",
                bytes(JSON.createObjectNode().put("note", "n")), sim), Expect.refused("inspectionId")));
        c.add(new Case(cat, "referral: note 501 (one over)", http(WELLBEING, "POST", "/api/v1/referrals",
                bytes(JSON.createObjectNode().put("inspectionId", ids.inspection()).put("note", pad("n", 501))), sim), Expect.refused("note")));
        c.add(new Case(cat, "referral: NUL in note", http(WELLBEING, "POST", "/api/v1/referrals",
                bytes(JSON.createObjectNode().put("inspectionId", ids.inspection()).put("note", "a\u0000b")), sim), Expect.refused("note")));
        c.add(new Case(cat, "referral: body over 256 KiB", http(WELLBEING, "POST", "/api/v1/referrals",
                bytes(JSON.createObjectNode().put("inspectionId", ids.inspection()).put("note", pad("n", NORMAL_BODY_LIMIT + 10))), sim),
                Expect.refused("body", 413)));
        c.add(new Case(cat, "referral: id not a UUID", http(WELLBEING, "GET", "/api/v1/referrals/" + enc("' OR ''='"), null, wo), Expect.refused(null, 400, 404)));
        ObjectNode sp = JSON.createObjectNode().put("channel", "EMAIL");
        ArrayNode codes = sp.putArray("offerCodes");
        for (int i = 0; i < 11; i++) {
            codes.add("CODE" + i);
        }
        c.add(new Case(cat, "signposting: 11 offer codes (one over)", http(WELLBEING, "POST", ref + "/signpostings", bytes(sp), wo), Expect.refused("offerCodes")));
        c.add(new Case(cat, "signposting: offer code 41 (one over)", http(WELLBEING, "POST", ref + "/signpostings",
                bytes(JSON.createObjectNode().put("channel", "EMAIL").set("offerCodes", JSON.createArrayNode().add(pad("C", 41)))), wo),
                Expect.refused("offerCodes")));
        c.add(new Case(cat, "signposting: unknown channel", http(WELLBEING, "POST", ref + "/signpostings",
                bytes(JSON.createObjectNode().put("channel", "TELEPATHY").set("offerCodes", JSON.createArrayNode().add("EAP"))), wo),
                Expect.refused("channel")));
        c.add(new Case(cat, "check-in: dueAt 'yesterday'", http(WELLBEING, "POST", ref + "/check-ins",
                bytes(JSON.createObjectNode().put("dueAt", "yesterday")), wo), Expect.refused("dueAt")));
        c.add(new Case(cat, "check-in move: unknown check-in", http(WELLBEING, "PUT", ref + "/check-ins/" + rnd,
                bytes(JSON.createObjectNode().put("dueAt", Instant.now().plusSeconds(86400 * 3).toString())), wo), Expect.refused(null, 404)));
        c.add(new Case(cat, "check-in outcome: unknown outcome", http(WELLBEING, "POST", ref + "/check-ins/" + rnd + "/outcome",
                bytes(JSON.createObjectNode().put("outcome", "EUPHORIC")), wo), Expect.refused("outcome")));
        c.add(new Case(cat, "check-in cancellation: note 501 (one over)", http(WELLBEING, "POST", ref + "/check-ins/" + rnd + "/cancellation",
                bytes(JSON.createObjectNode().put("note", pad("n", 501))), wo), Expect.refused("note")));
        c.add(new Case(cat, "closure: unknown reason", http(WELLBEING, "POST", ref + "/closure",
                bytes(JSON.createObjectNode().put("reason", "BORED")), wo), Expect.refused("reason")));
        c.add(new Case(cat, "offer: code 500 characters", http(WELLBEING, "GET", "/api/v1/offers/" + pad("X", 500), null, wo), Expect.refused(null, 400, 404)));
        c.add(new Case(cat, "offer edit: name 201 (one over)", http(WELLBEING, "PUT", "/api/v1/offers/EAP",
                bytes(JSON.createObjectNode().put("name", pad("n", 201)).put("provider", "p").put("howToReach", "h").put("suits", "s")), wo),
                Expect.refused("name")));
        c.add(new Case(cat, "offer edit: script and NUL in name", http(WELLBEING, "PUT", "/api/v1/offers/EAP",
                bytes(JSON.createObjectNode().put("name", "<script>\u0000</script>").put("provider", "p").put("howToReach", "h").put("suits", "s")), wo),
                Expect.refused("name")));
        c.add(new Case(cat, "offers: wrong audience token", http(WELLBEING, "GET", "/api/v1/offers", null,
                signedQuietly(devKey(), DevJwt.ISSUER, "somebody-else", Instant.now().plusSeconds(600), people.get("sim").email(), "sim")),
                Expect.token(401)));
        c.add(new Case(cat, "audit: from not an instant", http(WELLBEING, "GET", "/api/v1/audit?from=" + enc("2026-02-30T99:00"), null, wo), Expect.refused("from")));
        c.add(new Case(cat, "statistics: impossible month", http(WELLBEING, "GET", "/api/v1/statistics?from=2026-13&to=2026-14", null, wo), Expect.refused("from")));
        return c;
    }

    // ------------------------------------------------------------------ checking

    private Result check(Case c, HttpResponse<String> r) {
        int s = r.statusCode();
        String type = r.headers().firstValue("Content-Type").orElse("");
        String got = s + " " + (type.isEmpty() ? "" : type.replaceAll(";.*", "")) + summary(r);
        if (s >= 500) {
            return new Result(c, got, false);
        }
        Expect e = c.expect();
        boolean ok = switch (e.kind()) {
            case ACCEPTED -> e.statuses().contains(s);
            case TOKEN -> e.statuses().contains(s);
            case REFUSED -> e.statuses().contains(s) && type.startsWith("application/problem+json") && namesField(r.body(), e.field());
            default -> false;
        };
        return new Result(c, got, ok);
    }

    /** The problem names the field: one of its errors' fields (or its detail) contains the field's name. */
    static boolean namesField(String body, String field) {
        JsonNode p;
        try {
            p = JSON.readTree(body);
        } catch (IOException e) {
            return false;
        }
        if (field == null) {
            return p.has("status");
        }
        String f = field.toLowerCase(Locale.ROOT);
        for (JsonNode err : p.path("errors")) {
            if (err.path("field").asText("").toLowerCase(Locale.ROOT).contains(f)) {
                return true;
            }
        }
        return p.path("detail").asText("").toLowerCase(Locale.ROOT).contains(f);
    }

    private static String summary(HttpResponse<String> r) {
        try {
            JsonNode p = JSON.readTree(r.body());
            List<String> fields = new ArrayList<>();
            p.path("errors").forEach(e -> fields.add(e.path("field").asText()));
            if (!fields.isEmpty()) {
                return " " + String.join(",", fields);
            }
            if (p.has("detail")) {
                return " \"" + shorten(p.path("detail").asText(), 80) + "\"";
            }
        } catch (IOException | RuntimeException ignored) {
            // not JSON
        }
        return "";
    }

    private Result checkDeadLetter(Case c, ConsumerRecord<String, String> dead) {
        if (dead == null) {
            return new Result(c, "no dead letter within 60 s", false);
        }
        String reason = reason(dead);
        String field = header(dead, Topics.FIELD_HEADER);
        String got = "dead letter: " + (field == null ? "" : "[" + field + "] ") + reason;
        boolean ok = reason != null && !reason.isBlank() && (c.expect().field() == null
                || (reason + " " + field).toLowerCase(Locale.ROOT).contains(c.expect().field().toLowerCase(Locale.ROOT)));
        return new Result(c, got, ok);
    }

    private static String reason(ConsumerRecord<String, String> r) {
        return header(r, Topics.REASON_HEADER);
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ Kafka

    private KafkaProducer<String, byte[]> producer;

    private void publish(String caseName, Kafka k) throws Exception {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(p);
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.INSPECTION_NOTIFICATIONS, k.key(), k.value());
        record.headers().add(CASE_HEADER, caseName.getBytes(StandardCharsets.UTF_8));
        record.headers().add(RUN_HEADER, run.getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }

    /** The dead letters of this run's cases, by case name, read from the start of the dead-letter topic. */
    private Map<String, ConsumerRecord<String, String>> readDeadLetters(Set<String> expected, Duration wait) {
        Map<String, ConsumerRecord<String, String>> found = new HashMap<>();
        Set<String> hostile = kafkaCases.entrySet().stream().filter(e -> e.getValue().expect().kind() == Kind.DEAD_LETTER)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Instant until = Instant.now().plus(wait);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            while (partitions.isEmpty() && Instant.now().isBefore(until)) {
                List<PartitionInfo> info = consumer.partitionsFor(Topics.INSPECTION_NOTIFICATIONS_DLQ, Duration.ofSeconds(5));
                if (info != null) {
                    info.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (Instant.now().isBefore(until) && !found.keySet().containsAll(hostile)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (run.equals(header(r, RUN_HEADER))) {
                        found.put(header(r, CASE_HEADER), r);
                    }
                }
            }
            // a little longer, for a valid record that would be dead-lettered late
            Instant grace = Instant.now().plusSeconds(2);
            while (Instant.now().isBefore(grace)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (run.equals(header(r, RUN_HEADER))) {
                        found.put(header(r, CASE_HEADER), r);
                    }
                }
            }
        }
        return found;
    }

    // ------------------------------------------------------------------ HTTP

    private Http http(String service, String method, String path, byte[] body, String token) {
        return new Http(service, method, path, body == null ? null : "application/json", body, token);
    }

    private HttpResponse<String> get(String service, String path, String role) {
        return send(http(service, "GET", path, null, token(role)));
    }

    private HttpResponse<String> send(Http h) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(stack.baseUrl(h.service()) + h.path()))
                .timeout(Duration.ofSeconds(30))
                .method(h.method(), h.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(h.body()));
        if (h.contentType() != null) {
            b.header("Content-Type", h.contentType());
        }
        b.header("Accept", "application/json, application/problem+json");
        if (h.token() != null) {
            b.header("Authorization", "Bearer " + h.token());
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return failed(h, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(h, e);
        }
    }

    /** A connection cut off is not an answer: shown as status 599 so the case misses. */
    private static HttpResponse<String> failed(Http h, Exception e) {
        return new HttpResponse<>() {
            public int statusCode() {
                return 599;
            }

            public HttpRequest request() {
                return null;
            }

            public java.util.Optional<HttpResponse<String>> previousResponse() {
                return java.util.Optional.empty();
            }

            public java.net.http.HttpHeaders headers() {
                return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true);
            }

            public String body() {
                return "no response: " + e;
            }

            public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
                return java.util.Optional.empty();
            }

            public URI uri() {
                return URI.create("http://localhost/" + h.path());
            }

            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }

    // ------------------------------------------------------------------ tokens

    private String token(String role) {
        DevPeople.Person p = people.get(role);
        return DevJwt.token(p.email(), p.name(), Duration.ofHours(1), role);
    }

    private static PrivateKey devKey() {
        try (InputStream in = DevJwt.class.getClassLoader().getResourceAsStream("dev-jwt/private-key.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the development key", e);
        }
    }

    private static PrivateKey otherKey() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair().getPrivate();
    }

    private static String signed(PrivateKey key, String issuer, String audience, Instant expires, String email, String role) {
        return Jwt.issuer(issuer).audience(audience).upn(email).subject(email).claim("email", email).groups(Set.of(role))
                .issuedAt(expires.minusSeconds(7200)).expiresAt(expires).sign(key);
    }

    private static String signedQuietly(PrivateKey key, String issuer, String audience, Instant expires, String email, String role) {
        return signed(key, issuer, audience, expires, email, role);
    }

    private static String unsigned(String email) {
        Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
        String header = b.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b.encodeToString(("{\"iss\":\"" + DevJwt.ISSUER + "\",\"aud\":\"" + DevJwt.AUDIENCE + "\",\"upn\":\"" + email
                + "\",\"groups\":[\"sim\",\"ops\"],\"exp\":" + (Instant.now().getEpochSecond() + 3600) + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }

    // ------------------------------------------------------------------ inputs

    private ObjectNode notice(String type, String id, String source, LocalDate start) {
        ObjectNode n = JSON.createObjectNode();
        n.put("specversion", "1.0").put("id", id).put("source", source).put("type", type)
                .put("time", Instant.now().toString()).put("datacontenttype", "application/json");
        ObjectNode d = n.putObject("data");
        d.put("urn", URN).put("ofstedReference", "C" + run);
        if (!type.endsWith("withdrawn.v1")) {
            d.put("inspectionType", "GRADED").put("framework", "RENEWED_2025").put("startDate", start.toString()).put("expectedDays", 2);
        }
        if (type.endsWith("notified.v1")) {
            d.put("schoolName", "St Aldhelm Corpus " + run);
        }
        return n;
    }

    private static LocalDate startDate() {
        return LocalDate.now().plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    }

    private String id() {
        return "corpus-" + run + "-" + UUID.randomUUID();
    }

    static String pad(String prefix, int length) {
        StringBuilder s = new StringBuilder(prefix.length() > length ? prefix.substring(0, length) : prefix);
        while (s.length() < length) {
            s.append((char) ('a' + s.length() % 26));
        }
        return s.toString();
    }

    static byte[] bytes(JsonNode n) {
        try {
            return JSON.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] truncate(byte[] b) {
        return java.util.Arrays.copyOf(b, b.length / 2);
    }

    static byte[] hugeArray(String field, int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("{\"" + field + "\":[").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < n; i++) {
            out.writeBytes((i == 0 ? "{}" : ",{}").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body() == null || r.body().isEmpty() ? "{}" : r.body());
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    static String shorten(String s, int n) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("[\\r\\n\\t]+", " ").replaceAll("\\p{Cntrl}", "?");
        return one.length() <= n ? one : one.substring(0, n - 1) + "…";
    }

    private static String waitFor(Duration wait, Supplier<String> probe) throws InterruptedException {
        Instant until = Instant.now().plus(wait);
        while (true) {
            String got = probe.get();
            if (got != null || Instant.now().isAfter(until)) {
                return got;
            }
            Thread.sleep(500);
        }
    }

    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    // ------------------------------------------------------------------ the command

    /**
     * {@code HostileCorpus [--against] [--state-dir DIR]}: without {@code --against}, starts an embedded stack on free
     * ports (state in {@code deploy/local-stack/target/corpus-stack}); with it, runs against a local stack already
     * running on the default ports (deploy/run-local.sh: 8081–8084, Kafka 9092, PostgreSQL 5432).
     */
    public static void main(String[] args) throws Exception {
        boolean against = List.of(args).contains("--against");
        Path repo = Proof.repository();
        Path sample = repo.resolve("deploy").resolve("sample-data");
        LocalStack embedded = null;
        Stack stack;
        if (against) {
            // the launcher's own options (ports, --dir), so the same flags as deploy/run-local.sh find the stack
            List<String> rest = new ArrayList<>(List.of(args));
            rest.remove("--against");
            StackOptions o = StackOptions.parse(rest.toArray(String[]::new), System.getenv(), repo, Paths.get("").toAbsolutePath());
            stack = new Stack() {
                public String baseUrl(String service) {
                    return "http://localhost:" + o.port(service);
                }

                public String kafkaBootstrapServers() {
                    return "localhost:" + o.kafkaPort();
                }

                public String jdbcUrl() {
                    return "jdbc:postgresql://localhost:" + o.postgresPort() + "/" + StackOptions.DATABASE;
                }
            };
        } else {
            Path state = repo.resolve("deploy").resolve("local-stack").resolve("target").resolve("corpus-stack");
            embedded = LocalStack.startEmbedded(StackOptions.embedded(repo, state), Map.of());
            stack = of(embedded);
        }
        int exit;
        HostileCorpus corpus = new HostileCorpus(stack, sample, System.out);
        try {
            Report report = corpus.runAll();
            report.print(System.out);
            exit = report.passed() ? 0 : 1;
        } finally {
            corpus.close();
            if (embedded != null) {
                embedded.stop();
            }
        }
        System.exit(exit);
    }

}
