package uk.gov.la.ei.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.contracts.events.EventCatalog;
import uk.gov.la.ei.localstack.proof.StackClient;
import uk.gov.la.ei.localstack.proof.StackClient.Answer;
import uk.gov.la.ei.localstack.proof.StackClient.Mail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10 item 1 (and issue 11 item 4's "one trace id"): the whole system, as packaged, follows one Ofsted
 * notice from Kafka to the wellbeing referral. Everything is observed as a council system or a person would:
 * the services' REST APIs (with development tokens), the Kafka topics and the mails the SMTP server received –
 * never the tables. Each step waits (Awaitility, with a bound) for what it expects and fails, naming the step,
 * if it does not come.
 */
@ExtendWith(SharedStack.class)
class WholeSystemTest {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final String URN = DevPeople.EXAMPLE_URN; // has a SIM and an AI in deploy/sample-data
    private static final String HEADTEACHER = "executive.head.example-and-hillside-federation@school.example";
    private static final String SHMI = "eleanor.briggs@ofsted.example"; // the primary phase's linked SHMI (la-contacts.csv)
    /** Bounds for asynchronous effects: generous, the stack shares 2 cores with the build. */
    private static final Duration FIRST_EVENT = Duration.ofSeconds(120);
    private static final Duration EVENT = Duration.ofSeconds(60);
    private static final Duration MAIL = Duration.ofSeconds(90);

    private static final String NOTIFICATION = "notification-service";
    private static final String SUPPORT = "support-tracking-service";
    private static final String FEEDBACK = "feedback-service";
    private static final String WELLBEING = "wellbeing-service";

    @Test
    void aNoticeIsFollowedThroughAllFourServices(LocalStack stack, StackClient client) {
        String sim = stack.person("sim").email();
        String ai = stack.person("attached-inspector").email();
        String cem = stack.person("cem").email();
        LocalDate today = LocalDate.now(ENGLAND);
        String ofstedReference = String.valueOf(ThreadLocalRandom.current().nextInt(20_000_000, 99_999_999));
        String traceparent = StackClient.newTraceparent();
        String traceId = StackClient.traceIdOf(traceparent);
        List<String> steps = new ArrayList<>();

        // ---- 0. Ofsted's notice arrives on Kafka, with a trace context of its own
        ObjectNode notice = client.noticeData(URN, "Example Primary School", ofstedReference, today);
        String noticeId = client.publishNotice(notice, traceparent);

        // ---- 1. contacts assigned (ContactsAssigned) and e-mailed to the SIM and the AI
        ConsumerRecord<String, String> assigned = awaitEvent("1. ContactsAssigned for the notice", client, Topics.INSPECTIONS,
                EventCatalog.CONTACTS_ASSIGNED, d -> noticeId.equals(d.path("noticeId").asText()), FIRST_EVENT);
        JsonNode contacts = client.dataOf(assigned);
        String inspectionId = contacts.path("inspectionId").asText();
        assertThat(inspectionId).as("1. ContactsAssigned carries the inspection id").isNotBlank();
        assertThat(contacts.path("urn").asText()).as("1. URN").isEqualTo(URN);
        assertThat(contacts.path("ofstedReference").asText()).as("1. Ofsted reference").isEqualTo(ofstedReference);
        assertThat(contacts.path("sim").path("email").asText()).as("1. the SIM assigned").isEqualToIgnoringCase(sim);
        assertThat(contacts.path("attachedInspector").path("email").asText()).as("1. the AI assigned").isEqualToIgnoringCase(ai);
        assertThat(contacts.path("cem").path("email").asText()).as("1. the CEM routed to").isEqualToIgnoringCase(cem);
        for (String to : List.of(sim, ai)) {
            Mail mail = awaitMail("1. the notice e-mailed to " + to, client,
                    m -> m.isTo(to) && m.subject() != null && m.subject().contains("URN " + URN)
                            && m.body().contains("Ofsted reference: " + ofstedReference));
            assertThat(mail.subject()).as("1. the mail to %s names the inspection", to).startsWith("Ofsted inspection notified");
            assertThat(mail.body()).as("1. the mail to %s names the school", to).contains("URN: " + URN);
        }
        Answer inspection = client.get(NOTIFICATION, "/api/v1/inspections/" + inspectionId, "sim").expect(200, "1. GET the inspection");
        assertThat(inspection.body()).as("1. notification-service's view of the inspection").contains(ofstedReference);
        steps.add("ContactsAssigned");
        steps.add("SupportCaseOpened");

        // ---- 8 (first hops). one trace: notice -> ContactsAssigned -> SupportCaseOpened (support-tracking-service's span)
        assertThat(StackClient.traceIdOf(assigned))
                .as("8. ContactsAssigned carries the notice's trace id in its traceparent header (header: %s)",
                        StackClient.header(assigned, "traceparent"))
                .isEqualTo(traceId);
        ConsumerRecord<String, String> opened = awaitEvent("8. SupportCaseOpened for the inspection", client, Topics.SUPPORT_CASES,
                EventCatalog.SUPPORT_CASE_OPENED, d -> inspectionId.equals(d.path("inspectionId").asText()), EVENT);
        assertThat(StackClient.traceIdOf(opened))
                .as("8. SupportCaseOpened (written by support-tracking-service while consuming ContactsAssigned) carries the "
                        + "same trace id (header: %s)", StackClient.header(opened, "traceparent"))
                .isEqualTo(traceId);
        assertThat(StackClient.header(opened, "traceparent"))
                .as("8. support-tracking-service's span is a new span of that trace, not the notice's own")
                .isNotEqualTo(StackClient.header(assigned, "traceparent")).isNotEqualTo(traceparent);

        // ---- 2. acknowledged by the SIM -> AcknowledgementRecorded
        ObjectNode ack = client.json().createObjectNode();
        ack.put("contactedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        ack.put("schoolContact", "Mrs M. Ellison, executive headteacher");
        ack.put("agreedInvolvement", "FULL");
        ObjectNode time = ack.putArray("keepInTouchTimes").addObject();
        time.put("purpose", "End of day 1 call");
        time.put("at", today.plusDays(1).atTime(16, 30).toString());
        time.put("owner", ai);
        // the SIM's client carries the notice's trace on the HTTP call (a child span of it): issue 11 item 4, "across
        // every Kafka hop and HTTP call"
        client.call("POST", NOTIFICATION, "/api/v1/inspections/" + inspectionId + "/acknowledgement", "sim", ack,
                "traceparent", StackClient.childOf(traceparent)).expect2xx("2. the SIM acknowledges the notice");
        ConsumerRecord<String, String> ackRecord = awaitEvent("2. AcknowledgementRecorded", client, Topics.INSPECTIONS,
                EventCatalog.ACKNOWLEDGEMENT_RECORDED, d -> inspectionId.equals(d.path("inspectionId").asText()), EVENT);
        JsonNode acknowledged = client.dataOf(ackRecord);
        assertThat(StackClient.traceIdOf(ackRecord)).as("8. AcknowledgementRecorded carries the trace of the HTTP call")
                .isEqualTo(traceId);
        assertThat(acknowledged.path("acknowledgedBy").path("email").asText()).as("2. acknowledged by the SIM").isEqualToIgnoringCase(sim);
        assertThat(acknowledged.path("agreedInvolvement").asText()).as("2. involvement agreed").isEqualTo("FULL");
        steps.add("AcknowledgementRecorded");

        // ---- 3. a concern logged, escalated to the CEM and then the SHMI, answered, closed with an outcome
        String base = "/api/v1/inspections/" + inspectionId;
        awaitHttp("3. support-tracking-service knows the case", () -> client.get(SUPPORT, base + "/support-case", "sim"), 200);
        ObjectNode concernBody = client.json().createObjectNode();
        // PROCESS_OR_EVIDENCE opens no wellbeing referral (INSPECTOR_CONDUCT would): the referral below is the feedback's
        concernBody.put("category", "PROCESS_OR_EVIDENCE");
        concernBody.put("summary", "The lead inspector did not look at the school's own reading assessments");
        concernBody.put("raisedBy", "Headteacher");
        concernBody.put("raisedWithInspector", true);
        JsonNode concern = client.post(SUPPORT, base + "/concerns", "attached-inspector", concernBody)
                .expect(201, "3. the AI logs a concern").json();
        String concernId = concern.path("id").asText();
        awaitEvent("3. ConcernLogged", client, Topics.SUPPORT_CASES, EventCatalog.CONCERN_LOGGED,
                d -> concernId.equals(d.path("concernId").asText()), EVENT);
        awaitMail("3. the concern e-mailed to the CEM", client, m -> m.isTo(cem) && m.body().contains(ofstedReference)
                || m.isTo(cem) && m.subject() != null && m.subject().toLowerCase().contains("concern") && m.body().contains(URN));
        client.post(SUPPORT, base + "/concerns/" + concernId + "/agreed-action", "sim",
                "{\"action\":\"Head to raise it with the lead inspector at 14:00\"}").expect(200, "3. agreed action");

        JsonNode toCem = client.post(SUPPORT, base + "/concerns/" + concernId + "/escalations", "sim",
                "{\"level\":\"CEM\",\"channel\":\"PHONE\"}").expect(201, "3. escalation to the CEM").json();
        String cemEscalation = escalationId(toCem, "CEM");
        JsonNode escalatedToCem = client.dataOf(awaitEvent("3. ConcernEscalated to the CEM", client, Topics.SUPPORT_CASES,
                EventCatalog.CONCERN_ESCALATED, d -> concernId.equals(d.path("concernId").asText())
                        && "CEM".equals(d.path("level").asText()), EVENT));
        assertThat(escalatedToCem.path("escalatedTo").path("email").asText()).as("3. escalated to the inspection's CEM")
                .isEqualToIgnoringCase(cem);
        client.post(SUPPORT, base + "/concerns/" + concernId + "/escalations/" + cemEscalation + "/response", "cem",
                "{\"response\":\"The CEM agrees this goes to the SHMI\"}").expect(200, "3. the CEM answers");

        JsonNode toShmi = client.post(SUPPORT, base + "/concerns/" + concernId + "/escalations", "sim",
                "{\"level\":\"SHMI\",\"channel\":\"EMAIL\"}").expect(201, "3. escalation to the SHMI").json();
        String shmiEscalation = escalationId(toShmi, "SHMI");
        JsonNode escalatedToShmi = client.dataOf(awaitEvent("3. ConcernEscalated to the SHMI", client, Topics.SUPPORT_CASES,
                EventCatalog.CONCERN_ESCALATED, d -> concernId.equals(d.path("concernId").asText())
                        && "SHMI".equals(d.path("level").asText()), EVENT));
        assertThat(escalatedToShmi.path("escalatedTo").path("email").asText()).as("3. escalated to the region's linked SHMI")
                .isEqualToIgnoringCase(SHMI);
        client.post(SUPPORT, base + "/concerns/" + concernId + "/escalations/" + shmiEscalation + "/response", "cem",
                "{\"response\":\"The SHMI has spoken to the lead inspector\"}").expect(200, "3. the SHMI's answer recorded");
        client.post(SUPPORT, base + "/concerns/" + concernId + "/closure", "sim",
                "{\"outcome\":\"SHMI_ANSWERED\",\"summary\":\"The head is content with the answer\"}").expect(200, "3. closure");
        JsonNode closed = client.dataOf(awaitEvent("3. ConcernClosed", client, Topics.SUPPORT_CASES, EventCatalog.CONCERN_CLOSED,
                d -> concernId.equals(d.path("concernId").asText()), EVENT));
        assertThat(closed.path("outcome").asText()).as("3. the concern's outcome").isEqualTo("SHMI_ANSWERED");
        JsonNode concernView = only(client.get(SUPPORT, base + "/support-case", "cem").expect(200, "3. the case").json()
                .path("concerns"), c -> concernId.equals(c.path("id").asText()), "3. the concern on the case");
        assertThat(concernView.path("status").asText()).as("3. the concern is closed").isEqualTo("CLOSED");
        assertThat(concernView.path("escalations")).as("3. both escalations answered").hasSize(2)
                .allSatisfy(e -> assertThat(e.path("response").asText()).isNotBlank());
        steps.addAll(List.of("ConcernLogged", "ConcernEscalated", "EscalationAnswered", "ConcernEscalated", "EscalationAnswered",
                "ConcernClosed"));

        // ---- 4. feedback with an adverse outcome: a draft, then the submission -> FeedbackRecorded
        awaitHttp("4. feedback-service knows the inspection",
                () -> client.get(FEEDBACK, base + "/feedback-template", "attached-inspector"), 200);
        JsonNode draft = client.post(FEEDBACK, "/api/v1/feedback", "attached-inspector", feedback(client, inspectionId, today))
                .expect(201, "4. the AI starts the feedback record (draft)").json();
        String feedbackId = draft.hasNonNull("feedbackId") ? draft.path("feedbackId").asText() : draft.path("id").asText();
        assertThat(feedbackId).as("4. the draft's id").isNotBlank();
        client.call("POST", FEEDBACK, "/api/v1/feedback/" + feedbackId + "/submission", "attached-inspector", "{}",
                "traceparent", StackClient.childOf(traceparent)).expect2xx("4. submission");
        ConsumerRecord<String, String> recordedRecord = awaitEvent("4. FeedbackRecorded", client, Topics.FEEDBACK,
                EventCatalog.FEEDBACK_RECORDED, d -> feedbackId.equals(d.path("feedbackId").asText()), EVENT);
        JsonNode recorded = client.dataOf(recordedRecord);
        assertThat(StackClient.traceIdOf(recordedRecord)).as("8. FeedbackRecorded carries the trace of the submission")
                .isEqualTo(traceId);
        assertThat(recorded.path("inspectionId").asText()).as("4. for the inspection").isEqualTo(inspectionId);
        assertThat(recorded.path("adverse").asBoolean()).as("4. the outcome is adverse").isTrue();
        assertThat(recorded.path("categoryOfConcern").asText()).as("4. category of concern").isEqualTo("SIGNIFICANT_CONCERNS");
        assertThat(recorded.path("signpostingNeeded").asBoolean()).as("4. signposting needed").isTrue();
        steps.add("FeedbackRecorded");

        // ---- 5. follow-up: a programme of support with its statutory clocks
        JsonNode decided = client.dataOf(awaitEvent("5. FollowUpDecided with a statutory deadline", client, Topics.SUPPORT_CASES,
                EventCatalog.FOLLOW_UP_DECIDED, d -> inspectionId.equals(d.path("inspectionId").asText())
                        && hasDeadline(d, "SIX_MONTH_REVIEW"), EVENT));
        assertThat(decided.path("followUp").asText()).as("5. the follow-up level").isEqualTo("PROGRAMME_OF_SUPPORT");
        assertThat(decided.path("rulesApplied").toString()).as("5. the rules applied")
                .contains("SERIOUS_WEAKNESSES_STATUTORY_CLOCKS");
        // the report's dates start the other clocks (no event carries them: the SIM records them)
        client.put(SUPPORT, base + "/report-dates", "sim", "{\"draftReportReceivedOn\":\"" + today + "\",\"reportPublishedOn\":\""
                + today + "\",\"warningNoticeGivenOn\":\"" + today + "\"}").expect(200, "5. the report's dates recorded");
        JsonNode clocks = client.dataOf(awaitEvent("5. FollowUpDecided with the report's clocks", client, Topics.SUPPORT_CASES,
                EventCatalog.FOLLOW_UP_DECIDED, d -> inspectionId.equals(d.path("inspectionId").asText())
                        && hasDeadline(d, "FACTUAL_ACCURACY_CHECK") && hasDeadline(d, "WARNING_NOTICE_COMPLIANCE"), EVENT));
        for (JsonNode deadline : clocks.path("deadlines")) {
            if (!deadline.path("dueOn").isNull() && !deadline.path("dueOn").isMissingNode()) {
                assertThat(LocalDate.parse(deadline.path("dueOn").asText())).as("5. %s is due after today", deadline.path("step"))
                        .isAfter(today);
            }
        }
        JsonNode caseView = client.get(SUPPORT, base + "/support-case", "sim").expect(200, "5. the case").json();
        assertThat(caseView.path("followUp").path("followUp").asText()).as("5. the case's follow-up").isEqualTo("PROGRAMME_OF_SUPPORT");
        List<String> apiSteps = StreamSupport.stream(caseView.path("statutorySteps").spliterator(), false)
                .filter(s -> s.hasNonNull("dueOn")).map(s -> s.path("step").asText()).toList();
        assertThat(apiSteps).as("5. the statutory clocks on the case (support API)")
                .contains("SIX_MONTH_REVIEW", "FACTUAL_ACCURACY_CHECK", "WARNING_NOTICE_COMPLIANCE");
        steps.add("FollowUpDecided");

        // ---- 6. wellbeing: the referral opened (from the adverse feedback), signposted, first check-in scheduled
        ConsumerRecord<String, String> referralRecord = awaitEvent("6. WellbeingReferralOpened", client, Topics.WELLBEING,
                EventCatalog.WELLBEING_REFERRAL_OPENED, d -> inspectionId.equals(d.path("inspectionId").asText()), EVENT);
        JsonNode referralOpened = client.dataOf(referralRecord);
        assertThat(StackClient.traceIdOf(referralRecord))
                .as("8. one trace from the notice to the wellbeing referral (wellbeing-service's span consuming the feedback)")
                .isEqualTo(traceId);
        String referralId = referralOpened.path("referralId").asText();
        assertThat(referralOpened.path("trigger").asText()).as("6. opened by the feedback")
                .isIn("FEEDBACK_SIGNPOSTING", "ADVERSE_OUTCOME", "UNEXPECTED_OUTCOME");
        JsonNode listed = client.get(WELLBEING, "/api/v1/referrals?inspectionId=" + inspectionId, "sim")
                .expect(200, "6. the SIM lists the inspection's referrals").json();
        assertThat(listed.path("items").findValuesAsText("id")).as("6. the referral in the SIM's list").contains(referralId);
        client.post(WELLBEING, "/api/v1/referrals/" + referralId + "/signpostings", "wellbeing-officer",
                "{\"offerCodes\":[\"HEADSUP4HTS\",\"HEALTH_ASSURED\"],\"channel\":\"EMAIL\"}").expect(201, "6. signposting");
        JsonNode signposted = client.dataOf(awaitEvent("6. WellbeingSignposted", client, Topics.WELLBEING,
                EventCatalog.WELLBEING_SIGNPOSTED, d -> referralId.equals(d.path("referralId").asText()), EVENT));
        assertThat(signposted.path("offerCodes").toString()).as("6. the offers").contains("HEADSUP4HTS", "HEALTH_ASSURED");
        awaitMail("6. the signposting e-mail to the headteacher", client,
                m -> m.isTo(HEADTEACHER) && m.body().contains("HeadsUp4HTs"));
        JsonNode referral = client.get(WELLBEING, "/api/v1/referrals/" + referralId, "sim").expect(200, "6. the referral").json();
        assertThat(referral.path("status").asText()).as("6. the referral is open").isEqualTo("OPEN");
        assertThat(referral.path("signposting").path("firstAt").isNull()).as("6. signposted").isFalse();
        JsonNode firstCheckIn = only(referral.path("checkIns"), c -> "SCHEDULED".equals(c.path("status").asText()),
                "6. a scheduled check-in");
        Instant due = Instant.parse(firstCheckIn.path("dueAt").asText());
        assertThat(due).as("6. the first check-in is due in the next working days, not now").isAfter(Instant.now())
                .isBefore(Instant.now().plus(Duration.ofDays(8))); // the next working day, over Christmas too
        steps.addAll(List.of("WellbeingReferralOpened", "WellbeingSignposted"));

        // ---- 7. the timeline: every step, from every service, in order
        List<JsonNode> entries = await("7. the timeline shows every step").atMost(EVENT).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> list(client.get(SUPPORT, base + "/timeline", "senior-officer").expect(200, "7. timeline").json()
                        .path("entries")), e -> isSubsequence(steps, kinds(e)));
        List<Instant> times = entries.stream().map(e -> Instant.parse(e.path("at").asText())).toList();
        assertThat(times).as("7. the timeline is in order of when things happened").isSorted();
        assertThat(entries.stream().map(e -> e.path("source").asText()).distinct().toList())
                .as("7. entries from every service").contains(NOTIFICATION, SUPPORT, FEEDBACK, WELLBEING);

        // ---- 8 (the rest). every record a request or a consumed event caused carries a trace context; the records the
        // scheduled checks raise (a point missed, a concern or step overdue) start from no request and no record
        List<String> untraced = new ArrayList<>();
        List<String> raisedByWatches = List.of(EventCatalog.KEEP_IN_TOUCH_POINT_MISSED.type(), EventCatalog.CONCERN_OVERDUE.type(),
                EventCatalog.STATUTORY_STEP_OVERDUE.type(), EventCatalog.ACKNOWLEDGEMENT_OVERDUE.type(),
                EventCatalog.SIGNPOSTING_OVERDUE.type(), EventCatalog.CHECK_IN_MISSED.type());
        List<String> watchRecords = new ArrayList<>();
        for (String topic : List.of(Topics.INSPECTIONS, Topics.SUPPORT_CASES, Topics.FEEDBACK, Topics.WELLBEING)) {
            for (ConsumerRecord<String, String> r : client.read(topic, r -> client.dataOf(r) != null
                    && inspectionId.equals(client.dataOf(r).path("inspectionId").asText()))) {
                String type = client.typeOf(r);
                if (raisedByWatches.contains(type)) {
                    watchRecords.add(type + " traceparent=" + StackClient.header(r, "traceparent"));
                } else if (StackClient.traceIdOf(r) == null) {
                    untraced.add(topic + " " + type);
                }
            }
        }
        System.out.println("WholeSystemTest: records raised by scheduled checks for the inspection: " + watchRecords);
        assertThat(untraced).as("8. records caused by a request or an event without a traceparent").isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private static ConsumerRecord<String, String> awaitEvent(String what, StackClient client, String topic, EventCatalog type,
                                                             Predicate<JsonNode> data, Duration wait) {
        try {
            return await(what).atMost(wait).pollInterval(Duration.ofMillis(500)).until(() -> client.read(topic,
                    r -> type.type().equals(client.typeOf(r)) && data.test(client.dataOf(r))).stream()
                    .reduce((first, second) -> second).orElse(null), Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(what + ": no " + type.type() + " on " + topic + " within " + wait.toSeconds() + " s", e);
        }
    }

    private static Mail awaitMail(String what, StackClient client, Predicate<Mail> filter) {
        try {
            return await(what).atMost(MAIL).pollInterval(Duration.ofMillis(500))
                    .until(() -> client.mails().stream().filter(filter).findFirst().orElse(null), Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(what + ": no such mail within " + MAIL.toSeconds() + " s; mails so far: "
                    + client.mails().stream().map(m -> m.to() + " \"" + m.subject() + "\"").toList(), e);
        }
    }

    /** Waits while the service does not know the inspection yet (its consumer is catching up): 404. */
    private static Answer awaitHttp(String what, Callable<Answer> call, int expected) {
        try {
            return await(what).atMost(EVENT).pollInterval(Duration.ofMillis(500)).until(call, a -> a.status() != 404)
                    .expect(expected, what);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(what + ": still 404 after " + EVENT.toSeconds() + " s", e);
        }
    }

    private static String escalationId(JsonNode concern, String level) {
        List<JsonNode> escalations = list(concern.path("escalations"));
        for (int i = escalations.size() - 1; i >= 0; i--) {
            if (level.equals(escalations.get(i).path("level").asText())) {
                return escalations.get(i).path("id").asText();
            }
        }
        throw new AssertionError("3. no " + level + " escalation on the concern: " + concern);
    }

    private static boolean hasDeadline(JsonNode followUp, String step) {
        for (JsonNode d : followUp.path("deadlines")) {
            if (step.equals(d.path("step").asText()) && d.hasNonNull("dueOn")) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode only(JsonNode array, Predicate<JsonNode> filter, String what) {
        return list(array).stream().filter(filter).findFirst().orElseThrow(() -> new AssertionError("no " + what + " in " + array));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static List<String> kinds(List<JsonNode> entries) {
        return entries.stream().map(e -> e.path("kind").asText()).toList();
    }

    /** {@code expected} appear in {@code actual} in that order (other entries may come between). */
    static boolean isSubsequence(List<String> expected, List<String> actual) {
        int i = 0;
        for (String a : actual) {
            if (i < expected.size() && expected.get(i).equals(a)) {
                i++;
            }
        }
        return i == expected.size();
    }

    /** A renewed-framework report card: achievement needs attention, significant concerns – adverse; signposting needed. */
    private static ObjectNode feedback(StackClient client, String inspectionId, LocalDate meetingDay) {
        ObjectNode body = client.json().createObjectNode();
        body.put("inspectionId", inspectionId);
        ObjectNode content = body.putObject("content");
        content.put("feedbackMeetingOn", meetingDay.toString());
        ObjectNode attendance = content.putObject("attendance");
        attendance.putArray("la").addObject().put("name", "Gareth Price").put("role", "Attached inspector");
        var school = attendance.putArray("school");
        school.addObject().put("name", "Mrs M. Ellison").put("role", "Executive headteacher");
        school.addObject().put("name", "Mr J. Okafor").put("role", "Chair of governors");
        ObjectNode judgements = content.putObject("judgements");
        judgement(judgements, "inclusion", "EXPECTED_STANDARD");
        judgement(judgements, "curriculumAndTeaching", "EXPECTED_STANDARD");
        judgements.putObject("achievement").put("grade", "NEEDS_ATTENTION").put("reasonsClear", false)
                .put("comment", "Which published data was used was not said.");
        judgement(judgements, "attendanceAndBehaviour", "STRONG_STANDARD");
        judgement(judgements, "personalDevelopmentAndWellbeing", "EXPECTED_STANDARD");
        judgement(judgements, "leadershipAndGovernance", "NEEDS_ATTENTION");
        judgement(judgements, "earlyYears", "EXPECTED_STANDARD");
        judgement(judgements, "safeguarding", "MET");
        content.put("categoryOfConcern", "SIGNIFICANT_CONCERNS");
        content.put("keyFeedback", "Leadership and achievement need attention; the school is placed in significant concerns.");
        content.putObject("conductConcerns").put("raised", false);
        content.putObject("signposting").put("needed", true).put("notes", "Headteacher upset after the feedback.");
        content.put("nextSteps", "SIM to call the headteacher tomorrow; governors to meet on the draft report.");
        return body;
    }

    private static void judgement(ObjectNode judgements, String name, String grade) {
        judgements.putObject(name).put("grade", grade).put("reasonsClear", true);
    }
}
