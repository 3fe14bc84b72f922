package uk.gov.la.ei.localstack.proof;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import uk.gov.la.ei.localstack.LocalStack;
import uk.gov.la.ei.testinfra.DevJwt;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 10 item 4: a Hampshire-sized school year (September to July) on the services' adjustable clocks.
 * Imports a GIAS-like registry of {@code --schools} schools (the sample data's 41 and generated ones, with SIM
 * and AI assignments, categorisations and contacts) through notification-service's registry endpoints, then
 * plays {@code --inspections} inspections over the year with acknowledgements (some deliberately missed),
 * concerns (about 20%: resolved, escalated to the SHMI and answered, or left to go overdue), feedback with
 * adverse outcomes (about 10%, some with a category of concern and its statutory clocks), leaders flagged for
 * wellbeing support (signposted next morning, some deliberately not), report dates and statutory steps (some
 * deliberately missed). All four clocks move together ({@code PUT /api/v1/ops/clock}) day by day; the services'
 * own scheduled checks (every second here) raise what lapses. At the end it proves the no-lapse promise from
 * the services' tables and exits 1 on any lapse. Run it with {@code deploy/proof/simulate-year.sh}.
 */
public final class SimulatedYear {

    static final ZoneId LONDON = Proof.LONDON;
    static final LocalDate YEAR_START = LocalDate.of(2026, 9, 1);
    static final LocalDate YEAR_END = LocalDate.of(2027, 7, 23);

    private final LocalStack stack;
    private final Proof proof;
    private final Random random;
    private final int schoolCount;
    private final int inspectionCount;
    private final Duration checkPause;
    private final Set<LocalDate> workingDays = new TreeSet<>();
    private final PriorityQueue<Action> queue = new PriorityQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Long> tally = new java.util.TreeMap<>();
    private Instant clock = Instant.EPOCH;

    private SimulatedYear(LocalStack stack, long seed, int schools, int inspections, Duration checkPause) {
        this.stack = stack;
        this.proof = new Proof(stack);
        this.random = new Random(seed);
        this.schoolCount = schools;
        this.inspectionCount = inspections;
        this.checkPause = checkPause;
    }

