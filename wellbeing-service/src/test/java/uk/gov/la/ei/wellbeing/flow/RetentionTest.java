package uk.gov.la.ei.wellbeing.flow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.platform.mail.OutgoingMail;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;
import uk.gov.la.ei.testinfra.TestEvents;
import uk.gov.la.ei.wellbeing.Fixtures;
import uk.gov.la.ei.wellbeing.Fixtures.School;
import uk.gov.la.ei.wellbeing.application.RetentionJob;
import uk.gov.la.ei.wellbeing.domain.AuditAction;
import uk.gov.la.ei.wellbeing.domain.AuditEntry;
import uk.gov.la.ei.wellbeing.domain.CheckIn;
import uk.gov.la.ei.wellbeing.domain.Referral;
import uk.gov.la.ei.wellbeing.domain.ReferralTrigger;
import uk.gov.la.ei.wellbeing.domain.Signposting;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Kept no longer than needed: a closed referral past the retention period (two years here) is erased by
 * the scheduled job, leaving its counts; open and recently closed referrals stay; the audit log stays whole.
 * The referrals of this test are opened in March 2026, a month no other test uses, so the counts are exact.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class RetentionTest {

    @Inject
    RetentionJob retention;
    @Inject
    EntityManager em;

    @AfterEach
    void realTime() {
        Fixtures.CLOCK.reset();
    }

    private static UUID pauseRequested(School s) {
        TestEvents.publish(Fixtures.pause(s));
        return Fixtures.awaitReferral(s);
    }

    private static void close(UUID referralId, String reason) {
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json").body("{\"reason\":\"" + reason + "\"}")
                .when().post("/api/v1/referrals/" + referralId + "/closure").then().statusCode(200);
    }

    @Test
    void aClosedReferralPastTheRetentionPeriodIsErasedLeavingItsCountsAndTheAuditLog() {
        Fixtures.CLOCK.set(Instant.parse("2026-03-10T10:00:00Z"));
        School s = Fixtures.inspection();
        UUID erased = pauseRequested(s);
        given().auth().oauth2(Fixtures.OFFICER).contentType("application/json")
                .body("{\"offerCodes\":[\"HEADSUP4HTS\"],\"channel\":\"EMAIL\"}")
                .when().post("/api/v1/referrals/" + erased + "/signpostings").then().statusCode(201);
        UUID first = QuarkusTransaction.requiringNew().call(() -> CheckIn.of(erased).get(0).id);
        given().auth().oauth2(s.sim()).contentType("application/json").body("{\"outcome\":\"DONE\",\"channel\":\"CALL\"}")
                .when().post("/api/v1/referrals/" + erased + "/check-ins/" + first + "/outcome").then().statusCode(200);
        await().atMost(Fixtures.WAIT).until(() -> SmtpTestServer.received().stream().anyMatch(m -> m.to().contains(s.headEmail())));
        Fixtures.CLOCK.set(Instant.parse("2026-03-20T10:00:00Z"));
        close(erased, "SUPPORT_IN_PLACE");

        School stillOpen = Fixtures.inspection();
        Fixtures.CLOCK.set(Instant.parse("2026-03-11T10:00:00Z"));
        UUID open = pauseRequested(stillOpen);
        School closedLater = Fixtures.inspection();
        UUID recent = pauseRequested(closedLater);
        Fixtures.CLOCK.set(Instant.parse("2026-03-25T10:00:00Z"));
        close(recent, "CHECK_INS_COMPLETE");
        long auditLinesBefore = auditLines(erased);

        // two years after the first closure, not yet two years after the second
        Fixtures.CLOCK.set(Instant.parse("2028-03-21T10:00:00Z"));
        await().atMost(Fixtures.WAIT).until(() -> {
            retention.eraseExpired();
            return QuarkusTransaction.requiringNew().call(() -> Referral.findById(erased) == null);
        });

        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/referrals/" + erased).then().statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ReferralTrigger.count("referralId", erased)
                + Signposting.count("referralId", erased) + CheckIn.count("referralId", erased))).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutgoingMail.count("reference", erased.toString()))).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_message where payload like ?1").setParameter(1, "%" + erased + "%")
                .getSingleResult()).longValue())).isZero();
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/referrals/" + open).then().statusCode(200);
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/referrals/" + recent).then().statusCode(200);

        // the audit log is whole, and says it was erased
        assertThat(auditLines(erased)).isEqualTo(auditLinesBefore + 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("referralId = ?1 and action = ?2", erased,
                AuditAction.REFERRAL_ERASED))).isEqualTo(1L);

        // only counts are left of it
        assertThat(tally("2026-03")).containsEntry("referrals", 1L)
                .containsEntry("trigger.PAUSE_REQUESTED", 1L)
                .containsEntry("signposted", 1L)
                .containsEntry("signposted.within-deadline", 1L)
                .containsEntry("signposting.channel.EMAIL", 1L)
                .containsEntry("offer.HEADSUP4HTS", 1L)
                .containsEntry("check-ins.DONE", 1L)
                .containsEntry("check-ins.CANCELLED", 4L)
                .containsEntry("closed.SUPPORT_IN_PLACE", 1L);
        // and the statistics count it with the two still held
        given().auth().oauth2(Fixtures.SENIOR_OFFICER).when().get("/api/v1/statistics?from=2026-03&to=2026-03").then()
                .statusCode(200)
                .body("periods[0].period", equalTo("2026-03"))
                .body("periods[0].counts.referrals", equalTo(3))
                .body("periods[0].counts.'trigger.PAUSE_REQUESTED'", equalTo(3))
                .body("periods[0].counts.signposted", equalTo(1));

        // a second round erases nothing more
        retention.eraseExpired();
        assertThat(tally("2026-03")).containsEntry("referrals", 1L);
    }

    @Test
    void statisticsAreForWellbeingAndSeniorOfficersAndCheckTheirMonths() {
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/statistics?from=2026-01&to=2026-02").then().statusCode(200);
        given().auth().oauth2(Fixtures.GOVERNOR_SERVICES).when().get("/api/v1/statistics?from=2026-01&to=2026-02").then()
                .statusCode(403);
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/statistics?from=2026-13&to=2026-02").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/statistics?from=2026-03&to=2026-02").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    private static long auditLines(UUID referralId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("referralId", referralId));
    }

    private Map<String, Long> tally(String period) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select metric, count from referral_tally where period = ?1")
                    .setParameter(1, period).getResultList();
            Map<String, Long> counts = new HashMap<>();
            rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
            return counts;
        });
    }
}
