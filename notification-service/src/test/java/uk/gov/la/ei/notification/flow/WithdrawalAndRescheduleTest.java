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
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * What a withdrawal and a rescheduling do besides changing the inspection (DOMAIN.md inbound contract; the
 * life of an inspection): exactly who is told, exactly which event goes out – and that a repeat tells nobody
 * and publishes nothing. Every count is taken after the mail queue and the outbox have sent everything.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class WithdrawalAndRescheduleTest {

    @Inject
    AcknowledgementWatch watch;

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
        TestClock.start();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    /** The e-mails about the school's inspections (each test has its own school) with this subject. */
    private static List<SmtpTestServer.Received> mailsStarting(String urn, String subject) {
        return Fixtures.mailsOfSchool(urn).stream().filter(m -> m.subject().startsWith(subject)).toList();
    }

    @Test
    void aWithdrawalTellsTheSimAndAiOncePublishesInspectionWithdrawnOnceAndIsNeverEscalated() {
        TestSchool school = Fixtures.maintainedSchool();
        String ref = Fixtures.newReference();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), ref));
        String withdrawalId = Fixtures.newId();
        Instant withdrawnAt = TestClock.onNoticeDay(14, 10);
        Fixtures.postNotice(Fixtures.notice("withdrawn", withdrawalId, school.urn(), ref, TestClock.startDate(), withdrawnAt),
                "WITHDRAWN");
        // a second withdrawal (a new event id) is recorded, and nothing else
        String again = Fixtures.newId();
        Fixtures.postNotice(Fixtures.notice("withdrawn", again, school.urn(), ref, TestClock.startDate(), withdrawnAt), "UPDATED");

        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("inspection.state", equalTo("WITHDRAWN"))
                .body("history.findAll { it.kind == 'WITHDRAWN' }.size()", equalTo(1))
                .body("history.find { it.kind == 'NOTICE_UPDATED' }.detail", org.hamcrest.Matchers.containsString(again));
        assertThat(Fixtures.events("inspection-withdrawn", id, 1)).singleElement().satisfies(e -> {
            JsonNode data = e.get("data");
            assertThat(data.get("noticeId").asText()).isEqualTo(withdrawalId);
            assertThat(data.get("urn").asText()).isEqualTo(school.urn());
            assertThat(data.get("ofstedReference").asText()).isEqualTo(ref);
            assertThat(Instant.parse(data.get("withdrawnAt").asText())).isEqualTo(withdrawnAt);
        });
        assertThat(Fixtures.awaitMailsOfSchool(school.urn(), 4)).hasSize(4);
        List<SmtpTestServer.Received> withdrawn = mailsStarting(school.urn(), "Ofsted inspection withdrawn");
        assertThat(withdrawn).extracting(SmtpTestServer.Received::to)
                .containsExactlyInAnyOrder(List.of(school.simEmail()), List.of(school.aiEmail()));
        assertThat(withdrawn).allSatisfy(m -> {
            assertThat(m.subject()).isEqualTo("Ofsted inspection withdrawn: %s (URN %s)".formatted(school.name(), school.urn()));
            assertThat(m.body()).contains("Ofsted has withdrawn this inspection notice").contains("Ofsted reference: " + ref);
        });

        // its deadline passes: a withdrawn inspection awaits nobody's acknowledgement
        TestClock.set(TestClock.due().plusSeconds(60));
        watch.escalateOverdue();
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.overdue", equalTo(false))
                .body("history.kind", not(hasItem("ACKNOWLEDGEMENT_OVERDUE")));
        assertThat(Fixtures.events("acknowledgement-overdue", id, 0)).isEmpty();
        assertThat(Fixtures.events("inspection-withdrawn", id, 1)).hasSize(1);
        Fixtures.mailDrained();
        assertThat(Fixtures.mailsOfSchool(school.urn())).hasSize(4);
        assertThat(Fixtures.mailsTo(Fixtures.CEM_PRIMARY_EMAIL)).noneMatch(m -> m.body().contains(id));
    }

    @Test
    void anAcademysWithdrawalTellsOnlyItsSimAndAnUnknownUrnsTheCemOnDuty() {
        TestSchool academy = Fixtures.academy();
        String ref = Fixtures.newReference();
        String id = Fixtures.postNotice(Fixtures.notified(academy.urn(), ref));
        Fixtures.postNotice(Fixtures.notice("withdrawn", Fixtures.newId(), academy.urn(), ref, TestClock.startDate()), "WITHDRAWN");
        assertThat(Fixtures.awaitMailsOfSchool(academy.urn(), 2)).hasSize(2);
        assertThat(mailsStarting(academy.urn(), "Ofsted inspection withdrawn")).extracting(SmtpTestServer.Received::to)
                .containsExactly(List.of(academy.simEmail()));
        assertThat(Fixtures.mailsTo(academy.aiEmail())).isEmpty();

        String urn = Fixtures.newUrn();
        String unknownRef = Fixtures.newReference();
        String unknown = Fixtures.postNotice(Fixtures.notified(urn, unknownRef));
        Fixtures.postNotice(Fixtures.notice("withdrawn", Fixtures.newId(), urn, unknownRef, TestClock.startDate()), "WITHDRAWN");
        assertThat(Fixtures.awaitMailsOfSchool(urn, 2)).extracting(SmtpTestServer.Received::to)
                .containsExactly(List.of(Fixtures.CEM_ON_DUTY_EMAIL), List.of(Fixtures.CEM_ON_DUTY_EMAIL));
        assertThat(mailsStarting(urn, "Ofsted inspection withdrawn")).hasSize(1);
        assertThat(Fixtures.events("inspection-withdrawn", unknown, 1)).hasSize(1);
    }

    @Test
    void aReschedulingTellsTheSimAndAiOncePublishesInspectionRescheduledOnceWithAFreshDeadlineAndNothingElse() {
        TestSchool school = Fixtures.maintainedSchool();
        String ref = Fixtures.newReference();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), ref));

        LocalDate receivedOn = TestClock.workingDay(1);
        LocalDate newStart = TestClock.workingDay(5);
        TestClock.set(TestClock.at(receivedOn, 9, 30));
        String rescheduleId = Fixtures.newId();
        String rescheduled = Fixtures.notice("rescheduled", rescheduleId, school.urn(), ref, newStart, TestClock.at(receivedOn, 9, 15));
        Fixtures.postNotice(rescheduled, "RESCHEDULED");
        // the same event again is one event; the same dates with a new event id move nothing and tell nobody
        Fixtures.postNotice(rescheduled, "REPEATED");
        Fixtures.postNotice(Fixtures.notice("rescheduled", Fixtures.newId(), school.urn(), ref, newStart,
                TestClock.at(receivedOn, 9, 20)), "UPDATED");

        Instant newDue = TestClock.endOfDay(receivedOn);
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("inspection.state", equalTo("NOTIFIED"))
                .body("inspection.startDate", equalTo(newStart.toString()))
                .body("history.findAll { it.kind == 'RESCHEDULED' }.size()", equalTo(1));
        assertThat(Fixtures.events("inspection-rescheduled", id, 1)).singleElement().satisfies(e -> {
            JsonNode data = e.get("data");
            assertThat(data.get("noticeId").asText()).isEqualTo(rescheduleId);
            assertThat(data.get("previousStartDate").asText()).isEqualTo(TestClock.startDate().toString());
            assertThat(data.get("startDate").asText()).isEqualTo(newStart.toString());
            assertThat(data.get("expectedDays").asInt()).isEqualTo(2);
            assertThat(Instant.parse(data.get("acknowledgementDue").asText())).isEqualTo(newDue);
        });
        // ContactsAssigned is not published again: the contacts did not change
        assertThat(Fixtures.eventsNow("contacts-assigned", id)).hasSize(1);

        assertThat(Fixtures.awaitMailsOfSchool(school.urn(), 4)).hasSize(4);
        List<SmtpTestServer.Received> moved = mailsStarting(school.urn(), "Ofsted inspection moved");
        assertThat(moved).extracting(SmtpTestServer.Received::to)
                .containsExactlyInAnyOrder(List.of(school.simEmail()), List.of(school.aiEmail()));
        assertThat(moved).allSatisfy(m -> {
            assertThat(m.subject()).isEqualTo("Ofsted inspection moved: %s (URN %s), now starts %s"
                    .formatted(school.name(), school.urn(), TestClock.day(newStart)));
            assertThat(m.body()).contains("previously to start " + TestClock.day(TestClock.startDate()))
                    .contains("Acknowledge by " + TestClock.moment(newDue));
        });
        assertThat(Fixtures.mailsTo(Fixtures.CEM_PRIMARY_EMAIL)).noneMatch(m -> m.body().contains(id));
    }

    @Test
    void anAcademysReschedulingTellsOnlyItsSim() {
        TestSchool academy = Fixtures.academy();
        String ref = Fixtures.newReference();
        String id = Fixtures.postNotice(Fixtures.notified(academy.urn(), ref));
        Fixtures.postNotice(Fixtures.notice("rescheduled", Fixtures.newId(), academy.urn(), ref, TestClock.workingDay(4)),
                "RESCHEDULED");
        assertThat(Fixtures.awaitMailsOfSchool(academy.urn(), 2)).extracting(SmtpTestServer.Received::to)
                .containsExactly(List.of(academy.simEmail()), List.of(academy.simEmail()));
        assertThat(mailsStarting(academy.urn(), "Ofsted inspection moved")).hasSize(1);
        assertThat(Fixtures.mailsTo(academy.aiEmail())).isEmpty();
        assertThat(Fixtures.events("inspection-rescheduled", id, 1)).hasSize(1);
    }
}
