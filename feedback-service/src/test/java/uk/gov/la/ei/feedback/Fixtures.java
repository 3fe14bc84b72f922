package uk.gov.la.ei.feedback;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.gov.la.ei.contracts.events.AssignmentReason;
import uk.gov.la.ei.contracts.events.ContactsAssigned;
import uk.gov.la.ei.contracts.events.Involvement;
import uk.gov.la.ei.contracts.events.LeadInspectorContact;
import uk.gov.la.ei.contracts.events.Person;
import uk.gov.la.ei.platform.inspections.KnownInspection;
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.awaitility.Awaitility.await;

/** The people of the tests, inspections as notification-service announces them, and records as a SIM fills them in. */
public final class Fixtures {

    public static final String SIM_EMAIL = "mark.fenwick@hants-ei.example";
    public static final String AI_EMAIL = "gareth.price@hants-ei.example";
    public static final String CEM_EMAIL = "susan.hartley@hants-ei.example";
    public static final String SIM = DevJwt.token(SIM_EMAIL, "Mark Fenwick", Duration.ofHours(2), "sim");
    public static final String AI = DevJwt.token(AI_EMAIL, "Gareth Price", Duration.ofHours(2), "attached-inspector");
    public static final String CEM = DevJwt.token(CEM_EMAIL, "cem");
    public static final String OTHER_SIM = DevJwt.token("someone.else@hants-ei.example", "sim");
    public static final String SENIOR_OFFICER = DevJwt.token("assistant.director.ei@hants-ei.example", "senior-officer");
    public static final String GOVERNOR_SERVICES = DevJwt.token("governor.services@hants-ei.example", "governor-services");
    public static final String WELLBEING_OFFICER = DevJwt.token("wellbeing.lead@hants-ei.example", "wellbeing-officer");
    /** Where the test profile sends every submitted form (application.properties, %test). */
    public static final List<String> RECIPIENTS = List.of("assistant.director.ei@hants-ei.example",
            "senior.officer.two@hants-ei.example", "governor.services@hants-ei.example");

    private Fixtures() {
    }

    /** A URN no other test uses (6 digits starting 7). */
    public static String newUrn() {
        return "7" + (10000 + ThreadLocalRandom.current().nextInt(89999));
    }

    /** An inspection, announced on Kafka as notification-service would, once it is known here. */
    public record Inspection(UUID id, String urn, String schoolName, String type, String framework, Instant notifiedAt) {
    }

    public static Inspection inspection(String type, String framework, String laCategorisation) {
        return inspection(type, framework, laCategorisation, "Test School " + newUrn(), Instant.parse("2026-11-23T12:04:00Z"));
    }

    public static Inspection inspection(String type, String framework, String laCategorisation, String schoolName, Instant notifiedAt) {
        Inspection i = new Inspection(UUID.randomUUID(), newUrn(), schoolName, type, framework, notifiedAt);
        TestEvents.publish(contactsAssigned(i, laCategorisation, true));
        awaitKnown(i.id());
        return i;
    }

    public static ContactsAssigned contactsAssigned(Inspection i, String laCategorisation, boolean withSimAndAi) {
        return contactsAssigned(i, laCategorisation, withSimAndAi, AssignmentReason.NOTIFIED);
    }

    public static ContactsAssigned contactsAssigned(Inspection i, String laCategorisation, boolean withSimAndAi, AssignmentReason reason) {
        LocalDate start = i.notifiedAt().atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
        return new ContactsAssigned(i.id(), UUID.randomUUID().toString(), i.urn(), i.schoolName(), "MAINTAINED", "Primary",
                "Winchester", laCategorisation, withSimAndAi ? Involvement.FULL : Involvement.UNKNOWN_SCHOOL, withSimAndAi,
                withSimAndAi ? new Person("Mark Fenwick", SIM_EMAIL) : null,
                withSimAndAi ? new Person("Gareth Price", AI_EMAIL) : null,
                new Person("Susan Hartley", CEM_EMAIL), List.of(new Person("A. Senior HMI", "shmi.south@ofsted.example")),
                new Person("Helen Marchetti", "head@school.example"), "10" + i.urn(), i.type(), i.framework(), i.notifiedAt(),
                start, 2, new LeadInspectorContact("A. Inspector", "a.inspector@example.org"), i.notifiedAt().plus(Duration.ofHours(5)),
                null, reason);
    }

