package uk.gov.la.ei.localstack.proof;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.localstack.LocalStack;
import uk.gov.la.ei.localstack.StackOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 11 item 2: the benchmark command ({@code deploy/bench/benchmark.sh}). Starts its own embedded stack
 * (real broker, PostgreSQL, SMTP, the four services with their production JVM settings), then measures and
 * writes {@code deploy/bench/results/latest.md} and {@code latest.svg}:
 * <ul>
 *   <li>notice → {@code ContactsAssigned} on Kafka (the record's timestamp, set by the outbox relay when it
 *       publishes) and notice → the SIM's e-mail accepted by SMTP (the mail queue's {@code sent_at}, recorded
 *       just after the SMTP server's answer), p50/p95/p99, at each rate for a fixed time, all four services
 *       consuming;</li>
 *   <li>sustained throughput (notices fully handled per second) next to PostgreSQL's own single-row
 *       insert-and-commit rate on the same server with the same settings;</li>
 *   <li>a national year of notices (about 7,000) replayed as fast as the publisher can: wall time until every
 *       inspection has its support case and every outbox and mail queue is empty;</li>
 *   <li>each service's start time and memory (PSS), and the whole stack's.</li>
 * </ul>
 * The targets of the issue are checked and each is reported met or missed, with by how much.
 */
public final class Benchmark {

    /** The services' production JVM settings (the images' entrypoint, deploy/compose, a 768 MiB pod limit). */
    static final List<String> PRODUCTION_JVM = List.of("-XX:MaxRAM=768m", "-XX:MaxRAMPercentage=75.0",
            "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");

    private final LocalStack stack;
    private final Proof proof;
    private final List<Proof.School> schools;
    /** ofstedReference → when ContactsAssigned for it was published (epoch ms). */
    private final Map<String, Long> contactsAssigned = new ConcurrentHashMap<>();
    private final AtomicBoolean listening = new AtomicBoolean(true);
    private final StringBuilder notes = new StringBuilder();

    private Benchmark(LocalStack stack, List<Proof.School> schools) {
        this.stack = stack;
        this.proof = new Proof(stack);
        this.schools = schools.stream().filter(Proof.School::hasSim).toList();
    }

    record Phase(int rate, int seconds, int notices, long[] toContacts, long[] toMail, double throughput,
                 Duration published, Duration drained, int unfinished) {
    }

