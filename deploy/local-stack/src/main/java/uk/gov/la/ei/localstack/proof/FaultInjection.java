package uk.gov.la.ei.localstack.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import uk.gov.la.ei.localstack.LocalStack;
import uk.gov.la.ei.testinfra.DevJwt;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 10 item 2: faults injected under load. Starts an embedded stack (state in
 * {@code deploy/local-stack/target/fault-injection-stack}), a second instance of notification-service and of
 * support-tracking-service in the same consumer groups, publishes {@code --notices N} Ofsted notices on Kafka
 * (distinct Ofsted references over the sample schools) and, for {@code --share} of them, an acknowledgement,
 * a concern (leader wellbeing) and a submitted feedback record with an adverse outcome over HTTP. While it
 * publishes it SIGKILLs and restarts each service once, restarts the Kafka broker once and PostgreSQL once.
 * Then it waits until the system is quiet and checks that every effect is there exactly once; exit code 1 on
 * any difference. Run it with {@code deploy/proof/fault-injection.sh}.
 */
public final class FaultInjection {

    private static final ZoneId LONDON = Proof.LONDON;

    private final Proof proof;
    private final LocalStack stack;
    private final List<Proof.School> schools;
    private final int notices;
    private final int shareEvery;
    private final Duration quietTimeout;

    private final AtomicInteger published = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger concerns = new AtomicInteger();
    private final AtomicInteger feedback = new AtomicInteger();
    private final AtomicInteger retriesAfterNoAnswer = new AtomicInteger();
    private final Set<String> actedOn = ConcurrentHashMap.newKeySet();
    private final List<String> actionFailures = Collections.synchronizedList(new ArrayList<>());
    private final List<String> faultLog = Collections.synchronizedList(new ArrayList<>());

    private FaultInjection(LocalStack stack, List<Proof.School> schools, int notices, int shareEvery, Duration quietTimeout) {
        this.stack = stack;
        this.proof = new Proof(stack);
        this.schools = schools;
        this.notices = notices;
        this.shareEvery = shareEvery;
        this.quietTimeout = quietTimeout;
    }

