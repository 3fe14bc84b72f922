package uk.gov.la.ei.platform.failure;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.apache.kafka.common.errors.NetworkException;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.platform.events.MalformedEventException;
import uk.gov.la.ei.platform.problem.InvalidInputException;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure that will happen again is permanent (dead letter); one that will pass is transient (retry in place). */
class FailureClassifierTest {

    private static PersistenceException atCommit(SQLException cause) {
        return new PersistenceException("could not execute statement", cause);
    }

    @Test
    void aValueTooLongForItsColumnOrABrokenConstraintWillFailAgain() {
        assertThat(FailureClassifier.classify(atCommit(new SQLException("value too long for type character varying(20)", "22001"))))
                .isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureClassifier.classify(atCommit(new SQLException("duplicate key", "23505")))).isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureClassifier.classify(atCommit(new SQLException("invalid input syntax for type date", "22007"))))
                .isEqualTo(FailureKind.PERMANENT);
    }

    @Test
    void theDatabaseAwayALockOrASerializationConflictWillPass() {
        assertThat(FailureClassifier.classify(atCommit(new SQLException("Connection refused", "08001")))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureClassifier.classify(atCommit(new SQLException("could not serialize access", "40001")))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureClassifier.classify(atCommit(new SQLException("deadlock detected", "40P01")))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureClassifier.classify(atCommit(new SQLException("could not obtain lock", "55P03")))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureClassifier.classify(atCommit(new SQLException("canceling statement due to statement timeout", "57014"))))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureClassifier.classify(atCommit(new SQLException("terminating connection due to administrator command", "57P01"))))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureClassifier.classify(new SQLException("Sorry, acquisition timeout!"))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureClassifier.classify(new OptimisticLockException("row was updated"))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureClassifier.classify(new IllegalStateException("send failed", new NetworkException("broker gone"))))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureClassifier.classify(new RuntimeException(new ConnectException("refused")))).isEqualTo(FailureKind.TRANSIENT);
        // a transaction that outlived its timeout (a large import on a loaded machine): 503, try again
        assertThat(FailureClassifier.classify(new RuntimeException(new jakarta.transaction.RollbackException(
                "ARJUNA016102: The transaction is not active!")))).isEqualTo(FailureKind.TRANSIENT);
        // ... but a rollback caused by a value that does not fit stays permanent
        jakarta.transaction.RollbackException broken = new jakarta.transaction.RollbackException("rolled back");
        broken.initCause(atCommit(new SQLException("value too long", "22001")));
        assertThat(FailureClassifier.classify(broken)).isEqualTo(FailureKind.PERMANENT);
    }

    @Test
    void aRefusalOrUnreadableDataWillFailAgainWhateverWrapsIt() {
        assertThat(FailureClassifier.classify(new InvalidInputException("data.urn", "must be 6 or 7 digits"))).isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureClassifier.classify(new RuntimeException("wrapped", new MalformedEventException("data", "not JSON"))))
                .isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureClassifier.classify(new IllegalArgumentException("no such enum constant"))).isEqualTo(FailureKind.PERMANENT);
        // a refusal decides even when a transient-looking cause is further down
        assertThat(FailureClassifier.classify(new InvalidInputException("x", "bad") {
            { initCause(new ConnectException("irrelevant")); }
        })).isEqualTo(FailureKind.PERMANENT);
    }

    @Test
    void anythingElseIsUnknownAndTriedABoundedNumberOfTimes() {
        assertThat(FailureClassifier.classify(new IllegalStateException("a bug"))).isEqualTo(FailureKind.UNKNOWN);
        assertThat(FailureClassifier.classify(new SQLException("odd", "XX000"))).isEqualTo(FailureKind.UNKNOWN);
        assertThat(FailureClassifier.classify(new NullPointerException())).isEqualTo(FailureKind.UNKNOWN);
    }

    @Test
    void theFieldComesFromTheRefusalOrTheJsonPath() throws Exception {
        assertThat(FailureClassifier.fieldOf(new RuntimeException(new InvalidInputException("data.startDate", "before the notice"))))
                .isEqualTo("data.startDate");
        JsonMappingException mapping = null;
        try {
            new ObjectMapper().readValue("{\"times\":[{\"at\":\"x\"},{\"at\":[1]}]}", Times.class);
        } catch (JsonMappingException e) {
            mapping = e;
        }
        assertThat(mapping).isNotNull();
        assertThat(FailureClassifier.fieldOf(mapping)).isEqualTo("times[1].at");
        assertThat(FailureClassifier.fieldOf(new IllegalStateException("no field"))).isNull();
    }

    @Test
    void anOperatorReadsTheInnermostCauseOrTheRefusalsOwnWords() {
        assertThat(FailureClassifier.describe(atCommit(new SQLException("value too long", "22001"))))
                .isEqualTo("SQLException: value too long");
        assertThat(FailureClassifier.describe(new RuntimeException(new InvalidInputException("f", "is required"))))
                .isEqualTo("f: is required");
        assertThat(FailureClassifier.decidingClass(atCommit(new SQLException("value too long", "22001"))))
                .isEqualTo(SQLException.class.getName());
    }

    public record Time(String at) {
    }

    public record Times(java.util.List<Time> times) {
    }
}
