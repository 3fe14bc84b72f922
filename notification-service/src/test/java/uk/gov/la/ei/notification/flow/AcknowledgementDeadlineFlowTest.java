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

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

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
        TestClock.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z"));
    }

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    @Test
    void aNoticeWhoseTimeIsInTheFutureIsStillDueByTheEndOfTheDayItWasReceived() {
        TestSchool school = Fixtures.maintainedSchool();
        // the publisher's clock says next Monday; the LA has the notice now, on Monday 23 November
        String id = Fixtures.postNotice(Fixtures.notice("notified", Fixtures.newId(), school.urn(), Fixtures.newReference(),
                "2026-12-01", "2026-11-30T09:00:00Z"));
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then().statusCode(200)
                .body("inspection.notifiedAt", equalTo("2026-11-30T09:00:00Z"))
                .body("inspection.receivedAt", startsWith("2026-11-23T12:3"))
                .body("inspection.acknowledgementDue", equalTo("2026-11-23T17:00:00Z"));
        assertThat(Fixtures.awaitMails(school.simEmail(), m -> m.body().contains(id), 1)).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("Acknowledge by 17:00 on Monday 23 November 2026"));
        assertThat(Fixtures.events("contacts-assigned", id, 1)).singleElement()
                .satisfies(e -> assertThat(e.at("/data/acknowledgementDue").asText()).isEqualTo("2026-11-23T17:00:00Z"));
    }

    @Test
    void anAcknowledgementRecordedAfterTheDeadlineIsLateThoughItDeclaresAContactBeforeIt() {
        TestSchool school = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));

        TestClock.CLOCK.set(Instant.parse("2026-11-24T09:00:00Z"));
        given().auth().oauth2(school.simToken()).contentType("application/json").body("""
                        {"contactedAt":"2026-11-23T16:00:00Z","schoolContact":"Mrs A. Head, headteacher","agreedInvolvement":"FULL",
                         "keepInTouchTimes":[{"purpose":"End of day 1 call","at":"2026-11-24T16:30:00"}]}""")
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then().statusCode(200)
                .body("acknowledgement.contactedAt", equalTo("2026-11-23T16:00:00Z"))
                .body("acknowledgement.recordedAt", startsWith("2026-11-24T09:00"))
                .body("acknowledgement.late", equalTo(true))
                .body("history.find { it.kind == 'ACKNOWLEDGED' }.detail", org.hamcrest.Matchers.containsString("LATE"));
        assertThat(Fixtures.events("acknowledgement-recorded", id, 1)).singleElement()
                .satisfies(e -> assertThat(e.at("/data/late").asBoolean()).isTrue());
    }

    @Test
    void anAcknowledgementRecordedInTimeIsNotLate() {
        TestSchool school = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));
        TestClock.CLOCK.set(Instant.parse("2026-11-23T16:55:00Z"));
        given().auth().oauth2(school.aiToken()).contentType("application/json").body("""
                        {"contactedAt":"2026-11-23T16:00:00Z","schoolContact":"Mrs A. Head, headteacher","agreedInvolvement":"FULL",
                         "keepInTouchTimes":[{"purpose":"End of day 1 call","at":"2026-11-24T16:30:00"}]}""")
                .when().post("/api/v1/inspections/" + id + "/acknowledgement").then().statusCode(200)
                .body("acknowledgement.late", equalTo(false));
        assertThat(Fixtures.events("acknowledgement-recorded", id, 1)).singleElement()
                .satisfies(e -> assertThat(e.at("/data/late").asBoolean()).isFalse());
    }
}
