package uk.gov.la.ei.supporttracking.flow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.supporttracking.Fixtures;
import uk.gov.la.ei.supporttracking.Fixtures.School;
import uk.gov.la.ei.supporttracking.application.DeadlineWatch;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several replicas look at the same deadlines at the same moment (ARCHITECTURE.md "Several replicas are normal"):
 * each alert is still raised once. Four watchers race here on one database.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class DeadlineWatchConcurrencyTest {

    @Inject
    DeadlineWatch watch;

    @AfterEach
    void realTime() {
        Fixtures.CLOCK.reset();
    }

    private void race(Callable<Integer> round) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int n = 0; n < 4; n++) {
                rounds.add(pool.submit(round));
            }
            for (Future<Integer> f : rounds) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void fourWatchersAtOnceRaiseEachMissedPointAndEachOverdueConcernOnce() throws Exception {
        Fixtures.CLOCK.set(Instant.parse("2026-11-24T11:00:00Z"));
        School s = Fixtures.school();
        Fixtures.open(s, Fixtures.mondayNotice(s));
        given().auth().oauth2(s.sim()).contentType("application/json")
                .body("{\"category\":\"SAFEGUARDING\",\"summary\":\"s\",\"raisedBy\":\"r\",\"raisedWithInspector\":true}")
                .when().post(s.path("/concerns")).then().statusCode(201);

        // a week later all six points are past: each alerts the SIM, and the four that are not optional the CEM
        Fixtures.CLOCK.set(Instant.parse("2026-12-02T09:00:00Z"));
        race(() -> watch.alertMissedPoints() + watch.alertOverdueConcerns());

        var missed = Fixtures.events(Topics.SUPPORT_CASES, s, "keep-in-touch-point-missed", 10, Duration.ofSeconds(20));
        assertThat(missed.stream().filter(r -> r.value().contains("\"alertedRole\":\"sim\""))).hasSize(6);
        assertThat(missed.stream().filter(r -> r.value().contains("\"alertedRole\":\"cem\""))).hasSize(4);
        assertThat(Fixtures.events(Topics.SUPPORT_CASES, s, "concern-overdue", 1, Duration.ofSeconds(10))).hasSize(1);
        assertThat(Fixtures.awaitMails(s.cemEmail(), "Keep-in-touch point missed", 4)).hasSize(4);
    }
}
