package uk.gov.la.ei.wellbeing.flow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.events.ConcernCategory;
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;
import uk.gov.la.ei.testinfra.TestEvents;
import uk.gov.la.ei.wellbeing.Fixtures;
import uk.gov.la.ei.wellbeing.Fixtures.School;
import uk.gov.la.ei.wellbeing.domain.AuditAction;
import uk.gov.la.ei.wellbeing.domain.AuditEntry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Health-related personal data: only wellbeing officers, the school's SIM and the CEM read a referral;
 * every read and change is in an append-only audit log the database itself protects.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class AccessAndAuditTest {

    @Inject
    EntityManager em;

    @BeforeEach
    void monday() {
        Fixtures.CLOCK.set(Instant.parse("2026-11-23T12:30:00Z"));
    }

    @AfterEach
    void realTime() {
        Fixtures.CLOCK.reset();
    }

    private static UUID referred(School s) {
        TestEvents.publish(Fixtures.concern(s, ConcernCategory.LEADER_WELLBEING));
        return Fixtures.awaitReferral(s);
    }

    private static List<AuditEntry> audit(UUID referralId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list("referralId = ?1 order by id", referralId));
    }

    @Test
    void anotherSchoolsSimGovernorServicesASeniorOfficerTheAiAndNoTokenAreRefused() {
        School s = Fixtures.inspection();
        School other = Fixtures.inspection();
        UUID referralId = referred(s);
        String path = "/api/v1/referrals/" + referralId;
        given().auth().oauth2(other.sim()).when().get(path).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(other.cem()).when().get(path).then().statusCode(403);
        // roles that never see a referral are refused by the role check, before anything is looked up
        given().auth().oauth2(Fixtures.GOVERNOR_SERVICES).when().get(path).then().statusCode(403)
                .contentType(startsWith("application/problem+json")).body("type", org.hamcrest.Matchers.endsWith("role-not-allowed"));
        given().auth().oauth2(Fixtures.SENIOR_OFFICER).when().get(path).then().statusCode(403);
        given().auth().oauth2(s.ai()).when().get(path).then().statusCode(403);
        given().when().get(path).then().statusCode(401);
        given().auth().oauth2(DevJwt.token("ops@hants-ei.example", "ops")).when().get(path).then().statusCode(403);
        // the school's SIM's e-mail with another role is not the SIM
        given().auth().oauth2(DevJwt.token(s.simEmail(), "cem")).when().get(path).then().statusCode(403);

        // a SIM or CEM of another school is refused by the rule, and the refusal is on the log
        List<AuditEntry> refusals = audit(referralId).stream().filter(e -> e.outcome == AuditEntry.Outcome.REFUSED).toList();
        assertThat(refusals).extracting(e -> e.actor).containsExactlyInAnyOrder(other.simEmail(), other.cemEmail(), s.simEmail());
        assertThat(refusals).allMatch(e -> e.action == AuditAction.REFERRAL_READ);
        assertThat(audit(referralId)).noneMatch(e -> e.outcome == AuditEntry.Outcome.ALLOWED && e.action == AuditAction.REFERRAL_READ);
    }

    @Test
    void theWellbeingOfficerTheSchoolsSimAndTheCemReadItAndEachReadIsAudited() {
        School s = Fixtures.inspection();
        UUID referralId = referred(s);
        String path = "/api/v1/referrals/" + referralId;
        given().auth().oauth2(Fixtures.OFFICER).header("X-Purpose", "weekly review").when().get(path).then().statusCode(200)
                .body("id", equalTo(referralId.toString()))
                .body("leader.email", equalTo(s.headEmail()))
                .body("schoolName", equalTo(s.schoolName()))
                .body("triggers.kind", hasItem("LEADER_WELLBEING_CONCERN"))
                .body("yourAccess", equalTo("WELLBEING_OFFICER"));
        given().auth().oauth2(s.sim()).when().get(path).then().statusCode(200).body("yourAccess", equalTo("SCHOOL_SIM"));
        given().auth().oauth2(s.sim()).header("X-Purpose", "p".repeat(151)).when().get(path).then().statusCode(400)
                .body("errors.field", hasItem("X-Purpose"));
        given().auth().oauth2(s.cem()).header("X-Purpose", "p".repeat(150)).when().get(path).then().statusCode(200)
                .body("yourAccess", equalTo("INSPECTION_CEM"));

        List<AuditEntry> reads = audit(referralId).stream()
                .filter(e -> e.action == AuditAction.REFERRAL_READ && e.outcome == AuditEntry.Outcome.ALLOWED).toList();
        assertThat(reads).extracting(e -> e.actor).containsExactly(Fixtures.OFFICER_EMAIL, s.simEmail(), s.cemEmail());
        assertThat(reads.get(0).why).isEqualTo("as a wellbeing officer; weekly review");
        assertThat(reads.get(0).actorRoles).isEqualTo("wellbeing-officer");
        assertThat(reads.get(1).why).isEqualTo("as the school's SIM");
        // the trigger's arrival is on the log too, by the service that told us
        assertThat(audit(referralId)).anyMatch(e -> e.action == AuditAction.REFERRAL_OPENED
                && e.actor.equals("system:support-tracking-service"));
    }

    @Test
    void aListShowsOnlyWhatASingleReadWouldAllowAndEachReferralShownIsAudited() {
        School s = Fixtures.inspection();
        School other = Fixtures.inspection();
        UUID referralId = referred(s);
        given().auth().oauth2(s.sim()).when().get("/api/v1/referrals").then().statusCode(200)
                .body("items.id", hasItem(referralId.toString()));
        given().auth().oauth2(s.cem()).when().get("/api/v1/referrals?status=OPEN").then().statusCode(200)
                .body("items.id", hasItem(referralId.toString()));
        given().auth().oauth2(other.sim()).when().get("/api/v1/referrals").then().statusCode(200)
                .body("items.id", not(hasItem(referralId.toString())));
        given().auth().oauth2(other.sim()).when().get("/api/v1/referrals?urn=" + s.urn()).then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(0));
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/referrals?urn=" + s.urn()).then().statusCode(200)
                .body("items.id", hasItem(referralId.toString()));
        given().auth().oauth2(Fixtures.GOVERNOR_SERVICES).when().get("/api/v1/referrals").then().statusCode(403);
        given().auth().oauth2(Fixtures.SENIOR_OFFICER).when().get("/api/v1/referrals").then().statusCode(403);
        given().when().get("/api/v1/referrals").then().statusCode(401);
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/referrals?size=101").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/referrals?status=HALF").then().statusCode(400)
                .body("errors.field", hasItem("status"));

        assertThat(audit(referralId)).filteredOn(e -> e.action == AuditAction.REFERRAL_LISTED)
                .extracting(e -> e.actor).containsExactly(s.simEmail(), s.cemEmail(), Fixtures.OFFICER_EMAIL);
    }

    @Test
    void aWellbeingOfficerQueriesTheAuditLogAndNobodyElseDoes() {
        School s = Fixtures.inspection();
        UUID referralId = referred(s);
        given().auth().oauth2(s.sim()).when().get("/api/v1/referrals/" + referralId).then().statusCode(200);
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/audit?referralId=" + referralId).then().statusCode(200)
                .body("items.action", hasItem("REFERRAL_OPENED"))
                .body("items.action", hasItem("REFERRAL_READ"))
                .body("items.actor", hasItem(s.simEmail()));
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/audit?actor=" + s.simEmail() + "&action=REFERRAL_READ")
                .then().statusCode(200).body("items.referralId", hasItem(referralId.toString()));
        given().auth().oauth2(Fixtures.OFFICER).when().get("/api/v1/audit?action=PEEKED").then().statusCode(400)
                .body("errors.field", hasItem("action"));
        given().auth().oauth2(s.sim()).when().get("/api/v1/audit?referralId=" + referralId).then().statusCode(403);
        given().auth().oauth2(s.cem()).when().get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(Fixtures.GOVERNOR_SERVICES).when().get("/api/v1/audit").then().statusCode(403);
        assertThat(audit(referralId)).anyMatch(e -> e.action == AuditAction.AUDIT_QUERIED && e.actor.equals(Fixtures.OFFICER_EMAIL));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteTheAuditLog() {
        School s = Fixtures.inspection();
        UUID referralId = referred(s);
        assertThat(audit(referralId)).isNotEmpty();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update audit_entry set actor = 'someone.else@hants-ei.example' where referral_id = ?1")
                .setParameter(1, referralId).executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "delete from audit_entry where referral_id = ?1").setParameter(1, referralId).executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "truncate audit_entry").executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThat(audit(referralId)).isNotEmpty().noneMatch(e -> e.actor.equals("someone.else@hants-ei.example"));
    }

    @Test
    void theAuditLogCarriesIdentifiersNotTheHealthDetail() {
        School s = Fixtures.inspection();
        String note = "head said she has not slept since Monday";
        String referralId = given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"inspectionId\":\"" + s.inspectionId() + "\",\"note\":\"" + note + "\"}")
                .when().post("/api/v1/referrals").then().statusCode(201).extract().path("referralId");
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"offerCodes\":[\"HEADSUP4HTS\"],\"channel\":\"CALL\",\"note\":\"talked through options\"}")
                .when().post("/api/v1/referrals/" + referralId + "/signpostings").then().statusCode(201);
        List<AuditEntry> lines = audit(UUID.fromString(referralId));
        assertThat(lines).extracting(e -> e.action).contains(AuditAction.REFERRAL_OPENED, AuditAction.SIGNPOSTED);
        assertThat(lines).allSatisfy(e -> {
            assertThat(e.why).doesNotContain("slept").doesNotContain("talked through");
            assertThat(String.valueOf(e.subject)).doesNotContain("slept").doesNotContain(s.headEmail());
        });
    }
}