    record Start(String service, double startSeconds, long pssKiB) {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> rates = List.of(50, 200, 1000);
        int seconds = 60;
        int yearNotices = 7000;
        int drainMinutes = 30;
        int warmup = 2000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rates" -> rates = Arrays.stream(args[++i].split(",")).map(String::trim).map(Integer::parseInt).toList();
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--year" -> yearNotices = Integer.parseInt(args[++i]);
                case "--drain-minutes" -> drainMinutes = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--help", "-h" -> {
                    System.out.println("Usage: deploy/bench/benchmark.sh [--rates 50,200,1000] [--seconds 60] [--year 7000] [--drain-minutes 30] [--warmup 2000]");
                    return;
                }
                default -> {
                    System.err.println("Unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        Path repository = Proof.repository();
        Path stateDir = repository.resolve("deploy/local-stack/target/bench-stack");
        Path out = repository.resolve("deploy/bench/results");
        Map<String, String> env = new LinkedHashMap<>();
        // nothing falls due during the run: what is measured is the notice path, not escalations
        env.put("NOTIFICATION_ACKNOWLEDGEMENT_EXTRA_WORKING_DAYS", "10");
        StackOptions o = Proof.options(repository, stateDir);
        StackOptions options = new StackOptions(o.repository(), o.stateDir(), o.callerDir(), true, o.loadSampleData(),
                o.kafkaPort(), o.postgresPort(), o.smtpPort(), o.servicePorts(), o.readyTimeout(), PRODUCTION_JVM);
        Instant began = Instant.now();
        Proof.say("Starting the embedded stack in " + stateDir + " (services: " + String.join(" ", PRODUCTION_JVM) + ") …");
        LocalStack stack = LocalStack.startEmbedded(options, env);
        int exit;
        try {
            Benchmark bench = new Benchmark(stack, Proof.sampleSchools(repository.resolve("deploy/sample-data")));
            exit = bench.run(rates, seconds, yearNotices, warmup, Duration.ofMinutes(drainMinutes), out, Duration.between(began, Instant.now()));
        } catch (Throwable e) {
            e.printStackTrace();
            exit = 3;
        } finally {
            stack.stop();
        }
        System.exit(exit);
    }

    private int run(List<Integer> rates, int seconds, int yearNotices, int warmup, Duration drain, Path out, Duration stackUp) throws Exception {
        Proof.say("Stack up in " + stackUp.toSeconds() + " s");
        List<Start> starts = starts();
        Start bare = bareApp();
        Map<String, String> settings = databaseSettings();
        double ceiling = databaseCeiling(Duration.ofSeconds(10), 1);
        double ceiling4 = databaseCeiling(Duration.ofSeconds(10), 4);
        Proof.say(String.format(Locale.ROOT, "PostgreSQL single-row insert+commit: %.0f/s on 1 connection, %.0f/s on 4", ceiling, ceiling4));

        Thread listener = new Thread(this::listen, "bench-contacts-assigned");
        listener.setDaemon(true);
        listener.start();
        Thread.sleep(2000);

        if (warmup > 0) {
            // the JIT compiles the hot paths first: without this the first phase measures a cold JVM
            phase("W", Math.max(1, warmup / 20), 20, drain);
            notes.append("- Warm-up before the phases: ").append(warmup).append(" notices over 20 s, not reported.\n");
        }
        List<Phase> phases = new ArrayList<>();
        for (int rate : rates) {
            phases.add(phase("R" + rate, rate, seconds, drain));
        }
        Duration year = yearNotices > 0 ? year(yearNotices, drain) : null;
        long stackPss = stackPss();
        listening.set(false);

        Report report = new Report(stackUp, starts, bare, settings, ceiling, ceiling4, phases, yearNotices, year, stackPss, notes.toString());
        Files.createDirectories(out);
        Files.writeString(out.resolve("latest.md"), report.markdown(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("latest.svg"), report.svg(), StandardCharsets.UTF_8);
        System.out.println(report.markdown());
        Proof.say("Report written to " + out.resolve("latest.md") + " and latest.svg");
        return phases.stream().anyMatch(p -> p.unfinished() > 0) ? 1 : 0;
    }

    // ------------------------------------------------------------------ start time and memory

    private static final Pattern STARTED = Pattern.compile("started in (\\d+[.,]\\d+)s");

    private List<Start> starts() throws IOException {
        List<Start> starts = new ArrayList<>();
        for (String service : stack.options().services()) {
            double seconds = Double.NaN;
            Path log = stack.options().logDir().resolve(service + ".log");
            if (Files.exists(log)) {
                Matcher m = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    seconds = Double.parseDouble(m.group(1).replace(',', '.'));
                }
            }
            starts.add(new Start(service, seconds, pssKiB(stack.instancePid(service))));
        }
        return starts;
    }

    /**
     * The yardstick: deploy/bench/bare-app (Quarkus REST, one endpoint) started alone with the services' JVM
     * settings, its "started in" and PSS read as the services' are, then stopped. Null if it is not built.
     */
    private Start bareApp() throws IOException, InterruptedException {
        Path jar = Proof.repository().resolve("deploy/bench/bare-app/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            notes.append("- The bare app was not measured: ").append(jar).append(" is not built (`./mvnw install`).\n");
            return null;
        }
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = stack.options().logDir().resolve("bare-app.log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(PRODUCTION_JVM);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(jar.toString());
        Process process = new ProcessBuilder(command).directory(jar.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            Instant deadline = Instant.now().plusSeconds(120);
            while (Instant.now().isBefore(deadline) && process.isAlive()) {
                Matcher m = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    Thread.sleep(2000); // settled, as the services are when they are read
                    Start bare = new Start("bare Quarkus REST app", Double.parseDouble(m.group(1).replace(',', '.')), pssKiB(process.pid()));
                    Proof.say(String.format(Locale.ROOT, "Bare Quarkus REST app: started in %.2f s, %d MiB PSS",
                            bare.startSeconds(), bare.pssKiB() / 1024));
                    return bare;
                }
                Thread.sleep(200);
            }
            notes.append("- The bare app did not report \"started in\" within 120 s: see ").append(log).append(".\n");
            return null;
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    /** Proportional set size of a process (shared pages divided among their users), KiB; RSS if PSS is not readable. */
    static long pssKiB(long pid) {
        for (String file : List.of("smaps_rollup", "status")) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), file))) {
                    if (line.startsWith(file.equals("status") ? "VmRSS:" : "Pss:")) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException | RuntimeException ignored) {
                // try the next source
            }
        }
        return 0;
    }

    /** The stack's memory: the services, this JVM (broker, SMTP server, the load generator) and PostgreSQL's processes. */
    private long stackPss() {
        long total = pssKiB(ProcessHandle.current().pid());
        for (String service : stack.options().services()) {
            for (String instance : stack.instancesOf(service)) {
                total += pssKiB(stack.instancePid(instance));
            }
        }
        String dataDir = stack.options().postgresDir().toString();
        long postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false)
                        || p.info().commandLine().map(c -> c.contains(dataDir)).orElse(false))
                .mapToLong(p -> pssKiB(p.pid())).sum();
        return total + postgres;
    }

    // ------------------------------------------------------------------ the database's own ceiling

    private Map<String, String> databaseSettings() throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection c = proof.db(); Statement s = c.createStatement()) {
            for (String name : List.of("server_version", "fsync", "synchronous_commit", "full_page_writes", "shared_buffers", "wal_level")) {
                try (ResultSet rs = s.executeQuery("show " + name)) {
                    rs.next();
                    settings.put(name, rs.getString(1));
                }
            }
        }
        return settings;
    }

    /** Single-row insert and commit in a loop on {@code connections} connections for {@code time}: rows per second. */
    private double databaseCeiling(Duration time, int connections) throws Exception {
        try (Connection c = proof.db(); Statement s = c.createStatement()) {
            s.execute("create table if not exists public.bench_ceiling (id bigserial primary key, at timestamptz not null default now(), payload varchar(200) not null)");
        }
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        AtomicLong rows = new AtomicLong();
        long until = System.nanoTime() + time.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int n = 0; n < connections; n++) {
            workers.add(pool.submit(() -> {
                try (Connection c = proof.db();
                     PreparedStatement insert = c.prepareStatement("insert into public.bench_ceiling (payload) values (?)")) {
                    c.setAutoCommit(true);
                    while (System.nanoTime() < until) {
                        insert.setString(1, "ceiling");
                        insert.executeUpdate();
                        rows.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        try (Connection c = proof.db(); Statement s = c.createStatement()) {
            s.execute("drop table public.bench_ceiling");
        }
        return rows.get() / (double) time.toSeconds();
    }

    // ------------------------------------------------------------------ notices and what they cause

    /** Reads ContactsAssigned from the inspections topic (from its end at the start) and notes when each was published. */
    private void listen() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(Topics.INSPECTIONS, Duration.ofMinutes(2))) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            while (listening.get()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    try {
                        JsonNode event = Proof.JSON.readTree(r.value());
                        String type = event.path("type").asText("");
                        if (type.contains("contacts-assigned")) {
                            contactsAssigned.putIfAbsent(event.path("data").path("ofstedReference").asText(), r.timestamp());
                        }
                    } catch (IOException ignored) {
                        // not ours to judge here
                    }
                }
            }
        }
    }

    private void publish(KafkaProducer<String, String> producer, Proof.School school, String reference, int i) {
        proof.publishNotice(producer, school.urn(), Proof.notice(UUID.randomUUID().toString(), school, reference,
                Proof.inspectionStart(i), Instant.now()));
    }

    private static String reference(String phase, int i) {
        return String.format("%s-%06d", phase, i);
    }

    /** Publishes {@code rate} notices a second for {@code seconds}, then waits for every ContactsAssigned and SIM mail. */
    private Phase phase(String name, int rate, int seconds, Duration drain) throws Exception {
        int count = rate * seconds;
        Proof.say("Phase " + name + ": " + rate + " notices/s for " + seconds + " s (" + count + " notices)");
        Map<String, Long> sent = new ConcurrentHashMap<>();
        Map<String, String> simOf = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        long epoch0 = System.currentTimeMillis();
        try (KafkaProducer<String, String> producer = proof.producer()) {
            for (int i = 0; i < count; i++) {
                long due = t0 + (long) (i * 1_000_000_000L / (double) rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                Proof.School school = schools.get(i % schools.size());
                String ref = reference(name, i);
                simOf.put(ref, school.simEmail().toLowerCase(Locale.ROOT));
                sent.put(ref, System.currentTimeMillis());
                publish(producer, school, ref, i);
            }
            producer.flush();
        }
        Duration published = Duration.ofNanos(System.nanoTime() - t0);
        Proof.say("  published in " + published.toMillis() + " ms; waiting for ContactsAssigned and the SIMs' mails");

        Instant giveUp = Instant.now().plus(drain);
        Map<String, Long> mailed = Map.of();
        while (Instant.now().isBefore(giveUp)) {
            long assigned = sent.keySet().stream().filter(contactsAssigned::containsKey).count();
            mailed = simMailsSent(name, simOf);
            if (assigned == count && mailed.size() == count) {
                break;
            }
            Proof.say("  " + assigned + "/" + count + " ContactsAssigned, " + mailed.size() + "/" + count + " SIM mails sent");
            Thread.sleep(2000);
        }
        long end = 0;
        List<Long> toContacts = new ArrayList<>();
        List<Long> toMail = new ArrayList<>();
        for (Map.Entry<String, Long> e : sent.entrySet()) {
            Long ca = contactsAssigned.get(e.getKey());
            if (ca != null) {
                toContacts.add(Math.max(0, ca - e.getValue()));
                end = Math.max(end, ca);
            }
            Long mail = mailed.get(e.getKey());
            if (mail != null) {
                toMail.add(Math.max(0, mail - e.getValue()));
                end = Math.max(end, mail);
            }
        }
        int unfinished = count - Math.min(toContacts.size(), toMail.size());
        Duration drained = Duration.ofMillis(Math.max(0, end - epoch0));
        double throughput = drained.isZero() ? 0 : (count - unfinished) / (drained.toMillis() / 1000.0);
        Phase phase = new Phase(rate, seconds, count, sorted(toContacts), sorted(toMail), throughput, published, drained, unfinished);
        Proof.say(String.format(Locale.ROOT, "  %s: ContactsAssigned p50/p95/p99 %d/%d/%d ms; SIM mail %d/%d/%d ms; %.1f notices/s handled; %d unfinished",
                name, pct(phase.toContacts(), 50), pct(phase.toContacts(), 95), pct(phase.toContacts(), 99),
                pct(phase.toMail(), 50), pct(phase.toMail(), 95), pct(phase.toMail(), 99), throughput, unfinished));
        // let the downstream services finish what this phase caused before the next one starts
        awaitQuiet(drain);
        return phase;
    }

    /** ofstedReference → when the SIM's mail about it was accepted by SMTP (the queue's sent_at), for one phase. */
    private Map<String, Long> simMailsSent(String phase, Map<String, String> simOf) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = proof.db(); PreparedStatement s = c.prepareStatement(
                "select i.ofsted_reference, lower(m.recipient), m.sent_at from notification.inspection i "
                        + "join notification.outgoing_mail m on m.reference = i.id::text "
                        + "where i.ofsted_reference like ? and m.sent_at is not null")) {
            s.setString(1, phase + "-%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String ref = rs.getString(1);
                    if (rs.getString(2).equals(simOf.get(ref))) {
                        out.merge(ref, rs.getTimestamp(3).getTime(), Math::min);
                    }
                }
            }
        }
        return out;
    }

    /** Until every outbox and mail queue of every service is empty and no consumer group lags. */
    private void awaitQuiet(Duration drain) throws Exception {
        Instant giveUp = Instant.now().plus(drain);
        while (Instant.now().isBefore(giveUp)) {
            long backlog = 0;
            for (String service : stack.options().services()) {
                Proof.Backlog b = proof.backlog(stack.baseUrl(service));
                backlog += b.outboxPending() + b.mailPending();
            }
            long lag = proof.consumerLag().entrySet().stream()
                    .filter(e -> !e.getKey().startsWith("console") && !e.getKey().isBlank())
                    .mapToLong(Map.Entry::getValue).sum();
            if (backlog == 0 && lag == 0) {
                return;
            }
            Thread.sleep(2000);
        }
        notes.append("- The stack was not quiet ").append(drain.toMinutes()).append(" minutes after a phase.\n");
    }

    /** A national year of notices, published as fast as the producer can: wall time until all is handled. */
    private Duration year(int notices, Duration drain) throws Exception {
        Proof.say("National year: " + notices + " notices");
        long casesBefore = proof.count("select count(*) from support_tracking.support_case");
        Instant start = Instant.now();
        try (KafkaProducer<String, String> producer = proof.producer()) {
            for (int i = 0; i < notices; i++) {
                publish(producer, schools.get(i % schools.size()), reference("Y", i), i);
            }
            producer.flush();
        }
        Instant giveUp = Instant.now().plus(drain);
        while (Instant.now().isBefore(giveUp)) {
            long cases = proof.count("select count(*) from support_tracking.support_case") - casesBefore;
            if (cases >= notices) {
                break;
            }
            Proof.say("  " + cases + "/" + notices + " support cases opened");
            Thread.sleep(2000);
        }
        awaitQuiet(drain);
        Duration wall = Duration.between(start, Instant.now());
        Proof.say("  national year handled in " + wall.toSeconds() + " s");
        return wall;
    }

    // ------------------------------------------------------------------ arithmetic

    private static long[] sorted(List<Long> values) {
        long[] a = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a;
    }

    /** Nearest-rank percentile of a sorted array; -1 when empty. */
    static long pct(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
    }


    // ------------------------------------------------------------------ the report

    record Report(Duration stackUp, List<Start> starts, Start bare, Map<String, String> settings, double ceiling, double ceiling4,
                  List<Phase> phases, int yearNotices, Duration year, long stackPssKiB, String notes) {

        String markdown() {
            StringBuilder md = new StringBuilder();
            md.append("# Benchmark report\n\n");
            md.append("Run ").append(Instant.now().toString(), 0, 16).append("Z on ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" cores, everything on one machine ")
                    .append("(broker, SMTP server and load generator in one JVM; PostgreSQL; the four services).\n\n");
            md.append("- Services' JVM: `").append(String.join(" ", PRODUCTION_JVM)).append("` (the images' settings in a 768 MiB pod).\n");
            md.append("- PostgreSQL: ");
            settings.forEach((k, v) -> md.append(k).append("=").append(v).append(", "));
            md.setLength(md.length() - 2);
            md.append(" – the ceiling below is measured on the same server with the same settings.\n");
            md.append("- Stack up (all four services ready) in ").append(stackUp.toSeconds()).append(" s.\n\n");

            md.append("## Latency from notice\n\n");
            md.append("| rate (notices/s × s) | notices | → ContactsAssigned p50 / p95 / p99 (ms) | → SIM e-mail accepted p50 / p95 / p99 (ms) | handled/s | unfinished |\n");
            md.append("|---|---|---|---|---|---|\n");
            for (Phase p : phases) {
                md.append(String.format(Locale.ROOT, "| %d × %d | %d | %d / %d / %d | %d / %d / %d | %.1f | %d |%n", p.rate(), p.seconds(), p.notices(),
                        pct(p.toContacts(), 50), pct(p.toContacts(), 95), pct(p.toContacts(), 99),
                        pct(p.toMail(), 50), pct(p.toMail(), 95), pct(p.toMail(), 99), p.throughput(), p.unfinished()));
            }
            double sustained = phases.stream().mapToDouble(Phase::throughput).max().orElse(0);
            double best = Math.max(ceiling, ceiling4);
            md.append(String.format(Locale.ROOT, "%nSustained: %.1f notices/s fully handled (ContactsAssigned published and the SIM's mail sent). "
                    + "PostgreSQL's own single-row insert-and-commit rate: %.0f/s on one connection, %.0f/s on four. Ratio: %.2f %%.%n%n",
                    sustained, ceiling, ceiling4, best == 0 ? 0 : 100 * sustained / best));
            md.append("![latency](latest.svg)\n\n");

            md.append("## National year\n\n");
            if (year == null) {
                md.append("Not run (`--year 0`).\n\n");
            } else {
                md.append(String.format(Locale.ROOT, "%d notices published at once: every support case open and every outbox and mail queue empty after %d s.%n%n",
                        yearNotices, year.toSeconds()));
            }

            md.append("## Start and memory\n\n| service | start (Quarkus \"started in\") | PSS when ready |\n|---|---|---|\n");
            for (Start s : starts) {
                md.append(String.format(Locale.ROOT, "| %s | %.2f s | %d MiB |%n", s.service(), s.startSeconds(), s.pssKiB() / 1024));
            }
            if (bare != null) {
                md.append(String.format(Locale.ROOT, "| *%s* | %.2f s | %d MiB |%n", bare.service(), bare.startSeconds(), bare.pssKiB() / 1024));
                md.append("\nThe services start together, beside the broker and PostgreSQL starting (the stack's start); the bare app "
                        + "starts alone afterwards, on a quieter machine – the comparison favours it.\n");
            }
            md.append(String.format(Locale.ROOT, "%nWhole stack after the run (services, PostgreSQL, the launcher JVM with broker, SMTP and load generator): %d MiB PSS.%n%n",
                    stackPssKiB / 1024));

            md.append("## Targets\n\n");
            Phase at200 = phases.stream().filter(p -> p.rate() == 200).findFirst().orElse(null);
            if (at200 != null) {
                target(md, "p99 notice → ContactsAssigned at 200/s < 250 ms", pct(at200.toContacts(), 99), 250, "ms");
                target(md, "p99 notice → SIM e-mail at 200/s < 1 s", pct(at200.toMail(), 99), 1000, "ms");
            }
            if (best > 0) {
                double needed = best / 2;
                md.append(String.format(Locale.ROOT, "- throughput ≥ 50 %% of the database ceiling (%.0f/s): %s (%.1f/s, %.2f %% of the ceiling)%n",
                        needed, sustained >= needed ? "**met**" : "**missed**", sustained, 100 * sustained / best));
            }
            if (year != null) {
                target(md, "national year < 60 s", year.toSeconds(), 60, "s");
            }
            if (bare == null || starts.isEmpty()) {
                md.append("- start ≤ 1.5 × a bare Quarkus REST app: **not measured** (see the notes).\n");
            } else {
                double slowest = starts.stream().mapToDouble(Start::startSeconds).max().orElse(Double.NaN);
                double limit = 1.5 * bare.startSeconds();
                md.append(String.format(Locale.ROOT, "- start ≤ 1.5 × a bare Quarkus REST app (%.2f s): %s (slowest service %.2f s, %.1f × the bare app)%n",
                        limit, slowest <= limit ? "**met**" : "**missed** by " + String.format(Locale.ROOT, "%.2f s", slowest - limit),
                        slowest, slowest / bare.startSeconds()));
            }
            target(md, "whole stack < 2 GiB", stackPssKiB / 1024, 2048, "MiB");
            if (!notes.isBlank()) {
                md.append("\n## Notes\n\n").append(notes);
            }
            return md.toString();
        }

        private static void target(StringBuilder md, String name, long value, long limit, String unit) {
            boolean met = value >= 0 && value < limit;
            md.append("- ").append(name).append(": ").append(met ? "**met**" : "**missed**").append(" (").append(value).append(' ').append(unit);
            if (!met && value >= 0) {
                md.append(String.format(Locale.ROOT, ", %.1f × the target", value / (double) limit));
            }
            md.append(")\n");
        }

        /** A bar chart of the percentiles at each rate, log scale (ms). */
        String svg() {
            int width = 760;
            int height = 360;
            int left = 70;
            int bottom = 300;
            double maxLog = Math.log10(Math.max(10, phases.stream().flatMapToLong(p -> Arrays.stream(new long[]{pct(p.toContacts(), 99), pct(p.toMail(), 99)}))
                    .max().orElse(10)) * 1.2);
            StringBuilder svg = new StringBuilder();
            svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                    .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
            svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
            svg.append("<text x=\"").append(left).append("\" y=\"20\" font-size=\"14\">Latency from notice (ms, log scale): ContactsAssigned (blue), SIM e-mail (orange); p50 / p95 / p99</text>\n");
            for (int decade = 0; decade <= Math.ceil(maxLog); decade++) {
                double y = bottom - (decade / maxLog) * (bottom - 40);
                if (y < 30) {
                    break;
                }
                svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                        left, width - 10, y, y, left - 5, y + 4, decade == 0 ? "1" : "1e" + decade));
            }
            int groupWidth = phases.isEmpty() ? 0 : (width - left - 20) / phases.size();
            for (int g = 0; g < phases.size(); g++) {
                Phase p = phases.get(g);
                long[] values = {pct(p.toContacts(), 50), pct(p.toContacts(), 95), pct(p.toContacts(), 99),
                        pct(p.toMail(), 50), pct(p.toMail(), 95), pct(p.toMail(), 99)};
                int bar = Math.max(4, groupWidth / 8);
                for (int b = 0; b < values.length; b++) {
                    double h = values[b] <= 1 ? 0 : Math.log10(values[b]) / maxLog * (bottom - 40);
                    int x = left + g * groupWidth + 10 + b * bar + (b >= 3 ? bar / 2 : 0);
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%d ms</title></rect>%n",
                            x, bottom - h, bar - 2, h, b < 3 ? "#1f77b4" : "#ff7f0e", values[b]));
                }
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%d/s × %d s</text>%n", left + g * groupWidth + 10, bottom + 18, p.rate(), p.seconds()));
            }
            svg.append("</svg>\n");
            return svg.toString();
        }
    }
}
