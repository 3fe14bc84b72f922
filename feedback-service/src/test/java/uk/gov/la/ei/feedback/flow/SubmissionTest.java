package uk.gov.la.ei.feedback.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.feedback.Fixtures;
import uk.gov.la.ei.feedback.Fixtures.Inspection;
import uk.gov.la.ei.feedback.Mails;
import uk.gov.la.ei.feedback.TestClock;
import uk.gov.la.ei.feedback.domain.record.FeedbackVersion;
import uk.gov.la.ei.testinfra.KafkaTestClient;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Submitting the final feedback (H§4): the record is then immutable (a correction is a new version with
 * a reason); FeedbackRecorded reaches Kafka for the follow-up and wellbeing services; an outcome worse than
 * the LA's categorisation is flagged; the form reaches senior officers and Governor Services by e-mail
 * with a PDF, and over REST.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class SubmissionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void afterTheInspection() {
        TestClock.CLOCK.set(TestClock.AFTER_THE_INSPECTION);
    }

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    private static String startAndSubmit(String token, Inspection i, Fixtures.TemplateCase t, Map<String, Object> content) {
        String id = given().auth().oauth2(token).contentType("application/json").body(Fixtures.start(i, t, content))
                .when().post("/api/v1/feedback").then().statusCode(201).extract().path("feedbackId");
        given().auth().oauth2(token).when().post("/api/v1/feedback/" + id + "/submission").then().statusCode(200);
        return id;
    }

    private static JsonNode event(String type, String feedbackId, int expected) {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.read(Topics.FEEDBACK,
                r -> r.value().contains(feedbackId) && r.value().contains(type), expected, Duration.ofSeconds(30));
        assertThat(records).as(type + " of " + feedbackId).hasSize(expected);
        try {
            return JSON.readTree(records.get(expected - 1).value());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReportCardWithNeedsAttentionForASchoolTheLaCategorisedAsGoodIsAnUnexpectedOutcome() {
        Inspection i = Fixtures.inspection("GRADED", "RENEWED_2025", "GOOD");
        Map<String, Object> c = Fixtures.REPORT_CARD.content();
        Fixtures.judgements(c).put("inclusion", Fixtures.judgement("NEEDS_ATTENTION"));
        c.put("conductConcerns", Map.of("raised", true, "details", "The lead inspector would not hear the SENCo's evidence."));
        c.put("signposting", Map.of("needed", true, "notes", "Headteacher very upset after the feedback."));
        String id = startAndSubmit(Fixtures.SIM, i, Fixtures.REPORT_CARD, c);

        JsonNode recorded = event("feedback-recorded", id, 1);
        JsonNode data = recorded.path("data");
        assertThat(data.path("feedbackId").asText()).isEqualTo(id);
        assertThat(data.path("inspectionId").asText()).isEqualTo(i.id().toString());
        assertThat(data.path("urn").asText()).isEqualTo(i.urn());
        assertThat(data.path("templateId").asText()).isEqualTo("renewed-2025-report-card");
        assertThat(data.path("templateVersion").asInt()).isEqualTo(1);
        assertThat(data.path("recordVersion").asInt()).isEqualTo(1);
        assertThat(data.path("framework").asText()).isEqualTo("RENEWED_2025");
        assertThat(data.path("inspectionType").asText()).isEqualTo("GRADED");
        assertThat(data.path("judgements").path("inclusion").asText()).isEqualTo("NEEDS_ATTENTION");
        assertThat(data.path("judgements").path("achievement").asText()).isEqualTo("EXPECTED_STANDARD");
        assertThat(data.path("judgements").has("safeguarding")).isFalse();
        assertThat(data.path("outcomeBand").asText()).isEqualTo("REQUIRES_IMPROVEMENT");
        assertThat(data.path("safeguarding").asText()).isEqualTo("MET");
        assertThat(data.path("safeguardingEffective").asBoolean()).isTrue();
        assertThat(data.path("categoryOfConcern").asText()).isEqualTo("NONE");
        assertThat(data.path("adverse").asBoolean()).isTrue();
        assertThat(data.path("signpostingNeeded").asBoolean()).isTrue();
        assertThat(data.path("conductConcerns").asBoolean()).isTrue();
        assertThat(data.path("unexpectedOutcome").asBoolean()).isTrue();
        assertThat(data.path("recordedBy").path("email").asText()).isEqualTo(Fixtures.SIM_EMAIL);
        assertThat(data.path("recordedBy").path("name").asText()).isEqualTo("Mark Fenwick");
        assertThat(data.path("recordedAt").asText()).startsWith("2026-11-26T12:");

        JsonNode flagged = event("unexpected-outcome-flagged", id, 1).path("data");
        assertThat(flagged.path("inspectionId").asText()).isEqualTo(i.id().toString());
        assertThat(flagged.path("urn").asText()).isEqualTo(i.urn());
        assertThat(flagged.path("laCategorisation").asText()).isEqualTo("GOOD");
        assertThat(flagged.path("outcomeBand").asText()).isEqualTo("REQUIRES_IMPROVEMENT");
    }

    @Test
    void anOutcomeNoWorseThanTheLasCategorisationIsNotFlagged() {
        Inspection i = Fixtures.inspection("GRADED", "RENEWED_2025", "REQUIRES_IMPROVEMENT");
        Map<String, Object> c = Fixtures.REPORT_CARD.content();
        Fixtures.judgements(c).put("inclusion", Fixtures.judgement("NEEDS_ATTENTION"));
        String id = startAndSubmit(Fixtures.SIM, i, Fixtures.REPORT_CARD, c);
        assertThat(event("feedback-recorded", id, 1).path("data").path("unexpectedOutcome").asBoolean()).isFalse();
        assertThat(KafkaTestClient.read(Topics.FEEDBACK, r -> r.value().contains(id) && r.value().contains("unexpected-outcome-flagged"),
                1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void safeguardingNotMetIsAdverseAndInadequate() {
        Inspection i = Fixtures.inspection("GRADED", "RENEWED_2025", "OUTSTANDING");
        Map<String, Object> c = Fixtures.REPORT_CARD.content();
        Fixtures.judgements(c).put("safeguarding", Map.of("grade", "NOT_MET", "reasonsClear", true));
        String id = startAndSubmit(Fixtures.AI, i, Fixtures.REPORT_CARD, c);
        given().auth().oauth2(Fixtures.SENIOR_OFFICER).when().get("/api/v1/feedback/" + id).then().statusCode(200)
                .body("outcome.outcomeBand", equalTo("INADEQUATE"))
                .body("outcome.safeguardingEffective", equalTo(false))
                .body("outcome.adverse", equalTo(true));
        JsonNode data = event("feedback-recorded", id, 1).path("data");
        assertThat(data.path("safeguarding").asText()).isEqualTo("NOT_MET");
        assertThat(data.path("safeguardingEffective").asBoolean()).isFalse();
        assertThat(data.path("adverse").asBoolean()).isTrue();
        assertThat(data.path("outcomeBand").asText()).isEqualTo("INADEQUATE");
    }

    @Test
    void aSubmittedRecordIsNeverChangedInPlaceAndACorrectionIsANewVersionWithItsReason() {
        Inspection i = Fixtures.inspection("GRADED", "EIF_2024", "GOOD");
        Map<String, Object> original = Fixtures.GRADED_V2.content();
        String id = startAndSubmit(Fixtures.SIM, i, Fixtures.GRADED_V2, original);

        Map<String, Object> changed = Fixtures.copy(original);
        Fixtures.judgements(changed).put("personalDevelopment", Fixtures.judgement("OUTSTANDING"));
        given().auth().oauth2(Fixtures.SIM).contentType("application/json").body(changed)
                .when().put("/api/v1/feedback/" + id).then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("never changed in place"));
        given().auth().oauth2(Fixtures.SIM).when().post("/api/v1/feedback/" + id + "/submission").then().statusCode(409);
        given().auth().oauth2(Fixtures.SIM).contentType("application/json").body(Map.of("content", changed))
                .when().post("/api/v1/feedback/" + id + "/corrections").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(Fixtures.SIM).contentType("application/json")
                .body(Map.of("reason", "r".repeat(2001), "content", changed))
                .when().post("/api/v1/feedback/" + id + "/corrections").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));

        given().auth().oauth2(Fixtures.AI).contentType("application/json")
                .body(Map.of("reason", "Personal development was given as outstanding; I misheard it as good.", "content", changed))
                .when().post("/api/v1/feedback/" + id + "/corrections").then().statusCode(201)
                .header("Location", containsString("/api/v1/feedback/" + id + "/versions/2"))
                .body("currentVersion", equalTo(2))
                .body("content.judgements.personalDevelopment.grade", equalTo("OUTSTANDING"))
                .body("versions", hasSize(2))
                .body("versions[1].correctionReason", containsString("misheard"));
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/feedback/" + id + "/versions/1").then().statusCode(200)
                .body("current", equalTo(false))
                .body("correctionReason", nullValue())
                .body("recordedBy", equalTo(Fixtures.SIM_EMAIL))
                .body("content.judgements.personalDevelopment.grade", equalTo("GOOD"));
        JsonNode second = event("feedback-recorded", id, 2).path("data");
        assertThat(second.path("recordVersion").asInt()).isEqualTo(2);
        assertThat(second.path("judgements").path("personalDevelopment").asText()).isEqualTo("OUTSTANDING");

        // not even the database lets a submitted version change
        UUID feedbackId = UUID.fromString(id);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update feedback_version set content = '{}' where feedback_id = ?1").setParameter(1, feedbackId).executeUpdate()))
                .isInstanceOf(PersistenceException.class)
                .hasStackTraceContaining("never changed");
        assertThat(QuarkusTransaction.requiringNew().call(() -> FeedbackVersion.of(feedbackId, 1).orElseThrow().content))
                .contains("\"personalDevelopment\":{\"comment\":null,\"grade\":\"GOOD\"");
    }

    @Test
    void theFormReachesSeniorOfficersAndGovernorServicesAsHtmlAndAReadablePdf() throws IOException {
        Inspection i = Fixtures.inspection("GRADED", "RENEWED_2025", "GOOD", "St Swithun's <Primary> & Nursery",
                java.time.Instant.parse("2026-11-23T12:04:00Z"));
        Map<String, Object> c = Fixtures.REPORT_CARD.content();
        Fixtures.judgements(c).put("achievement", Map.of("grade", "NEEDS_ATTENTION", "reasonsClear", false,
                "comment", "Inspectors did not say which published data they relied on."));
        String id = startAndSubmit(Fixtures.SIM, i, Fixtures.REPORT_CARD, c);

        await().atMost(Duration.ofSeconds(60)).until(() -> Mails.withSubjectContaining("URN " + i.urn()).size() >= 3);
        List<Mails.Mail> mails = Mails.withSubjectContaining("URN " + i.urn());
        assertThat(mails).hasSize(3);
        assertThat(mails).flatExtracting(Mails.Mail::to).containsExactlyInAnyOrderElementsOf(Fixtures.RECIPIENTS);
        Mails.Mail mail = mails.get(0);
        assertThat(mail.subject()).isEqualTo("Final feedback: St Swithun's <Primary> & Nursery (URN " + i.urn() + "), graded inspection");
        assertThat(mail.html()).contains("St Swithun&#39;s &lt;Primary&gt; &amp; Nursery")
                .contains("Needs attention").contains("Inspectors did not say which published data they relied on.");
        assertThat(mail.text()).contains("Achievement: Needs attention; reasons clear: No")
                .contains("Zoë Łukasiewicz");
        assertThat(mail.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("feedback-" + i.urn() + "-2026-11-25-v1.pdf");
            assertThat(a.contentType()).startsWith("application/pdf");
            String text = pdfText(a.content());
            assertThat(text).contains("St Swithun's <Primary> & Nursery").contains("URN " + i.urn())
                    .contains("Needs attention").contains("Expected standard")
                    .contains("Zoë Łukasiewicz")
                    .contains("Inspectors did not say which published data they relied on.")
                    .contains("Pupils read fluently by Year 2.")
                    .contains("Requires improvement");
        });

        // and over REST: Governor Services and senior officers read the submitted form
        byte[] pdf = given().auth().oauth2(Fixtures.GOVERNOR_SERVICES).accept("application/pdf")
                .when().get("/api/v1/feedback/" + id + "/form").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertThat(pdfText(pdf)).contains("St Swithun's <Primary> & Nursery");
        given().auth().oauth2(Fixtures.SENIOR_OFFICER).accept("text/html").when().get("/api/v1/feedback/" + id + "/form").then()
                .statusCode(200).contentType(startsWith("text/html")).body(containsString("Needs attention"));
        given().auth().oauth2(Fixtures.GOVERNOR_SERVICES).when().get("/api/v1/feedback/" + id).then().statusCode(200)
                .body("content.keyFeedback", startsWith("Pupils read fluently"));
        given().auth().oauth2(Fixtures.GOVERNOR_SERVICES).when().get("/api/v1/feedback?urn=" + i.urn()).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].outcomeBand", equalTo("REQUIRES_IMPROVEMENT"));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            // table cells wrap their text: compare words, not lines
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void onlyTheSimOrAiCompleteItAndADraftIsTheirsUntilSubmitted() {
        Inspection i = Fixtures.inspection("UNGRADED", "EIF_2024", "GOOD");
        Map<String, Object> start = Fixtures.start(i, Fixtures.UNGRADED, Fixtures.UNGRADED.content());
        given().auth().oauth2(Fixtures.OTHER_SIM).contentType("application/json").body(start)
                .when().post("/api/v1/feedback").then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(Fixtures.CEM).contentType("application/json").body(start)
                .when().post("/api/v1/feedback").then().statusCode(403);
        given().auth().oauth2(Fixtures.SENIOR_OFFICER).contentType("application/json").body(start)
                .when().post("/api/v1/feedback").then().statusCode(403);
        String id = given().auth().oauth2(Fixtures.SIM).contentType("application/json").body(start)
                .when().post("/api/v1/feedback").then().statusCode(201).extract().path("feedbackId");
        given().auth().oauth2(Fixtures.AI).contentType("application/json").body(start)
                .when().post("/api/v1/feedback").then().statusCode(409);

        given().auth().oauth2(Fixtures.GOVERNOR_SERVICES).when().get("/api/v1/feedback/" + id).then().statusCode(403);
        given().auth().oauth2(Fixtures.SENIOR_OFFICER).when().get("/api/v1/feedback/" + id).then().statusCode(403);
        given().auth().oauth2(Fixtures.OTHER_SIM).when().get("/api/v1/feedback/" + id).then().statusCode(403);
        given().auth().oauth2(Fixtures.WELLBEING_OFFICER).when().get("/api/v1/feedback/" + id).then().statusCode(403);
        given().auth().oauth2(Fixtures.AI).when().get("/api/v1/inspections/" + i.id() + "/feedback").then().statusCode(200)
                .body("state", equalTo("DRAFT"));
        given().auth().oauth2(Fixtures.OTHER_SIM).when().post("/api/v1/feedback/" + id + "/submission").then().statusCode(403);

        given().auth().oauth2(Fixtures.AI).when().post("/api/v1/feedback/" + id + "/submission").then().statusCode(200);
        given().auth().oauth2(Fixtures.GOVERNOR_SERVICES).when().get("/api/v1/feedback/" + id).then().statusCode(200);
        given().auth().oauth2(Fixtures.CEM).when().get("/api/v1/feedback/" + id).then().statusCode(200);
        given().auth().oauth2(Fixtures.OTHER_SIM).when().get("/api/v1/feedback/" + id).then().statusCode(403);
        given().auth().oauth2(Fixtures.OTHER_SIM).when().get("/api/v1/feedback?urn=" + i.urn()).then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void aSchoolNotInTheRegistryIsCompletedByTheCemItWasRoutedTo() {
        Inspection i = new Inspection(UUID.randomUUID(), Fixtures.newUrn(), null, "GRADED", "RENEWED_2025",
                java.time.Instant.parse("2026-11-23T12:04:00Z"));
        uk.gov.la.ei.testinfra.TestEvents.publish(Fixtures.contactsAssigned(i, null, false));
        Fixtures.awaitKnown(i.id());
        String id = startAndSubmit(Fixtures.CEM, i, Fixtures.REPORT_CARD, Fixtures.REPORT_CARD.content());
        assertThat(event("feedback-recorded", id, 1).path("data").path("unexpectedOutcome").asBoolean()).isFalse();
    }

    @Test
    void anUnknownInspectionAndAMalformedIdAreProblemsNamingThem() {
        given().auth().oauth2(Fixtures.SIM).contentType("application/json")
                .body(Map.of("inspectionId", UUID.randomUUID().toString()))
                .when().post("/api/v1/feedback").then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(Fixtures.SIM).contentType("application/json").body(Map.of("inspectionId", "not-a-uuid"))
                .when().post("/api/v1/feedback").then().statusCode(400).body("errors[0].field", equalTo("inspectionId"));
        given().auth().oauth2(Fixtures.SIM).when().get("/api/v1/feedback/not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        given().auth().oauth2(Fixtures.SIM).contentType("application/json").body("{}")
                .when().post("/api/v1/feedback").then().statusCode(400).body("errors[0].field", equalTo("inspectionId"));
    }
}
