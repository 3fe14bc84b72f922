package uk.gov.la.ei.notification.application;

import io.quarkus.hibernate.orm.panache.Panache;
import uk.gov.la.ei.platform.failure.FailureClassifier;
import uk.gov.la.ei.platform.failure.Refusal;
import uk.gov.la.ei.platform.problem.ConflictProblem;

import java.util.function.Supplier;

/**
 * Two people changing the same thing at once is a 409 problem ("reload and try again"), never a 500
 * (issue 6). Use cases flush inside their transaction, so a lost race (the inspection's version moved
 * on, a row created meanwhile) surfaces there rather than at commit; the REST resources run use cases
 * through {@link #asConflict}. On Kafka nothing is translated: the same failures are transient for the
 * platform's inbound path, which retries the record and finds the new state.
 */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    /** Writes what the transaction changed now, so a concurrent change shows up in the caller. */
    public static void flush() {
        Panache.getEntityManager().flush();
    }

    /** Runs a use case; a concurrent change it lost to becomes a 409 problem. */
    public static <T> T asConflict(String what, Supplier<T> useCase) {
        try {
            return useCase.get();
        } catch (RuntimeException e) {
            if (!(e instanceof Refusal) && isConcurrentChange(e)) {
                throw new ConflictProblem(what + " was changed by someone else at the same time; reload it and try again");
            }
            throw e;
        }
    }

    public static void asConflict(String what, Runnable useCase) {
        asConflict(what, () -> {
            useCase.run();
            return null;
        });
    }

    public static boolean isConcurrentChange(Throwable failure) {
        return FailureClassifier.isConcurrentChange(failure);
    }
}
