package uk.gov.la.ei.platform.relay;

import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

/**
 * Runs a relay job (the outbox to Kafka, the mail queue to SMTP) right after a commit or on its
 * schedule, never two rounds at once. A failed round is logged and left for the next: the work
 * itself stays in the database until it is done.
 */
public final class RelayRunner {

    private final String name;
    private final IntSupplier round;
    private final Logger log;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final ExecutorService nudges;

    public RelayRunner(String name, IntSupplier round, Logger log) {
        this.name = name;
        this.round = round;
        this.log = log;
        this.nudges = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Run a round soon, off the caller's thread (after a commit that added work). A commit that
     * queued several items nudges once: a round already waiting will pick them all up.
     */
    public void nudge() {
        if (nudged.compareAndSet(false, true)) {
            nudges.submit(() -> {
                nudged.set(false);
                runQuietly();
            });
        }
    }

    /** Run a round now, unless one is already running; failures are logged for the next round. */
    public void runQuietly() {
        try {
            runNow();
        } catch (RuntimeException e) {
            log.warnf("%s round failed, will retry: %s", name, e.toString());
        }
    }

    /** Run a round now; returns how much it completed (0 if a round was already running). */
    public int runNow() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            return round.getAsInt();
        } finally {
            running.set(false);
        }
    }
}
