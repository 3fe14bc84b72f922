package uk.gov.la.ei.notification.flow;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.notification.Fixtures.TestSchool;
import uk.gov.la.ei.notification.TestClock;
import uk.gov.la.ei.notification.application.AcknowledgementWatch;
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Flow step 3: the SIM or AI acknowledges with the school; a deadline runs, and passing it escalates to the CEM once. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class AcknowledgementTest {

    @Inject
    AcknowledgementWatch watch;
    @Inject
    io.quarkus.scheduler.Scheduler scheduler;

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
        TestClock.start();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static String ack(TestSchool school) {
        return """
                {"contactedAt":"%s","schoolContact":"Mrs H. Marchetti, headteacher",
                 "agreedInvolvement":"FULL",
                 "keepInTouchTimes":[{"purpose":"End of day 1 call with the headteacher","at":"%s","owner":"%s"},
                                     {"purpose":"Final feedback","at":"%s","owner":"%s"}],
                 "notes":"AI to visit before the start"}""".formatted(TestClock.onNoticeDay(12, 20),
                TestClock.localTime(TestClock.startDate(), 16, 30), school.aiEmail(),
                TestClock.localTime(TestClock.workingDay(2), 15, 0), school.aiEmail());
    }

    private static io.restassured.response.ValidatableResponse acknowledge(String token, String id, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then();
    }

    @Test
    void theAssignedAiAcknowledgesAndTheAgreedTimesAreRecordedAndPublished() {
        TestSchool school = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));
        acknowledge(school.aiToken(), id, ack(school))
                .statusCode(200)
                .body("inspection.state", equalTo("ACKNOWLEDGED"))
                .body("acknowledgement.by.email", equalTo(school.aiEmail()))
                .body("acknowledgement.contactedAt", equalTo(TestClock.onNoticeDay(12, 20).toString()))
                .body("acknowledgement.keepInTouchTimes.purpose", equalTo(List.of("End of day 1 call with the headteacher",
                        "Final feedback")))
                .body("acknowledgement.notes", equalTo("AI to visit before the start"))
                .body("acknowledgement.late", equalTo(false))
                .body("history.kind", hasItem("ACKNOWLEDGED"));
        // the second one is refused: already acknowledged
        acknowledge(school.simToken(), id, ack(school))
                .statusCode(409).contentType(startsWith("application/problem+json"));

        assertThat(Fixtures.events("acknowledgement-recorded", id, 1)).singleElement().satisfies(e -> {
            JsonNode data = e.get("data");
            assertThat(data.at("/acknowledgedBy/email").asText()).isEqualTo(school.aiEmail());
            assertThat(data.get("urn").asText()).isEqualTo(school.urn());
            assertThat(data.get("schoolContact").asText()).isEqualTo("Mrs H. Marchetti, headteacher");
            assertThat(Instant.parse(data.get("contactedAt").asText())).isEqualTo(TestClock.onNoticeDay(12, 20));
            assertThat(data.get("agreedInvolvement").asText()).isEqualTo("FULL");
            assertThat(data.get("keepInTouchTimes")).hasSize(2);
            assertThat(data.get("late").asBoolean()).isFalse();
        });
    }

    @Test
    void onlyTheSimOrAiOfTheInspectionOrItsCemMayAcknowledgeRoleAndEmailBoth() {
        TestSchool school = Fixtures.maintainedSchool();
        TestSchool other = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));
        // the SIM and AI of another school, a CEM it is not routed to, the SIM's address with another role
        for (String token : List.of(other.simToken(), other.aiToken(), Fixtures.OTHER_SIM,
                Fixtures.cem(Fixtures.CEM_SECONDARY_EMAIL), DevJwt.token(school.simEmail(), "attached-inspector"),
                DevJwt.token(school.aiEmail(), "sim"))) {
            acknowledge(token, id, ack(school)).statusCode(403).contentType(startsWith("application/problem+json"));
        }
        // operations may read it, but not act on it
        acknowledge(Fixtures.OPS, id, ack(school)).statusCode(403);
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.state", equalTo("NOTIFIED"))
                .body("acknowledgement", org.hamcrest.Matchers.nullValue());
        assertThat(Fixtures.events("acknowledgement-recorded", id, 0)).isEmpty();

        // the CEM the inspection is routed to may (H§4: the CEM is the escalation point)
        acknowledge(Fixtures.cem(Fixtures.CEM_PRIMARY_EMAIL), id, ack(school)).statusCode(200)
                .body("acknowledgement.by.email", equalTo(Fixtures.CEM_PRIMARY_EMAIL));
    }

    @Test
    void anIncompleteAcknowledgementIsRefusedNamingEachFieldAndNothingIsRecorded() {
        TestSchool school = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));
        acknowledge(school.simToken(), id, "{\"contactedAt\":\"%s\",\"agreedInvolvement\":\"OFFER_DECLINED\",\"keepInTouchTimes\":[{\"purpose\":\"\"}]}"
                .formatted(TestClock.onNoticeDay(12, 25)))
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("schoolContact"))
                .body("errors.field", hasItem("agreedInvolvement"))
                .body("errors.field", hasItem("keepInTouchTimes[0].purpose"))
                .body("errors.field", hasItem("keepInTouchTimes[0].at"));
        acknowledge(school.simToken(), id, "{\"schoolContact\":\"Mrs A. Head\",\"agreedInvolvement\":\"FULL\",\"keepInTouchTimes\":[]}")
                .statusCode(400)
                .body("errors.field", hasItem("contactedAt"))
                .body("errors.field", hasItem("keepInTouchTimes"));
        acknowledge(school.simToken(), id, "{\"agreedInvolvement\":\"MAYBE\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("agreedInvolvement"));
        given().auth().oauth2(school.simToken()).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.state", equalTo("NOTIFIED"))
                .body("history.kind", org.hamcrest.Matchers.not(hasItem("ACKNOWLEDGED")));
        assertThat(Fixtures.events("acknowledgement-recorded", id, 0)).isEmpty();
    }

    @Test
    void anUnacknowledgedNoticeIsEscalatedToTheCemItIsRoutedToExactlyOnceWhenItsDeadlinePasses() {
        TestSchool school = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));
        escalatedExactlyOnce(id, school.urn(), Fixtures.CEM_PRIMARY_EMAIL, 2);
        // the SIM and AI were told of the notice, and of nothing else
        assertThat(Fixtures.mailsAbout(id)).filteredOn(m -> !m.to().contains(Fixtures.CEM_PRIMARY_EMAIL))
                .extracting(SmtpTestServer.Received::to)
                .containsExactlyInAnyOrder(List.of(school.simEmail()), List.of(school.aiEmail()));
    }

    @Test
    void anUnknownUrnsUnacknowledgedNoticeIsEscalatedToTheCemOnDutyExactlyOnce() {
        String urn = Fixtures.newUrn();
        String id = Fixtures.postNotice(Fixtures.notified(urn, Fixtures.newReference()));
        escalatedExactlyOnce(id, urn, Fixtures.CEM_ON_DUTY_EMAIL, 1);
    }

    /**
     * Escalation rounds before the deadline do nothing; after it, several rounds – some at once, as
     * several replicas would run them – escalate once: one history line, one AcknowledgementOverdue naming
     * the CEM, one e-mail to the CEM. Counted after the mail queue and the outbox have sent everything.
     */
    private void escalatedExactlyOnce(String id, String urn, String cemEmail, int noticeMails) {
        watch.escalateOverdue();
        TestClock.set(TestClock.due().minusSeconds(60));
        watch.escalateOverdue();
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.overdue", equalTo(false));
        assertThat(Fixtures.events("acknowledgement-overdue", id, 0)).isEmpty();

        TestClock.set(TestClock.due().plusSeconds(1));
        roundsAtOnce(3);
        watch.escalateOverdue();

        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.overdue", equalTo(true))
                .body("history.findAll { it.kind == 'ACKNOWLEDGEMENT_OVERDUE' }.size()", equalTo(1))
                .body("emails.findAll { it.subject.startsWith('Not acknowledged') }.to", equalTo(List.of(cemEmail)));
        List<SmtpTestServer.Received> mails = Fixtures.awaitMailsAbout(id, noticeMails + 1);
        assertThat(mails).hasSize(noticeMails + 1);
        assertThat(mails).filteredOn(m -> m.subject().startsWith("Not acknowledged")).singleElement().satisfies(m -> {
            assertThat(m.to()).containsExactly(cemEmail);
            assertThat(m.subject()).contains("(URN " + urn + ")");
            assertThat(m.body()).contains("the deadline (" + TestClock.moment(TestClock.due()) + ") has passed")
                    .contains("It is escalated to you as CEM");
        });
        assertThat(Fixtures.events("acknowledgement-overdue", id, 1)).singleElement().satisfies(e -> {
            assertThat(e.at("/data/escalatedTo/email").asText()).isEqualTo(cemEmail);
            assertThat(Instant.parse(e.at("/data/dueAt").asText())).isEqualTo(TestClock.due());
        });

        // a day later, rounds still find nothing new to do about it
        TestClock.set(TestClock.due().plus(Duration.ofDays(1)));
        watch.escalateOverdue();
        assertThat(Fixtures.events("acknowledgement-overdue", id, 1)).hasSize(1);
        Fixtures.mailDrained();
        assertThat(Fixtures.mailsAbout(id)).hasSize(noticeMails + 1);
    }

    /**
     * Nobody has to remember to look: the check is scheduled on its own (every
     * {@code notification.acknowledgement.check-every}; hourly in the test profile, so that each test decides
     * when a deadline passes and runs the check itself, as above).
     */
    @Test
    void theDeadlineCheckRunsOnASchedule() {
        assertThat(scheduler.isRunning()).isTrue();
        assertThat(scheduler.getScheduledJobs())
                .filteredOn(t -> t.getMethodDescription() != null && t.getMethodDescription().contains("AcknowledgementWatch#check"))
                .singleElement().satisfies(t -> assertThat(t.getNextFireTime())
                        .isNotNull().isBefore(Instant.now().plus(Duration.ofHours(1)).plusSeconds(10)));
    }

    private void roundsAtOnce(int rounds) {
        ExecutorService executor = Executors.newFixedThreadPool(rounds);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> done = new ArrayList<>();
            for (int n = 0; n < rounds; n++) {
                done.add(executor.submit(() -> {
                    start.await();
                    return watch.escalateOverdue();
                }));
            }
            start.countDown();
            for (Future<Integer> round : done) {
                round.get(120, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new AssertionError("an escalation round failed", e);
        } finally {
            executor.shutdownNow();
        }
    }
}