    public static void main(String[] args) throws Exception {
        int schools = 530;
        int inspections = 150;
        long seed = 2026;
        long pauseMillis = 1500;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--schools" -> schools = Integer.parseInt(args[++i]);
                case "--inspections" -> inspections = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--check-pause-millis" -> pauseMillis = Long.parseLong(args[++i]);
                case "--help", "-h" -> {
                    System.out.println("Usage: deploy/proof/simulate-year.sh [--schools 530] [--inspections 150] [--seed 2026] [--check-pause-millis 1500]");
                    return;
                }
                default -> {
                    System.err.println("Unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        Path repository = Proof.repository();
        Path stateDir = repository.resolve("deploy/local-stack/target/simulated-year-stack");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PLATFORM_CLOCK_ADJUSTABLE", "true");
        // the deadline checks run on a schedule only: every second here, so a day's lapses are raised before the next day
        env.put("NOTIFICATION_ACKNOWLEDGEMENT_CHECK_EVERY", "1s");
        env.put("SUPPORT_WATCH_EVERY", "1s");
        env.put("WELLBEING_WATCH_CHECK_EVERY", "1s");
        env.put("WELLBEING_WATCH_FIRST_CHECK_AFTER", "1s");
        Instant began = Instant.now();
        Proof.say("Starting the embedded stack (adjustable clocks) in " + stateDir + " …");
        LocalStack stack = LocalStack.startEmbedded(Proof.options(repository, stateDir), env);
        int exit;
        try {
            SimulatedYear year = new SimulatedYear(stack, seed, schools, inspections, Duration.ofMillis(pauseMillis));
            exit = year.run(repository, began);
        } catch (Throwable e) {
            e.printStackTrace();
            exit = 3;
        } finally {
            stack.stop();
        }
        System.exit(exit);
    }

    // ------------------------------------------------------------------ the clock

    private void setClocks(Instant now) throws InterruptedException {
        if (!now.isAfter(clock)) {
            return;
        }
        ObjectNode body = Proof.object();
        body.put("now", now.toString());
        for (String service : stack.options().services()) {
            Proof.Answer a = proof.callWhileUnavailable("PUT", stack.baseUrl(service) + "/api/v1/ops/clock", stack.token("ops"), body,
                    Duration.ofMinutes(1));
            if (!a.ok()) {
                throw new IllegalStateException("PUT clock on " + service + ": " + a);
            }
        }
        clock = now;
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(LONDON).toInstant();
    }

    private boolean working(LocalDate d) {
        return workingDays.contains(d);
    }

    /** The n-th working day after {@code d} (n = 0: d itself if working, else the next). */
    private LocalDate plusWorkingDays(LocalDate d, int n) {
        LocalDate x = d;
        while (!working(x)) {
            x = x.plusDays(1);
        }
        for (int i = 0; i < n; i++) {
            x = x.plusDays(1);
            while (!working(x)) {
                x = x.plusDays(1);
            }
        }
        return x;
    }

    // ------------------------------------------------------------------ actions on the timeline

    private final class Action implements Comparable<Action> {
        final Instant when;
        final String what;
        final Step step;
        final long seq = sequence.incrementAndGet();

        Action(Instant when, String what, Step step) {
            this.when = when;
            this.what = what;
            this.step = step;
        }

        @Override
        public int compareTo(Action o) {
            int c = when.compareTo(o.when);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private void schedule(Instant when, String what, Step step) {
        queue.add(new Action(when, what, step));
    }

    private void count(String what) {
        synchronized (tally) {
            tally.merge(what, 1L, Long::sum);
        }
    }

    // ------------------------------------------------------------------ the run

    private int run(Path repository, Instant began) throws Exception {
        for (LocalDate d = YEAR_START.minusDays(7); !d.isAfter(YEAR_END.plusDays(60)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !bankHoliday(d)) {
                workingDays.add(d);
            }
        }
        setClocks(at(YEAR_START.minusDays(1), 8, 0));
        List<School> schools = importRegistry(repository);
        planInspections(schools);

        Instant t = Instant.now();
        LocalDate day = YEAR_START;
        int steps = 0;
        try (KafkaProducer<String, String> producer = proof.producer()) {
            this.producer = producer;
            while (!day.isAfter(YEAR_END)) {
                Instant endOfDay = at(day, 23, 0);
                while (!queue.isEmpty() && queue.peek().when.isBefore(endOfDay)) {
                    Action a = queue.poll();
                    setClocks(a.when);
                    try {
                        a.step.run();
                    } catch (Exception e) {
                        errors.add(a.when + " " + a.what + ": " + e);
                    }
                }
                if (working(day)) {
                    setClocks(endOfDay); // past 17:00, 18:00, 18:30: the day's deadlines; the checks run every second
                    Thread.sleep(checkPause.toMillis());
                    steps++;
                }
                if (day.getDayOfMonth() == 1 || day.equals(YEAR_END)) {
                    Proof.say("simulated " + day + " (" + Duration.between(t, Instant.now()).toSeconds() + " s real); "
                            + tally + (errors.isEmpty() ? "" : "; errors " + errors.size()));
                }
                day = day.plusDays(1);
            }
            producer.flush();
        }
        // the end of the year: let every check and relay run once more, then wait until all is quiet
        setClocks(at(YEAR_END.plusDays(1), 8, 0));
        awaitQuiet();
        Proof.say("Year simulated in " + Duration.between(t, Instant.now()).toSeconds() + " s real (" + steps + " working days)");
        return prove(began, schools.size());
    }

    private KafkaProducer<String, String> producer;

    /** England and Wales bank holidays of the school year 2026/27 (gov.uk/bank-holidays). */
    static boolean bankHoliday(LocalDate d) {
        return Set.of(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29),
                LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30)).contains(d);
    }

    // ------------------------------------------------------------------ the registry: a GIAS-like import

    record School(String urn, String name, String category, String simName, String simEmail) {
    }

    private List<School> importRegistry(Path repository) throws Exception {
        Path sample = repository.resolve("deploy/sample-data");
        Charset cp1252 = Charset.forName("windows-1252");
        List<CSVRecord> gias = Proof.csv(sample.resolve("edubasealldata-sample.csv"), cp1252);
        List<String> header = new ArrayList<>(gias.get(0).getParser().getHeaderNames());
        List<CSVRecord> open = gias.stream().filter(r -> r.get("LA (code)").equals("850") && !r.get("EstablishmentStatus (name)").equals("Closed")
                && !r.get("EstablishmentStatus (name)").equals("Proposed to open")).toList();
        Map<String, CSVRecord> assignments = new LinkedHashMap<>();
        Proof.csv(sample.resolve("assignments.csv"), StandardCharsets.UTF_8).forEach(r -> assignments.put(r.get("urn"), r));
        Map<String, CSVRecord> categorisation = new LinkedHashMap<>();
        Proof.csv(sample.resolve("categorisation.csv"), StandardCharsets.UTF_8).stream()
                .filter(r -> r.get("academic_year").equals("2025/26")).forEach(r -> categorisation.put(r.get("urn"), r));
        Map<String, CSVRecord> contacts = new LinkedHashMap<>();
        Proof.csv(sample.resolve("school-contacts.csv"), StandardCharsets.UTF_8).forEach(r -> contacts.put(r.get("urn"), r));

        StringWriter giasOut = new StringWriter();
        StringWriter assignOut = new StringWriter();
        StringWriter catOut = new StringWriter();
        StringWriter contactOut = new StringWriter();
        List<School> schools = new ArrayList<>();
        String[] categories = {"good", "good", "good", "outstanding", "requires improvement", "inadequate"};
        try (CSVPrinter g = new CSVPrinter(giasOut, CSVFormat.DEFAULT.builder().setQuoteMode(org.apache.commons.csv.QuoteMode.ALL).build());
             CSVPrinter a = new CSVPrinter(assignOut, CSVFormat.DEFAULT);
             CSVPrinter c = new CSVPrinter(catOut, CSVFormat.DEFAULT);
             CSVPrinter s = new CSVPrinter(contactOut, CSVFormat.DEFAULT)) {
            g.printRecord(header);
            a.printRecord("urn", "sim_name", "sim_email", "ai_name", "ai_email");
            c.printRecord("urn", "categorisation", "academic_year");
            s.printRecord("urn", "head_email", "chair_name", "chair_email");
            for (CSVRecord r : gias) {
                g.printRecord(r.toList()); // the sample as it is (its closed and other-LA rows are skipped by the import)
            }
            for (CSVRecord r : open) {
                CSVRecord as = assignments.get(r.get("URN"));
                schools.add(new School(r.get("URN"), r.get("EstablishmentName"), r.get("TypeOfEstablishment (name)"),
                        as.get("sim_name"), as.get("sim_email")));
            }
            // the sample's own files carry the 41; generate the rest on their pattern, no federations
            for (int k = 0; schools.size() < schoolCount; k++) {
                CSVRecord template = open.get(k % open.size());
                String urn = String.valueOf(900001 + k);
                String name = template.get("EstablishmentName").replace("School", "School No. " + (k + 1));
                if (name.equals(template.get("EstablishmentName"))) {
                    name = name + " No. " + (k + 1);
                }
                List<String> row = new ArrayList<>();
                for (String column : header) {
                    String value = template.get(column);
                    switch (column) {
                        case "URN" -> value = urn;
                        case "EstablishmentNumber" -> value = String.valueOf(5000 + k);
                        case "EstablishmentName" -> value = name;
                        case "FederationFlag (name)" -> value = "Not under a federation";
                        case "Federations (code)", "Federations (name)", "UKPRN", "UPRN" -> value = "";
                        default -> {
                        }
                    }
                    row.add(value);
                }
                g.printRecord(row);
                CSVRecord as = assignments.get(template.get("URN"));
                a.printRecord(urn, as.get("sim_name"), as.get("sim_email"), as.get("ai_name"), as.get("ai_email"));
                if (categorisation.containsKey(template.get("URN"))) {
                    c.printRecord(urn, categories[random.nextInt(categories.length)], "2025/26");
                }
                s.printRecord(urn, "head." + urn + "@school.example", "Chair " + urn, "chair." + urn + "@school.example");
                schools.add(new School(urn, name, template.get("TypeOfEstablishment (name)"), as.get("sim_name"), as.get("sim_email")));
            }
            for (CSVRecord r : assignments.values()) {
                a.printRecord(r.toList());
            }
            for (CSVRecord r : categorisation.values()) {
                c.printRecord(r.toList());
            }
            for (CSVRecord r : contacts.values()) {
                s.printRecord(r.toList());
            }
        }
        String ops = stack.token("ops");
        String base = stack.baseUrl("notification-service");
        upload(base + "/api/v1/registry/gias?laCode=850", giasOut.toString().getBytes(cp1252), ops);
        upload(base + "/api/v1/registry/assignments", assignOut.toString().getBytes(StandardCharsets.UTF_8), ops);
        upload(base + "/api/v1/registry/categorisations", catOut.toString().getBytes(StandardCharsets.UTF_8), ops);
        upload(base + "/api/v1/registry/school-contacts", contactOut.toString().getBytes(StandardCharsets.UTF_8), ops);
        return schools;
    }

    private void upload(String url, byte[] csv, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build();
        HttpResponse<String> response = proof.http.send(request, HttpResponse.BodyHandlers.ofString());
        // an import is idempotent (the same file again changes nothing): on this loaded machine a 532-row
        // import once outlived its transaction timeout and answered 500 (see README-proof.md) – try again
        for (int retry = 0; retry < 3 && response.statusCode() >= 500; retry++) {
            Proof.say("  import " + url.substring(url.indexOf("/api")) + " answered " + response.statusCode() + ": trying again");
            response = proof.http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        String body = response.body().replaceAll("\\s+", " ");
        Proof.say("  import " + url.substring(url.indexOf("/api")) + ": " + response.statusCode() + " "
                + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("registry import refused: " + url + " " + response.statusCode() + " " + body);
        }
    }

    // ------------------------------------------------------------------ the year's inspections

    private void planInspections(List<School> schools) {
        List<LocalDate> days = workingDays.stream()
                .filter(d -> !d.isBefore(YEAR_START.plusDays(6)) && !d.isAfter(YEAR_END.minusDays(10))).toList();
        List<School> pool = new ArrayList<>(schools);
        Collections.shuffle(pool, random);
        for (int i = 0; i < inspectionCount; i++) {
            School school = pool.get(i % pool.size());
            LocalDate noticeDay = days.get(random.nextInt(days.size()));
            Instant received = at(noticeDay, 10, 30).plusSeconds(60L * random.nextInt(60));
            String reference = String.format("SY-%05d", i);
            Plan plan = new Plan(i, school, reference, noticeDay, random);
            schedule(received, "notice " + reference, () -> notice(plan));
        }
    }

    /** What happens to one inspection, rolled at the start so the year is the same for a seed. */
    private final class Plan {
        final School school;
        final String reference;
        final LocalDate noticeDay;
        final LocalDate day1;
        final LocalDate day2;
        final boolean missAcknowledgement;
        final int concernPath;          // 0 none; 1 resolved; 2 escalated to the SHMI and answered; 3 left to go overdue
        final String concernCategory;
        final String outcome;           // GOOD, RI, SIGNIFICANT_CONCERNS, SPECIAL_MEASURES
        final boolean signposting;
        final boolean skipSignposting;
        final boolean missStatutory;
        String inspectionId;
        String token;
        final Set<String> stepsPlanned = new java.util.HashSet<>();

        Plan(int i, School school, String reference, LocalDate noticeDay, Random r) {
            this.school = school;
            this.reference = reference;
            this.noticeDay = noticeDay;
            this.day1 = plusWorkingDays(noticeDay, 1);
            this.day2 = plusWorkingDays(day1, 1);
            this.missAcknowledgement = r.nextDouble() < 0.08;
            double c = r.nextDouble();
            this.concernPath = c < 0.10 ? 1 : c < 0.16 ? 2 : c < 0.20 ? 3 : 0;
            String[] cats = {"INSPECTOR_CONDUCT", "PROCESS_OR_EVIDENCE", "LEADER_WELLBEING", "SAFEGUARDING"};
            this.concernCategory = cats[r.nextInt(cats.length)];
            double o = r.nextDouble();
            this.outcome = o < 0.05 ? "RI" : o < 0.08 ? "SIGNIFICANT_CONCERNS" : o < 0.10 ? "SPECIAL_MEASURES" : "GOOD";
            this.signposting = r.nextDouble() < 0.12;
            this.skipSignposting = r.nextDouble() < 0.15;
            this.missStatutory = r.nextDouble() < 0.15;
        }
    }

    private void notice(Plan p) throws Exception {
        Proof.School s = new Proof.School(p.school.urn(), p.school.name(), null, null, null, null, null, null);
        proof.publishNotice(producer, p.school.urn(), Proof.notice(UUID.randomUUID().toString(), s, p.reference, p.day1, clock)).get();
        count("notices");
        p.token = DevJwt.token(p.school.simEmail(), p.school.simName(), Duration.ofHours(12), "sim");
        schedule(clock.plusSeconds(45 * 60), "acknowledge " + p.reference, () -> acknowledge(p));
    }

    private String inspectionId(Plan p) throws InterruptedException {
        if (p.inspectionId == null) {
            Instant until = Instant.now().plusSeconds(60);
            while (p.inspectionId == null && Instant.now().isBefore(until)) {
                p.inspectionId = proof.string("select id from notification.inspection where ofsted_reference = '" + p.reference + "'");
                if (p.inspectionId == null) {
                    Thread.sleep(250);
                }
            }
            if (p.inspectionId == null) {
                throw new IllegalStateException("no inspection for " + p.reference + " a minute after its notice");
            }
        }
        return p.inspectionId;
    }

    /** POST until the service has heard of the inspection (404/403 while its events are on their way). */
    private Proof.Answer post(String url, String token, Object body) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        Proof.Answer a = proof.call("POST", url, token, body);
        while ((a.unavailable() || a.status() == 404 || a.status() == 403) && Instant.now().isBefore(until)) {
            Thread.sleep(300);
            a = proof.call("POST", url, token, body);
        }
        if (!a.ok()) {
            throw new IllegalStateException("POST " + url + " answered " + a);
        }
        return a;
    }

    private void acknowledge(Plan p) throws Exception {
        String id = inspectionId(p);
        if (!p.missAcknowledgement) {
            ObjectNode body = Proof.object();
            body.put("contactedAt", clock.minusSeconds(600).toString());
            body.put("schoolContact", "Headteacher");
            String involvement = proof.string("select involvement from notification.inspection where id = '" + id + "'");
            body.put("agreedInvolvement", "FULL".equals(involvement) ? "FULL" : "OFFER_ACCEPTED");
            ObjectNode call = body.putArray("keepInTouchTimes").addObject();
            call.put("purpose", "End of day 1 call");
            call.put("at", p.day1 + "T16:30:00");
            call.put("owner", p.school.simEmail());
            post(stack.baseUrl("notification-service") + "/api/v1/inspections/" + id + "/acknowledgement", p.token, body);
            count("acknowledged");
        } else {
            count("acknowledgement deliberately missed");
        }
        if (p.concernPath > 0) {
            schedule(at(p.day1, 11, 0), "concern " + p.reference, () -> concern(p));
        }
        schedule(at(p.day2, 17, 30), "feedback " + p.reference, () -> feedback(p));
    }

    private String supportUrl(Plan p, String path) throws InterruptedException {
        return stack.baseUrl("support-tracking-service") + "/api/v1/inspections/" + inspectionId(p) + path;
    }

    private void concern(Plan p) throws Exception {
        ObjectNode body = Proof.object();
        body.put("category", p.concernCategory);
        body.put("summary", "Simulated concern (" + p.concernCategory + ") for " + p.reference);
        body.put("raisedBy", "Headteacher");
        body.put("raisedWithInspector", true);
        String concernId = post(supportUrl(p, "/concerns"), p.token, body).body().path("id").asText();
        count("concerns logged");
        if (p.concernCategory.equals("LEADER_WELLBEING") || p.concernCategory.equals("INSPECTOR_CONDUCT")) {
            schedule(at(plusWorkingDays(p.day1, 1), 9, 30), "signpost " + p.reference, () -> signpost(p));
        }
        switch (p.concernPath) {
            case 1 -> schedule(at(p.day2, 14, 0), "resolve concern " + p.reference, () -> closeConcern(p, concernId, "RESOLVED"));
            case 2 -> schedule(at(p.day2, 9, 30), "escalate concern " + p.reference, () -> {
                ObjectNode e = Proof.object();
                e.put("level", "SHMI");
                e.put("channel", "EMAIL");
                post(supportUrl(p, "/concerns/" + concernId + "/escalations"), p.token, e);
                count("concerns escalated to the SHMI");
                LocalDate answer = plusWorkingDays(p.day2, 1);
                schedule(at(answer, 11, 0), "SHMI answers " + p.reference, () -> {
                    String escalation = proof.string("select id from support_tracking.concern_escalation where concern_id = '" + concernId + "'");
                    ObjectNode r = Proof.object();
                    r.put("response", "The SHMI has spoken to the lead inspector");
                    post(supportUrl(p, "/concerns/" + concernId + "/escalations/" + escalation + "/response"), p.token, r);
                    closeConcern(p, concernId, "SHMI_ANSWERED");
                });
            });
            default -> schedule(at(plusWorkingDays(p.day1, 12), 10, 0), "late closure of concern " + p.reference,
                    () -> closeConcern(p, concernId, "RESOLVED"));
        }
    }

    private void closeConcern(Plan p, String concernId, String outcome) throws Exception {
        ObjectNode c = Proof.object();
        c.put("outcome", outcome);
        c.put("summary", "Closed in the simulated year");
        post(supportUrl(p, "/concerns/" + concernId + "/closure"), p.token, c);
        count("concerns closed " + outcome);
    }

    private void feedback(Plan p) throws Exception {
        ObjectNode content = FaultInjection.adverseFeedback(p.reference);
        content.put("feedbackMeetingOn", p.day2.toString());
        ObjectNode j = (ObjectNode) content.get("judgements");
        String worst = switch (p.outcome) {
            case "GOOD" -> "EXPECTED_STANDARD";
            case "RI" -> "NEEDS_ATTENTION";
            default -> "URGENT_IMPROVEMENT";
        };
        ((ObjectNode) j.get("achievement")).put("grade", worst);
        if (p.outcome.equals("GOOD")) {
            ((ObjectNode) j.get("achievement")).put("reasonsClear", true);
            ((ObjectNode) j.get("achievement")).remove("comment");
        }
        content.put("categoryOfConcern", p.outcome.equals("SIGNIFICANT_CONCERNS") || p.outcome.equals("SPECIAL_MEASURES") ? p.outcome : "NONE");
        ((ObjectNode) content.get("signposting")).put("needed", p.signposting);
        ObjectNode body = Proof.object();
        body.put("inspectionId", inspectionId(p));
        body.set("content", content);
        String base = stack.baseUrl("feedback-service");
        String feedbackId = post(base + "/api/v1/feedback", p.token, body).body().path("feedbackId").asText();
        post(base + "/api/v1/feedback/" + feedbackId + "/submission", p.token, null);
        count("feedback " + p.outcome);
        boolean adverse = !p.outcome.equals("GOOD");
        if (p.signposting || adverse) {
            schedule(at(plusWorkingDays(p.day2, 1), 9, 30), "signpost " + p.reference, () -> signpost(p));
        }
        // an unexpected outcome opens a concern by itself: the SIM resolves it after talking to the school
        schedule(at(plusWorkingDays(p.day2, 2), 15, 0), "unexpected-outcome concerns " + p.reference, () -> {
            String concern;
            while ((concern = proof.string("select id from support_tracking.concern where inspection_id = '" + inspectionId(p)
                    + "' and category = 'UNEXPECTED_OUTCOME' and status <> 'CLOSED'")) != null) {
                closeConcern(p, concern, "RESOLVED");
            }
        });
        LocalDate draft = plusWorkingDays(p.day2, 5);
        schedule(at(draft, 10, 0), "report dates " + p.reference, () -> reportDates(p, draft, null));
        if (!p.outcome.equals("GOOD") && !p.outcome.equals("RI")) {
            LocalDate published = plusWorkingDays(p.day2, 15);
            schedule(at(published, 10, 0), "report published " + p.reference, () -> reportDates(p, draft, published));
        }
    }

    private void reportDates(Plan p, LocalDate draft, LocalDate published) throws Exception {
        ObjectNode d = Proof.object();
        d.put("draftReportReceivedOn", draft.toString());
        if (published != null) {
            d.put("reportPublishedOn", published.toString());
            d.put("warningNoticeGivenOn", published.toString());
        }
        Proof.Answer a = proof.callWhileUnavailable("PUT", supportUrl(p, "/report-dates"), p.token, d, Duration.ofMinutes(1));
        if (!a.ok()) {
            throw new IllegalStateException("PUT report-dates " + a);
        }
        // the SIM meets each statutory step whose date is now known – or, for some inspections, misses it
        Instant until = Instant.now().plusSeconds(30);
        Map<String, Long> steps;
        do {
            steps = proof.counts("select step, (due_on - date '2000-01-01') from support_tracking.statutory_step where inspection_id = '"
                    + inspectionId(p) + "' and due_on is not null and done_on is null");
            if (steps.isEmpty()) {
                Thread.sleep(300);
            }
        } while (steps.isEmpty() && Instant.now().isBefore(until));
        for (Map.Entry<String, Long> step : steps.entrySet()) {
            LocalDate due = LocalDate.of(2000, 1, 1).plusDays(step.getValue());
            if (due.isAfter(YEAR_END) || !p.stepsPlanned.add(step.getKey())) {
                continue; // after the year, or already met or missed on an earlier call
            }
            if (p.missStatutory) {
                count("statutory step deliberately missed");
                continue;
            }
            LocalDate doneOn = due;
            for (int i = 0; i < 2 && working(doneOn.minusDays(1)); i++) {
                doneOn = doneOn.minusDays(1);
            }
            LocalDate on = doneOn.isBefore(clock.atZone(LONDON).toLocalDate()) ? clock.atZone(LONDON).toLocalDate() : doneOn;
            String name = step.getKey();
            schedule(at(on, 12, 0).isAfter(clock) ? at(on, 12, 0) : clock.plusSeconds(60), "statutory step " + name + " " + p.reference, () -> {
                ObjectNode body = Proof.object();
                body.put("doneOn", on.toString());
                Proof.Answer done = proof.call("POST", supportUrl(p, "/statutory-steps/" + name + "/completion"), p.token, body);
                if (!done.ok()) {
                    throw new IllegalStateException("completing " + name + ": " + done);
                }
                count("statutory steps met");
            });
        }
    }

    private void signpost(Plan p) throws Exception {
        String id = inspectionId(p);
        String wellbeingOfficer = stack.token("wellbeing-officer");
        Instant until = Instant.now().plusSeconds(30);
        String referral = null;
        while (referral == null && Instant.now().isBefore(until)) {
            referral = proof.string("select id from wellbeing.referral where inspection_id = '" + id + "' and status = 'OPEN'");
            if (referral == null) {
                Thread.sleep(300);
            }
        }
        if (referral == null) {
            throw new IllegalStateException("no referral for " + p.reference);
        }
        String signposted = proof.string("select signposted_at from wellbeing.referral where id = '" + referral + "'");
        if (signposted != null) {
            return; // a second trigger joined the referral already signposted
        }
        if (p.skipSignposting) {
            count("signposting deliberately not done");
        } else {
            ObjectNode body = Proof.object();
            body.putArray("offerCodes").add("HEADSUP4HTS").add("HEALTH_ASSURED");
            body.put("channel", "EMAIL");
            post(stack.baseUrl("wellbeing-service") + "/api/v1/referrals/" + referral + "/signpostings", wellbeingOfficer, body);
            count("signposted");
        }
        String r = referral;
        schedule(at(plusWorkingDays(clock.atZone(LONDON).toLocalDate(), 15), 16, 0), "close referral " + p.reference, () -> {
            ObjectNode c = Proof.object();
            c.put("reason", "SUPPORT_IN_PLACE");
            Proof.Answer a = proof.call("POST", stack.baseUrl("wellbeing-service") + "/api/v1/referrals/" + r + "/closure", wellbeingOfficer, c);
            if (a.ok()) {
                count("referrals closed");
            } else if (a.status() != 409) {
                throw new IllegalStateException("closing referral " + a);
            }
        });
    }

    // ------------------------------------------------------------------ quiet, then the proof

    private void awaitQuiet() throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(5));
        int rounds = 0;
        while (Instant.now().isBefore(until) && rounds < 3) {
            long lag = proof.consumerLag().values().stream().mapToLong(Long::longValue).sum();
            long backlog = 0;
            for (String service : stack.options().services()) {
                Proof.Backlog b = proof.backlog(stack.baseUrl(service));
                backlog += b.outboxPending() + b.mailPending();
            }
            rounds = lag == 0 && backlog == 0 ? rounds + 1 : 0;
            Thread.sleep(3000);
        }
    }