    public static void awaitKnown(UUID inspectionId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> KnownInspection.findById(inspectionId) != null));
    }

    /** The templates as the tests drive them: which inspections each is for, and a complete record on it. */
    public record TemplateCase(String templateId, int version, String type, String framework, List<String> required,
                               String goodGrade, String safeguardingKey, String safeguardingOk, Map<String, String> answers,
                               String category) {
        @Override
        public String toString() {
            return templateId + " v" + version;
        }

        /** A complete record: every required judgement at its good grade, reasons clear. */
        public Map<String, Object> content() {
            Map<String, Object> judgements = new LinkedHashMap<>();
            for (String key : required) {
                judgements.put(key, judgement(goodGrade));
            }
            judgements.put(safeguardingKey, judgement(safeguardingOk));
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("feedbackMeetingOn", "2026-11-25");
            c.put("attendance", Map.of(
                    "la", List.of(Map.of("name", "Gareth Price", "role", "Attached inspector")),
                    "school", List.of(Map.of("name", "Helen Marchetti", "role", "Headteacher"),
                            Map.of("name", "Zoë Łukasiewicz", "role", "Chair of governors"))));
            c.put("judgements", judgements);
            if (category != null) {
                c.put("categoryOfConcern", category);
            }
            c.put("keyFeedback", "Pupils read fluently by Year 2. The mathematics curriculum is not yet securely sequenced.");
            c.put("conductConcerns", Map.of("raised", false));
            c.put("signposting", Map.of("needed", false));
            c.put("nextSteps", "SIM to call the headteacher within three working days; governors' meeting on the report.");
            c.put("answers", answers);
            return c;
        }
    }

    public static Map<String, Object> judgement(String grade) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("grade", grade);
        j.put("reasonsClear", true);
        return j;
    }

    public static final TemplateCase GRADED_V1 = new TemplateCase("eif-2024-graded", 1, "GRADED", "EIF_2024",
            List.of("overallEffectiveness", "qualityOfEducation", "behaviourAndAttitudes", "personalDevelopment", "leadershipAndManagement"),
            "GOOD", "safeguarding", "EFFECTIVE", Map.of(), "NONE");
    public static final TemplateCase GRADED_V2 = new TemplateCase("eif-2024-graded", 2, "GRADED", "EIF_2024",
            List.of("qualityOfEducation", "behaviourAndAttitudes", "personalDevelopment", "leadershipAndManagement"),
            "GOOD", "safeguarding", "EFFECTIVE", Map.of(), "NONE");
    public static final TemplateCase UNGRADED = new TemplateCase("eif-2024-ungraded", 1, "UNGRADED", "EIF_2024",
            List.of("outcome"), "CONTINUES_GOOD", "safeguarding", "EFFECTIVE", Map.of(), null);
    public static final TemplateCase REPORT_CARD = new TemplateCase("renewed-2025-report-card", 1, "GRADED", "RENEWED_2025",
            List.of("inclusion", "curriculumAndTeaching", "achievement", "attendanceAndBehaviour", "personalDevelopmentAndWellbeing",
                    "leadershipAndGovernance"), "EXPECTED_STANDARD", "safeguarding", "MET", Map.of(), "NONE");
    public static final TemplateCase MONITORING = new TemplateCase("monitoring-visit", 1, "MONITORING", "RENEWED_2025",
            List.of("progress"), "TAKING_EFFECTIVE_ACTION", "safeguarding", "EFFECTIVE",
            Map.of("focus", "Reading in key stage 1 and the governors' oversight of safeguarding"), "NONE");

    public static List<TemplateCase> templates() {
        return List.of(GRADED_V1, GRADED_V2, UNGRADED, REPORT_CARD, MONITORING);
    }

    /** The body that starts a record of {@code inspection} on the case's template version. */
    public static Map<String, Object> start(Inspection inspection, TemplateCase t, Map<String, Object> content) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inspectionId", inspection.id().toString());
        body.put("templateId", t.templateId());
        body.put("templateVersion", t.version());
        if (content != null) {
            body.put("content", content);
        }
        return body;
    }

    /** A deep copy, so a test can spoil one field of a good record. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> copy(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m) {
                out.put(k, copy((Map<String, Object>) m));
            } else if (v instanceof List<?> l) {
                out.put(k, new ArrayList<>(l));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> judgements(Map<String, Object> content) {
        return (Map<String, Object>) content.get("judgements");
    }
}
