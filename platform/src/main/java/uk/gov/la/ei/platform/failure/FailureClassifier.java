package uk.gov.la.ei.platform.failure;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.QueryTimeoutException;
import org.apache.kafka.common.errors.RetriableException;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies an exception by walking its causes. The rules, in order:
 * <ol>
 *   <li>a {@link Refusal}, bean validation, unreadable JSON or an illegal argument is PERMANENT;</li>
 *   <li>a database error is read by its SQLSTATE class: 08 (connection), 40 (serialization,
 *       deadlock), 53 (resources), 55P03 (lock not available), 57 (query cancelled, server shutting
 *       down) are TRANSIENT; 22 (data: a value too long, out of range, an invalid date) and 23
 *       (integrity constraint) are PERMANENT;</li>
 *   <li>an optimistic or pessimistic lock conflict, a lock or query timeout, a broker's retriable
 *       error, a refused or dropped connection are TRANSIENT;</li>
 *   <li>anything else is UNKNOWN.</li>
 * </ol>
 */
public final class FailureClassifier {

    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "40", "53", "57", "58", "HV");
    private static final Set<String> PERMANENT_SQL_CLASSES = Set.of("22", "23", "42");

    private FailureClassifier() {
    }

    public static FailureKind classify(Throwable failure) {
        FailureKind kind = FailureKind.UNKNOWN;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            FailureKind here = classifyOne(t);
            if (here == FailureKind.PERMANENT) {
                return here;
            }
            if (here == FailureKind.TRANSIENT) {
                kind = here;
            }
        }
        return kind;
    }

    private static FailureKind classifyOne(Throwable t) {
        if (t instanceof Refusal || t instanceof jakarta.validation.ConstraintViolationException
                || t instanceof JsonProcessingException || t instanceof IllegalArgumentException) {
            return FailureKind.PERMANENT;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && state.length() >= 2) {
                String cls = state.substring(0, 2).toUpperCase(Locale.ROOT);
                if ("55P03".equals(state) || TRANSIENT_SQL_CLASSES.contains(cls)) {
                    return FailureKind.TRANSIENT;
                }
                if (PERMANENT_SQL_CLASSES.contains(cls)) {
                    return FailureKind.PERMANENT;
                }
            }
            if (t instanceof SQLTransientException || t instanceof SQLNonTransientConnectionException) {
                return FailureKind.TRANSIENT;
            }
            // the connection pool's own "acquisition timeout" carries no state: the database is away
            String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("acquisition timeout") || message.contains("connection")) {
                return FailureKind.TRANSIENT;
            }
            return FailureKind.UNKNOWN;
        }
        if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                || t instanceof LockTimeoutException || t instanceof QueryTimeoutException
                || t instanceof org.hibernate.StaleStateException
                || t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof org.hibernate.exception.LockAcquisitionException
                || t instanceof RetriableException || t instanceof org.apache.kafka.common.errors.TimeoutException
                || t instanceof ConnectException || t instanceof java.util.concurrent.TimeoutException) {
            return FailureKind.TRANSIENT;
        }
        if (t instanceof IOException && !(t instanceof JsonProcessingException)) {
            return FailureKind.TRANSIENT;
        }
        // a transaction rolled back with no permanent cause in its chain: above all one that outlived its
        // timeout on a loaded machine (a large import seen as a 500 under load); tried again it passes
        if (t instanceof jakarta.transaction.RollbackException) {
            return FailureKind.TRANSIENT;
        }
        return FailureKind.UNKNOWN;
    }

    /** Serialization failure, deadlock, lock not available, a unique key taken meanwhile. */
    private static final Set<String> RACE_STATES = Set.of("40001", "40P01", "55P03", "23505");

    /**
     * Whether the failure is a race lost to another transaction (someone changed or created the same
     * thing at the same time): a 409 over HTTP ("read it again and retry"), a retry on Kafka.
     */
    public static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Refusal) {
                return false;
            }
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException || t instanceof org.hibernate.StaleStateException
                    || t instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && RACE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The field a failure names, if it names one ({@link Refusal#field()}, a bean-validation property). */
    public static String fieldOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Refusal r && r.field() != null) {
                return r.field();
            }
            if (t instanceof jakarta.validation.ConstraintViolationException cv && !cv.getConstraintViolations().isEmpty()) {
                return cv.getConstraintViolations().iterator().next().getPropertyPath().toString();
            }
            if (t instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
                return jsonPath(m);
            }
        }
        return null;
    }

    /** The path of the JSON property a mapping failure is about, e.g. {@code keepInTouchTimes[2].at}. */
    public static String jsonPath(com.fasterxml.jackson.databind.JsonMappingException m) {
        return m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(java.util.stream.Collectors.joining(".")).replace(".[", "[");
    }

    /** The innermost cause's class and message: what an operator needs to read. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof Refusal) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof Refusal) {
            return root.getMessage();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The class of the exception that decided the classification (for the dead letter's header). */
    public static String decidingClass(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (classifyOne(t) != FailureKind.UNKNOWN) {
                return t.getClass().getName();
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName();
    }
}