    private final List<String[]> rows = new ArrayList<>();
    private int lapses;

    private void line(String what, long value) {
        rows.add(new String[] {"    ", what, String.valueOf(value)});
    }

    private void lapse(String what, long value) {
        if (value != 0) {
            lapses++;
        }
        rows.add(new String[] {value == 0 ? "ok  " : "LAPSE", what, String.valueOf(value)});
    }

    private int prove(Instant began, int schoolsPlanned) throws Exception {
        String end = "timestamptz '" + at(YEAR_END.plusDays(1), 0, 0) + "'";
        line("schools in the registry (JDBC notification.school)", proof.count("select count(*) from notification.school"));
        long inspections = proof.count("select count(*) from notification.inspection where ofsted_reference like 'SY-%'");
        line("inspections notified", inspections);
        lapse("notices published but no inspection (" + inspectionCount + " planned)", inspectionCount - inspections);
        lapse("schools generated but not in the registry", Math.max(0, schoolsPlanned
                - proof.count("select count(*) from notification.school")));
        line("  acknowledged on time", proof.count("select count(*) from notification.inspection where acknowledged_at <= acknowledgement_due"));
        line("  acknowledged late", proof.count("select count(*) from notification.inspection where acknowledged_at > acknowledgement_due"));
        line("  escalated to the CEM (AcknowledgementOverdue)", proof.count("select count(*) from notification.inspection where overdue_escalated_at is not null"));
        lapse("notices neither acknowledged on time nor escalated", proof.count("select count(*) from notification.inspection where "
                + "(acknowledged_at is null or acknowledged_at > acknowledgement_due) and overdue_escalated_at is null and acknowledgement_due < " + end));
        line("support cases", proof.count("select count(*) from support_tracking.support_case"));

        line("concerns", proof.count("select count(*) from support_tracking.concern"));
        proof.counts("select category, count(*) from support_tracking.concern group by 1 order by 1").forEach((k, v) -> line("  of category " + k, v));
        proof.counts("select coalesce(outcome, 'still open'), count(*) from support_tracking.concern group by 1 order by 1")
                .forEach((k, v) -> line("  closed with outcome " + k, v));
        line("  escalated by the SIM (to the SHMI/CEM)", proof.count("select count(distinct concern_id) from support_tracking.concern_escalation"));
        line("  escalated as overdue (ConcernOverdue UNRESOLVED to the CEM)", proof.count("select count(*) from support_tracking.concern where unresolved_cem_alerted_at is not null"));
        lapse("concerns past their resolve-by date neither closed in time nor escalated", proof.count("select count(*) from support_tracking.concern c where "
                + "c.resolve_by < " + end + " and (c.closed_at is null or c.closed_at > c.resolve_by) and c.unresolved_cem_alerted_at is null "
                + "and not exists (select 1 from support_tracking.concern_escalation e where e.concern_id = c.id and e.escalated_at <= c.resolve_by)"));
        lapse("concerns still without an outcome and not escalated", proof.count("select count(*) from support_tracking.concern c where c.closed_at is null "
                + "and c.unresolved_cem_alerted_at is null and not exists (select 1 from support_tracking.concern_escalation e where e.concern_id = c.id)"));
        lapse("escalations answered late (or not) without the overdue alert", proof.count("select count(*) from support_tracking.concern_escalation where "
                + "response_due < " + end + " and (responded_at is null or responded_at > response_due) and unanswered_alerted_at is null"));

        line("feedback records", proof.count("select count(*) from feedback.feedback_record"));
        line("  adverse outcomes (feedback.feedback_version.adverse)", proof.count("select count(distinct feedback_id) from feedback.feedback_version where adverse"));
        proof.counts("select outcome_band, count(*) from feedback.feedback_version group by 1 order by 1").forEach((k, v) -> line("  outcome band " + k, v));
        proof.counts("select level, count(*) from support_tracking.follow_up group by 1 order by 1").forEach((k, v) -> line("  follow-up " + k, v));
        line("internal reviews opened", proof.count("select count(*) from support_tracking.internal_review"));

        line("wellbeing referrals", proof.count("select count(*) from wellbeing.referral"));
        line("  signposted within one working day", proof.count("select count(*) from wellbeing.referral where signposted_at <= signposting_due"));
        line("  escalated (SignpostingOverdue to the SIM and CEM)", proof.count("select count(*) from wellbeing.referral where signposting_overdue_at is not null"));
        lapse("referrals neither signposted within one working day nor escalated", proof.count("select count(*) from wellbeing.referral where "
                + "signposting_due < " + end + " and (signposted_at is null or signposted_at > signposting_due) and signposting_overdue_at is null"));
        line("  check-ins missed and escalated to the CEM", proof.count("select count(*) from wellbeing.check_in where missed_escalated_at is not null"));
        lapse("check-ins past due, still scheduled, not escalated", proof.count("select count(*) from wellbeing.check_in where due_at < " + end
                + " and status in ('SCHEDULED', 'MISSED') and missed_escalated_at is null"));

        line("statutory steps with a date", proof.count("select count(*) from support_tracking.statutory_step where due_on is not null"));
        proof.counts("select step, count(*) from support_tracking.statutory_step where due_on is not null group by 1 order by 1").forEach((k, v) -> line("  " + k, v));
        line("  met (done by its date)", proof.count("select count(*) from support_tracking.statutory_step where done_on <= due_on"));
        line("  escalated (StatutoryStepOverdue)", proof.count("select count(*) from support_tracking.statutory_step where overdue_alerted_at is not null"));
        line("  due after the year", proof.count("select count(*) from support_tracking.statutory_step where due_on > date '" + YEAR_END + "'"));
        lapse("statutory clocks passed neither met nor escalated", proof.count("select count(*) from support_tracking.statutory_step where "
                + "due_on <= date '" + YEAR_END + "' and (done_on is null or done_on > due_on) and overdue_alerted_at is null"));

        line("keep-in-touch points", proof.count("select count(*) from support_tracking.keep_in_touch_point"));
        line("  missed and alerted", proof.count("select count(*) from support_tracking.keep_in_touch_point where first_alerted_at is not null"));
        lapse("keep-in-touch points past due, not done or cancelled, not alerted", proof.count("select count(*) from support_tracking.keep_in_touch_point p "
                + "join support_tracking.support_case c on c.id = p.case_id where c.state = 'OPEN' and p.due_at < " + end
                + " and p.status in ('PLANNED', 'MISSED') and p.first_alerted_at is null"));
        for (String service : stack.options().services()) {
            Proof.Backlog b = proof.backlog(stack.baseUrl(service));
            lapse(service + ": outbox pending + parked, mail pending + failed", b.outboxPending() + b.outboxParked() + b.mailPending() + b.mailFailed());
        }
        Map<String, Long> dlq = proof.deadLetters();
        lapse("dead letters " + dlq, dlq.values().stream().mapToLong(Long::longValue).sum());
        lapse("simulation steps the services refused (HTTP errors)", errors.size());
        long mails = 0;
        for (String schema : Proof.SCHEMAS) {
            mails += proof.count("select count(*) from " + schema + ".outgoing_mail");
        }
        line("e-mails sent by the four services", mails);

        System.out.println();
        System.out.println("=== A simulated school year " + YEAR_START + " – " + YEAR_END + ": " + schoolsPlanned + " schools, "
                + inspectionCount + " inspections ===");
        System.out.println("actions played: " + tally);
        errors.stream().limit(20).forEach(e -> System.out.println("  error: " + e));
        System.out.println();
        for (String[] r : rows) {
            System.out.printf("%-5s %-100s %8s%n", r[0], r[1], r[2]);
        }
        System.out.println();
        System.out.println(lapses == 0 ? "PASS: no lapse (" + Duration.between(began, Instant.now()).toSeconds() + " s in all)"
                : "FAIL: " + lapses + " kinds of lapse");
        return lapses == 0 ? 0 : 1;
    }
}