    public static void main(String[] args) throws Exception {
        int notices = 5000;
        double share = 0.10;
        int quietMinutes = 40;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--notices" -> notices = Integer.parseInt(args[++i]);
                case "--share" -> share = Double.parseDouble(args[++i]);
                case "--quiet-timeout-minutes" -> quietMinutes = Integer.parseInt(args[++i]);
                case "--help", "-h" -> {
                    System.out.println("Usage: deploy/proof/fault-injection.sh [--notices N (5000)] [--share 0.10] [--quiet-timeout-minutes 40]");
                    return;
                }
                default -> {
                    System.err.println("Unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        Path repository = Proof.repository();
        Path stateDir = repository.resolve("deploy/local-stack/target/fault-injection-stack");
        Map<String, String> env = new LinkedHashMap<>();
        // No deadline may pass during the run (the real clock runs): what is counted is then exactly what was
        // sent. Acknowledgement due 10 working days after receipt; inspections start 4-10 weeks ahead.
        env.put("NOTIFICATION_ACKNOWLEDGEMENT_EXTRA_WORKING_DAYS", "10");
        Instant began = Instant.now();
        Proof.say("Starting the embedded stack in " + stateDir + " …");
        LocalStack stack = LocalStack.startEmbedded(Proof.options(repository, stateDir), env);
        int exit;
        try {
            List<Proof.School> schools = Proof.sampleSchools(repository.resolve("deploy/sample-data"));
            FaultInjection run = new FaultInjection(stack, schools, notices, Math.max(1, (int) Math.round(1 / share)),
                    Duration.ofMinutes(quietMinutes));
            exit = run.run(began);
        } catch (Throwable e) {
            e.printStackTrace();
            exit = 3;
        } finally {
            stack.stop();
        }
        System.exit(exit);
    }

    private int run(Instant began) throws Exception {
        Proof.say("Stack up in " + Duration.between(began, Instant.now()).toSeconds() + " s. Second instances:");
        String notification2 = stack.startInstance("notification-service");
        String support2 = stack.startInstance("support-tracking-service");
        Proof.say("Instances: " + stack.instancesOf("notification-service") + " " + stack.instancesOf("support-tracking-service"));

        List<Fault> faults = List.of(
                new Fault("SIGKILL + restart notification-service (first instance)", () -> crash("notification-service")),
                new Fault("SIGKILL + restart support-tracking-service (first instance)", () -> crash("support-tracking-service")),
                new Fault("restart the Kafka broker (same port, same log dir, 5 s down)", () -> stack.restartKafka(Duration.ofSeconds(5))),
                new Fault("SIGKILL + restart feedback-service", () -> crash("feedback-service")),
                new Fault("restart PostgreSQL (same port, same data, 5 s down)", () -> stack.restartPostgres(Duration.ofSeconds(5))),
                new Fault("SIGKILL + restart wellbeing-service", () -> crash("wellbeing-service")));

        ExecutorService actions = Executors.newFixedThreadPool(4);
        List<Future<?>> pending = new ArrayList<>();
        Instant publishing = Instant.now();
        int chunks = faults.size() + 1;
        try (KafkaProducer<String, String> producer = proof.producer()) {
            List<Future<?>> sends = new ArrayList<>();
            for (int chunk = 0; chunk < chunks; chunk++) {
                int from = notices * chunk / chunks;
                int to = notices * (chunk + 1) / chunks;
                for (int i = from; i < to; i++) {
                    Proof.School school = schools.get(i % schools.size());
                    String reference = reference(i);
                    LocalDate start = Proof.inspectionStart(i);
                    sends.add(proof.publishNotice(producer, school.urn(),
                            Proof.notice(UUID.randomUUID().toString(), school, reference, start, Instant.now())));
                    if (i % shareEvery == 3 % shareEvery && school.hasSim()) {
                        int n = i;
                        pending.add(actions.submit(() -> act(n, school)));
                    }
                }
                producer.flush();
                Proof.say("Published notices " + from + "–" + (to - 1));
                if (chunk < faults.size()) {
                    Fault fault = faults.get(chunk);
                    Instant t = Instant.now();
                    Proof.say("FAULT " + (chunk + 1) + "/" + faults.size() + ": " + fault.name());
                    fault.action().run();
                    String done = fault.name() + " – done in " + Duration.between(t, Instant.now()).toSeconds() + " s";
                    faultLog.add(done);
                    Proof.say("FAULT " + (chunk + 1) + " done (" + Duration.between(t, Instant.now()).toSeconds() + " s)");
                }
            }
            producer.flush();
            for (Future<?> send : sends) {
                send.get(10, TimeUnit.MINUTES);
                published.incrementAndGet();
            }
        }
        Proof.say("All " + published.get() + " notices acknowledged by the broker after "
                + Duration.between(publishing, Instant.now()).toSeconds() + " s; waiting for the " + pending.size() + " HTTP action sets");
        actions.shutdown();
        for (Future<?> p : pending) {
            try {
                p.get(30, TimeUnit.MINUTES);
            } catch (Exception e) {
                actionFailures.add("action set: " + e);
            }
        }
        Proof.say("HTTP actions done: " + acknowledged.get() + " acknowledgements, " + concerns.get() + " concerns, "
                + feedback.get() + " feedback records submitted; " + retriesAfterNoAnswer.get() + " calls retried after no answer");

        awaitQuiet();
        return check(notification2, support2, began);
    }

    // ------------------------------------------------------------------ faults

    private record Fault(String name, Step action) {
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private void crash(String instance) throws Exception {
        long pid = stack.instancePid(instance);
        stack.killInstance(instance);
        Thread.sleep(3000);
        stack.restartInstance(instance);
        faultLog.add("  " + instance + ": pid " + pid + " SIGKILLed, now pid " + stack.instancePid(instance));
    }

    // ------------------------------------------------------------------ HTTP actions (a share of the notices)

    static String reference(int i) {
        return String.format("FI-%06d", i);
    }

    private String notificationUrl(int attempt) {
        List<String> instances = stack.instancesOf("notification-service");
        return stack.instanceUrl(instances.get(Math.floorMod(attempt, instances.size())));
    }

    private String supportUrl(int attempt) {
        List<String> instances = stack.instancesOf("support-tracking-service");
        return stack.instanceUrl(instances.get(Math.floorMod(attempt, instances.size())));
    }

    /** Acknowledge, log a concern, submit feedback – each once, however often a call goes unanswered. */
    private void act(int i, Proof.School school) {
        String reference = reference(i);
        try {
            String inspectionId = awaitInspection(reference);
            if (inspectionId == null) {
                actionFailures.add(reference + ": inspection never appeared");
                return;
            }
            String sim = DevJwt.token(school.simEmail(), school.simName(), Duration.ofHours(12), "sim");
            boolean any = false;
            any |= acknowledge(reference, inspectionId, sim);
            any |= concern(reference, inspectionId, sim);
            any |= feedback(reference, inspectionId, sim);
            if (any) {
                actedOn.add(inspectionId);
            }
        } catch (Exception e) {
            actionFailures.add(reference + ": " + e);
        }
    }

    private String awaitInspection(String reference) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(25));
        while (Instant.now().isBefore(until)) {
            String id = proof.string("select id from notification.inspection where ofsted_reference = '" + reference + "'");
            if (id != null) {
                return id;
            }
            Thread.sleep(2000);
        }
        return null;
    }

    private boolean acknowledge(String reference, String id, String sim) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            Proof.Answer detail = proof.call("GET", notificationUrl(attempt) + "/api/v1/inspections/" + id, sim, null);
            if (detail.unavailable()) {
                Thread.sleep(1000);
                continue;
            }
            if (!detail.ok()) {
                actionFailures.add(reference + " acknowledgement: GET answered " + detail);
                return false;
            }
            JsonNode inspection = detail.body().path("inspection");
            if (!inspection.path("state").asText().equals("NOTIFIED")) {
                // an earlier attempt went through although its answer was lost
                if (inspection.path("state").asText().equals("ACKNOWLEDGED")) {
                    acknowledged.incrementAndGet();
                    return true;
                }
                actionFailures.add(reference + " acknowledgement: state " + inspection.path("state").asText());
                return false;
            }
            ObjectNode body = Proof.object();
            body.put("contactedAt", Instant.now().minusSeconds(60).toString());
            body.put("schoolContact", "Headteacher (fault-injection run)");
            body.put("agreedInvolvement", inspection.path("involvement").asText().equals("FULL") ? "FULL" : "OFFER_ACCEPTED");
            ObjectNode call = body.putArray("keepInTouchTimes").addObject();
            call.put("purpose", "End of day 1 call");
            call.put("at", inspection.path("startDate").asText() + "T16:30:00");
            call.put("owner", inspection.path("simEmail").asText());
            Proof.Answer answer = proof.call("POST", notificationUrl(attempt) + "/api/v1/inspections/" + id + "/acknowledgement", sim, body);
            if (answer.ok()) {
                acknowledged.incrementAndGet();
                return true;
            }
            if (answer.unavailable() || answer.status() == 409) {
                retriesAfterNoAnswer.incrementAndGet(); // check before trying again
                Thread.sleep(1000);
                continue;
            }
            actionFailures.add(reference + " acknowledgement: " + answer);
            return false;
        }
        actionFailures.add(reference + " acknowledgement: gave up");
        return false;
    }

    private boolean concern(String reference, String id, String sim) throws InterruptedException {
        String summary = "Fault-injection concern for " + reference + ": the headteacher is exhausted";
        for (int attempt = 0; attempt < 600; attempt++) {
            Proof.Answer kase = proof.call("GET", supportUrl(attempt) + "/api/v1/inspections/" + id + "/support-case", sim, null);
            if (kase.unavailable() || kase.status() == 404 || kase.status() == 403) {
                Thread.sleep(2000); // the case (or who may act on it) has not arrived yet
                continue;
            }
            if (!kase.ok()) {
                actionFailures.add(reference + " concern: GET case answered " + kase);
                return false;
            }
            if (kase.text().contains(summary)) {
                concerns.incrementAndGet(); // an earlier attempt went through although its answer was lost
                return true;
            }
            ObjectNode body = Proof.object();
            body.put("category", "LEADER_WELLBEING");
            body.put("summary", summary);
            body.put("raisedBy", "Chair of governors");
            body.put("raisedWithInspector", false);
            Proof.Answer answer = proof.call("POST", supportUrl(attempt) + "/api/v1/inspections/" + id + "/concerns", sim, body);
            if (answer.ok()) {
                concerns.incrementAndGet();
                return true;
            }
            if (answer.unavailable() || answer.status() == 409) {
                retriesAfterNoAnswer.incrementAndGet();
                Thread.sleep(1000);
                continue;
            }
            actionFailures.add(reference + " concern: " + answer);
            return false;
        }
        actionFailures.add(reference + " concern: gave up");
        return false;
    }

    private boolean feedback(String reference, String id, String sim) throws InterruptedException {
        String base = stack.baseUrl("feedback-service");
        String feedbackId = null;
        for (int attempt = 0; attempt < 600 && feedbackId == null; attempt++) {
            ObjectNode body = Proof.object();
            body.put("inspectionId", id);
            body.set("content", adverseFeedback(reference));
            Proof.Answer answer = proof.call("POST", base + "/api/v1/feedback", sim, body);
            if (answer.ok()) {
                feedbackId = answer.body().path("feedbackId").asText();
            } else if (answer.status() == 409) {
                // one record per inspection: an earlier attempt made it
                Proof.Answer existing = proof.callWhileUnavailable("GET", base + "/api/v1/inspections/" + id + "/feedback", sim, null, Duration.ofMinutes(3));
                if (existing.ok()) {
                    feedbackId = existing.body().path("feedbackId").asText();
                }
            } else if (answer.unavailable() || answer.status() == 404 || answer.status() == 403) {
                if (answer.unavailable()) {
                    retriesAfterNoAnswer.incrementAndGet();
                }
                Thread.sleep(2000); // service down, or it has not heard of the inspection yet
            } else {
                actionFailures.add(reference + " feedback: " + answer);
                return false;
            }
        }
        if (feedbackId == null || feedbackId.isEmpty()) {
            actionFailures.add(reference + " feedback: no record");
            return false;
        }
        for (int attempt = 0; attempt < 300; attempt++) {
            Proof.Answer answer = proof.call("POST", base + "/api/v1/feedback/" + feedbackId + "/submission", sim, null);
            if (answer.ok()) {
                feedback.incrementAndGet();
                return true;
            }
            if (answer.status() == 409) {
                Proof.Answer record = proof.callWhileUnavailable("GET", base + "/api/v1/feedback/" + feedbackId, sim, null, Duration.ofMinutes(3));
                if (record.ok() && record.text().contains("SUBMITTED")) {
                    feedback.incrementAndGet(); // submitted by an attempt whose answer was lost
                    return true;
                }
            } else if (!answer.unavailable()) {
                actionFailures.add(reference + " feedback submission: " + answer);
                return false;
            }
            retriesAfterNoAnswer.incrementAndGet();
            Thread.sleep(1000);
        }
        actionFailures.add(reference + " feedback submission: gave up");
        return false;
    }

    /** A report-card feedback whose worst grade is "needs attention": requires improvement, so adverse. */
    static ObjectNode adverseFeedback(String reference) {
        ObjectNode c = Proof.object();
        c.put("feedbackMeetingOn", LocalDate.now(LONDON).toString());
        ObjectNode attendance = c.putObject("attendance");
        ObjectNode la = attendance.putArray("la").addObject();
        la.put("name", "School Improvement Manager");
        la.put("role", "SIM");
        ObjectNode school = attendance.putArray("school").addObject();
        school.put("name", "The headteacher");
        school.put("role", "Headteacher");
        ObjectNode j = c.putObject("judgements");
        for (String key : List.of("inclusion", "curriculumAndTeaching", "attendanceAndBehaviour",
                "personalDevelopmentAndWellbeing", "leadershipAndGovernance")) {
            ObjectNode g = j.putObject(key);
            g.put("grade", "EXPECTED_STANDARD");
            g.put("reasonsClear", true);
        }
        ObjectNode achievement = j.putObject("achievement");
        achievement.put("grade", "NEEDS_ATTENTION");
        achievement.put("reasonsClear", false);
        achievement.put("comment", "Which published data was used was not said (" + reference + ").");
        ObjectNode safeguarding = j.putObject("safeguarding");
        safeguarding.put("grade", "MET");
        safeguarding.put("reasonsClear", true);
        c.put("categoryOfConcern", "NONE");
        c.put("keyFeedback", "Achievement needs attention (fault-injection run " + reference + ").");
        c.putObject("conductConcerns").put("raised", false);
        c.putObject("signposting").put("needed", false);
        c.put("nextSteps", "SIM to call the headteacher tomorrow.");
        return c;
    }

    // ------------------------------------------------------------------ quiet

    private void awaitQuiet() throws Exception {
        Instant until = Instant.now().plus(quietTimeout);
        int quietRounds = 0;
        while (Instant.now().isBefore(until)) {
            long inspections = proof.count("select count(*) from notification.inspection");
            long cases = proof.count("select count(*) from support_tracking.support_case");
            Map<String, Long> lag = proof.consumerLag();
            long totalLag = lag.values().stream().mapToLong(Long::longValue).sum();
            long backlog = 0;
            for (String service : stack.options().services()) {
                Proof.Backlog b = proof.backlog(stack.baseUrl(service));
                backlog += b.outboxPending() + b.mailPending();
            }
            Proof.say("waiting for quiet: inspections " + inspections + "/" + notices + ", cases " + cases + "/" + notices
                    + ", consumer lag " + totalLag + " " + lag + ", outbox+mail pending " + backlog);
            boolean quiet = inspections >= notices && cases >= notices && totalLag == 0 && backlog == 0;
            quietRounds = quiet ? quietRounds + 1 : 0;
            if (quietRounds >= 3) {
                Proof.say("quiet.");
                return;
            }
            Thread.sleep(10_000);
        }
        Proof.say("NOT quiet after " + quietTimeout.toMinutes() + " minutes: checking what there is");
    }

    // ------------------------------------------------------------------ checks

    private final List<String[]> rows = new ArrayList<>();
    private int differences;

    private void expect(String what, long expected, long actual) {
        boolean ok = expected == actual;
        if (!ok) {
            differences++;
        }
        rows.add(new String[] {ok ? "ok  " : "DIFF", what, String.valueOf(expected), String.valueOf(actual)});
    }

    private int check(String notification2, String support2, Instant began) throws Exception {
        String senior = stack.token("senior-officer");
        String ops = stack.token("ops");
        expect("notices published (acknowledged by the broker)", notices, published.get());
        expect("inspections (GET notification /api/v1/inspections total)", notices,
                proof.getJson(stack.baseUrl("notification-service") + "/api/v1/inspections?size=1", senior).path("total").asLong(-1));
        expect("distinct Ofsted references among inspections (JDBC notification.inspection)", notices,
                proof.count("select count(distinct ofsted_reference) from notification.inspection where ofsted_reference like 'FI-%'"));
        expect("support cases (GET support-tracking /api/v1/support-cases total)", notices,
                proof.getJson(stack.baseUrl("support-tracking-service") + "/api/v1/support-cases?size=1", senior).path("total").asLong(-1));
        expect("inspections with more than one support case (JDBC)", 0,
                proof.count("select count(*) from (select inspection_id from support_tracking.support_case group by inspection_id having count(*) > 1) d"));
        expect("support cases for an inspection notification-service does not have (JDBC)", 0,
                proof.count("select count(*) from support_tracking.support_case c where not exists "
                        + "(select 1 from notification.inspection i where i.id = c.inspection_id)"));
        for (String schema : Proof.SCHEMAS) {
            if (!schema.equals("notification")) {
                expect("inspections known to " + schema + " (JDBC " + schema + ".known_inspection)", notices,
                        proof.count("select count(*) from " + schema + ".known_inspection"));
            }
        }
        expect("acknowledged inspections (JDBC notification.inspection state)", acknowledged.get(),
                proof.count("select count(*) from notification.inspection where state = 'ACKNOWLEDGED'"));
        expect("LEADER_WELLBEING concerns (JDBC support_tracking.concern)", concerns.get(),
                proof.count("select count(*) from support_tracking.concern where category = 'LEADER_WELLBEING'"));
        expect("concerns doubled (same inspection and summary / same inspection and UNEXPECTED_OUTCOME)", 0,
                proof.count("select count(*) from (select inspection_id, summary from support_tracking.concern "
                        + "where category <> 'UNEXPECTED_OUTCOME' group by 1, 2 having count(*) > 1) d")
                        + proof.count("select count(*) from (select inspection_id from support_tracking.concern "
                        + "where category = 'UNEXPECTED_OUTCOME' group by 1 having count(*) > 1) d"));
        expect("feedback records submitted (JDBC feedback.feedback_record state SUBMITTED)", feedback.get(),
                proof.count("select count(*) from feedback.feedback_record where state = 'SUBMITTED'"));
        expect("follow-ups decided (JDBC support_tracking.follow_up)", feedback.get(),
                proof.count("select count(*) from support_tracking.follow_up"));
        expect("wellbeing referrals (JDBC wellbeing.referral; one per inspection with a concern or adverse feedback)", actedOn.size(),
                proof.count("select count(*) from wellbeing.referral"));
        expect("inspections with more than one referral", 0,
                proof.count("select count(*) from (select inspection_id from wellbeing.referral group by 1 having count(*) > 1) d"));
        for (String service : stack.options().services()) {
            Proof.Backlog b = proof.backlog(stack.baseUrl(service));
            expect(service + ": outbox pending (GET /api/v1/ops/outbox)", 0, b.outboxPending());
            expect(service + ": outbox parked", 0, b.outboxParked());
            expect(service + ": mail pending (GET /api/v1/ops/mail)", 0, b.mailPending());
            expect(service + ": mail failed", 0, b.mailFailed());
        }
        Map<String, Long> dlq = proof.deadLetters();
        expect("dead letters on every *.dlq topic " + dlq, 0, dlq.values().stream().mapToLong(Long::longValue).sum());

        // e-mails: every mail a service recorded as sent reached the SMTP server once; no mail queued twice
        Map<String, Long> sentRows = new java.util.TreeMap<>();
        long duplicateRows = 0;
        for (String schema : Proof.SCHEMAS) {
            proof.counts("select lower(recipient), count(*) from " + schema + ".outgoing_mail where status = 'SENT' group by 1")
                    .forEach((k, v) -> sentRows.merge(k, v, Long::sum));
            // the same content to the same person about the same record twice (a coordinated-inspection mail about
            // two different partner inspections shares subject and reference, not its body)
            duplicateRows += proof.count("select count(*) from (select recipient, subject, reference, md5(body) from " + schema
                    + ".outgoing_mail group by 1, 2, 3, 4 having count(*) > 1) d");
        }
        Map<String, Long> kept = proof.mailsByRecipient();
        long keptTotal = kept.values().stream().mapToLong(Long::longValue).sum();
        long sentTotal = sentRows.values().stream().mapToLong(Long::longValue).sum();
        expect(".eml files kept by the SMTP server = mails the services recorded as sent", sentTotal, keptTotal);
        long recipientsDiffering = 0;
        for (String r : union(kept.keySet(), sentRows.keySet())) {
            if (!kept.getOrDefault(r, 0L).equals(sentRows.getOrDefault(r, 0L))) {
                recipientsDiffering++;
                Proof.say("  mail count differs for " + r + ": kept " + kept.getOrDefault(r, 0L) + ", sent " + sentRows.getOrDefault(r, 0L));
            }
        }
        expect("recipients whose .eml count differs from the mails sent to them", 0, recipientsDiffering);
        expect("mails queued twice (same schema, recipient, subject, reference, body)", 0, duplicateRows);
        List<String> twice = proof.mailsDeliveredTwice();
        expect("mails the SMTP server received twice (same recipient, subject and content)", 0, twice.size());
        twice.stream().limit(10).forEach(m -> Proof.say("  received twice: " + m));
        expect("HTTP action sets that failed", 0, actionFailures.size());

        Map<String, Long> topics = proof.topicSizes();
        System.out.println();
        System.out.println("=== Fault injection: " + notices + " notices, every " + shareEvery + "th (with a SIM) acted on over HTTP ===");
        System.out.println("instances: " + stack.instancesOf("notification-service") + ", " + stack.instancesOf("support-tracking-service")
                + " (" + notification2 + ", " + support2 + " started for the run)");
        System.out.println("faults injected while publishing:");
        faultLog.forEach(f -> System.out.println("  " + f));
        System.out.println("HTTP: " + acknowledged.get() + " acknowledgements, " + concerns.get() + " concerns, " + feedback.get()
                + " feedback records submitted; " + retriesAfterNoAnswer.get() + " calls retried after no answer / conflict");
        System.out.println("records per topic: " + topics);
        System.out.println("mails: " + keptTotal + " kept by the SMTP server for " + kept.size() + " recipients");
        System.out.println("mails by service: " + mailsBySchema());
        for (String f : actionFailures.subList(0, Math.min(20, actionFailures.size()))) {
            System.out.println("  action failure: " + f);
        }
        System.out.println();
        System.out.printf("%-4s  %-100s %10s %10s%n", "", "check", "expected", "actual");
        for (String[] r : rows) {
            System.out.printf("%-4s  %-100s %10s %10s%n", r[0], r[1], r[2], r[3]);
        }
        System.out.println();
        System.out.println(differences == 0
                ? "PASS: every count as expected (" + rows.size() + " checks), " + Duration.between(began, Instant.now()).toSeconds() + " s in all"
                : "FAIL: " + differences + " of " + rows.size() + " checks differ");
        return differences == 0 ? 0 : 1;
    }

    private Map<String, Long> mailsBySchema() throws InterruptedException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String schema : Proof.SCHEMAS) {
            out.put(schema, proof.count("select count(*) from " + schema + ".outgoing_mail"));
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

}
