package uk.gov.la.ei.notification.flow;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.notification.Fixtures;
import uk.gov.la.ei.notification.Fixtures.TestSchool;
import uk.gov.la.ei.notification.TestClock;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A change that loses a race with another change of the same inspection is a 409 problem, never a 500 (issue 6, item 7). */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class ConcurrentUpdateTest {

    @Inject
    AgroalDataSource database;

    @BeforeEach
    void registry() {
        Fixtures.sampleRegistry();
        TestClock.start();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static Response acknowledge(String token, String id) {
        return given().auth().oauth2(token).contentType("application/json").body(Fixtures.acknowledgement())
                .when().post("/api/v1/inspections/" + id + "/acknowledgement");
    }

    /** The backend id of a connection, to find who waits for its uncommitted change. */
    private static int backendOf(Connection c) throws Exception {
        try (PreparedStatement s = c.prepareStatement("select pg_backend_pid()"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    /**
     * How many sessions wait for a lock {@code blocker} holds: exactly the sessions held up by its uncommitted
     * change (whatever statement they wait in – the update of the inspection, an insert checking its key –
     * and never another test's or the relay's lock waits).
     */
    private int waitingFor(int blocker) throws Exception {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))")) {
            s.setInt(1, blocker);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    @Test
    void anAcknowledgementThatLosesARaceWithAnotherChangeOfTheInspectionIsA409ProblemAndCanBeSentAgain() throws Exception {
        TestSchool school = Fixtures.maintainedSchool();
        String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Connection other = database.getConnection()) {
            // someone else changes the inspection and has not committed yet
            other.setAutoCommit(false);
            try (PreparedStatement update = other.prepareStatement(
                    "update inspection set version = version + 1, updated_at = now() where id = ?")) {
                update.setObject(1, UUID.fromString(id));
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            int blocker = backendOf(other);
            assertThat(waitingFor(blocker)).isZero();
            Future<Response> acknowledgement = executor.submit(() -> acknowledge(school.simToken(), id));
            // the acknowledgement read the inspection and now waits for the other change to write it
            await().atMost(Fixtures.WAIT).until(() -> acknowledgement.isDone() || waitingFor(blocker) > 0);
            assertThat(acknowledgement.isDone()).as("the acknowledgement finished without waiting for the other change: %s",
                    acknowledgement.isDone() ? acknowledgement.get().asString() : "").isFalse();
            other.commit();

            Response lost = acknowledgement.get(30, TimeUnit.SECONDS);
            assertThat(lost.statusCode()).isEqualTo(409);
            assertThat(lost.contentType()).startsWith("application/problem+json");
            assertThat(lost.jsonPath().getString("detail")).contains("changed by someone else at the same time");
        } finally {
            executor.shutdownNow();
        }
        given().auth().oauth2(Fixtures.OPS).when().get("/api/v1/inspections/" + id).then()
                .body("inspection.state", org.hamcrest.Matchers.equalTo("NOTIFIED"));
        assertThat(Fixtures.events("acknowledgement-recorded", id, 0)).isEmpty();

        // reloaded and sent again, it goes through
        assertThat(acknowledge(school.simToken(), id).statusCode()).isEqualTo(200);
        assertThat(Fixtures.events("acknowledgement-recorded", id, 1)).hasSize(1);
    }

    @Test
    void acknowledgementsSentAtTheSameMomentGetOne200AndOtherwise409sNeverA500() throws Exception {
        int inspections = 4;
        int racers = 4;
        ExecutorService executor = Executors.newFixedThreadPool(racers);
        try {
            for (int n = 0; n < inspections; n++) {
                TestSchool school = Fixtures.maintainedSchool();
                String id = Fixtures.postNotice(Fixtures.notified(school.urn(), Fixtures.newReference()));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int r = 0; r < racers; r++) {
                    String token = r % 2 == 0 ? school.simToken() : school.aiToken();
                    answers.add(executor.submit(() -> {
                        start.await();
                        return acknowledge(token, id).statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get(60, TimeUnit.SECONDS));
                }
                assertThat(statuses).as("inspection %s", id).containsOnly(200, 409);
                assertThat(statuses.stream().filter(s -> s == 200)).as("inspection %s", id).hasSize(1);
                assertThat(Fixtures.events("acknowledgement-recorded", id, 1)).hasSize(1);
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
