package uk.gov.la.ei.notification.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.notification.Fixtures.TestSchool;
import uk.gov.la.ei.notification.TestClock;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * H§4's deadline runs from when the LA received the notice, not from the publisher's {@code time}; an
 * acknowledgement is late if it was recorded after the deadline, whatever contact time it declares
 * (issue 6, item 7).
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class AcknowledgementDeadlineFlowTest {

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
        TestClock.start();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static String ack(Instant contactedAt) {
        return """
                {"contactedAt":"%s","schoolContact":"Mrs A. Head, headteacher","agreedInvolvement":"FULL",
                 "keepInTouchTimes":[{"purpose":"End of day 1 call","at":"%s"}]}""".formatted(contactedAt,
                TestClock.localTime(TestClock.startDate(), 16, 30));
    }

    @Test
    void aNoticeWhoseTimeIsInTheFutureIsStillDueByTheEndOfTheDayItWasReceived() {
        TestSchool school = Fixtures.maintainedSchool();
        // the publisher's clock says a week on; the LA has the notice now, on the notice day
        Instant weekOn = TestClock.at(TestClock.noticeDay().plusWeeks(1), 9, 0);
        String id = Fixtures.postNotice(Fixtures.notice("notified", Fixtures.newId(), school.urn(), Fixtures.newReference(),
                TestClock.DAYS.nextWorkingDay(TestClock.noticeDay().plusWeeks(1)), weekOn));
        var inspection = given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(Instant.parse(inspection.getString("inspection.notifiedAt"))).isEqualTo(weekOn);
        assertThat(Instant.parse(inspection.getString("inspection.receivedAt")))
                .isBetween(TestClock.received(), TestClock.received().plus(Duration.ofMinutes(30)));
        assertThat(Instant.parse(inspection.getString("inspection.acknowledgementDue"))).isEqualTo(TestClock.due());
        assertThat(Fixtures.awaitMails(school.simEmail(), m -> m.body().contains(id), 1)).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("Acknowledge by " + TestClock.moment(TestClock.due())));
        assertThat(Fixtures.events("contacts-assigned", id, 1)).singleElement()
                .satisfies(e -> assertThat(Instant.parse(e.at("/data/acknowledgementDue").asText())).isEqualTo(TestClock.due()));
    }

    @Test
    void anAcknowledgementRecordedAfterTheDeadlineIsLateThoughItDeclaresAContactBeforeIt() {
        TestSchool school = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));

        Instant nextMorning = TestClock.at(TestClock.workingDay(1), 9, 0);
        TestClock.set(nextMorning);
        var acknowledged = given().auth().oauth2(school.simToken()).contentType("application/json")
                .body(ack(TestClock.onNoticeDay(16, 0)))
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then().statusCode(200)
                .body("acknowledgement.late", equalTo(true))
                .body("history.find { it.kind == 'ACKNOWLEDGED' }.detail", org.hamcrest.Matchers.containsString("LATE"))
                .extract().jsonPath();
        assertThat(Instant.parse(acknowledged.getString("acknowledgement.contactedAt"))).isEqualTo(TestClock.onNoticeDay(16, 0));
        assertThat(Instant.parse(acknowledged.getString("acknowledgement.recordedAt")))
                .isBetween(nextMorning, nextMorning.plus(Duration.ofMinutes(30)));
        assertThat(Fixtures.events("acknowledgement-recorded", id, 1)).singleElement()
                .satisfies(e -> assertThat(e.at("/data/late").asBoolean()).isTrue());
    }

    @Test
    void anAcknowledgementRecordedInTimeIsNotLate() {
        TestSchool school = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));
        TestClock.set(TestClock.onNoticeDay(16, 55));
        given().auth().oauth2(school.aiToken()).contentType("application/json").body(ack(TestClock.onNoticeDay(16, 0)))
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then().statusCode(200)
                .body("acknowledgement.late", equalTo(false));
        assertThat(Fixtures.events("acknowledgement-recorded", id, 1)).singleElement()
                .satisfies(e -> assertThat(e.at("/data/late").asBoolean()).isFalse());
    }
}
