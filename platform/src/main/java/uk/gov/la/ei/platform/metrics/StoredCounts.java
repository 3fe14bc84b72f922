package uk.gov.la.ei.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Gauges whose value is a count of stored rows (what operations staff watch: pending outbox events,
 * unacknowledged notices past their deadline, open concerns by age, overdue check-ins). The counts are taken
 * off the scrape path, every {@code platform.metrics.stored-counts.refresh} (15 s), each in its own short
 * transaction; a scrape only reads the last values. So a scrape stays fast while the database is away – when
 * operations need the other metrics most – and the gauges read NaN until the database answers again.
 */
@ApplicationScoped
public class StoredCounts {

    private static final Logger LOG = Logger.getLogger(StoredCounts.class);
    private static final List<Count> COUNTS = new CopyOnWriteArrayList<>();

    private static final class Count {
        final String name;
        final Supplier<? extends Number> query;
        volatile double value = Double.NaN;

        Count(String name, Supplier<? extends Number> query) {
            this.name = name;
            this.query = query;
        }

        void refresh() {
            try {
                value = QuarkusTransaction.requiringNew().call(query::get).doubleValue();
            } catch (RuntimeException e) {
                value = Double.NaN;
                LOG.debugf("stored count %s not taken: %s", name, e);
            }
        }
    }

    /**
     * Registers the gauge and takes its first value at once.
     *
     * @param tags key, value, key, value… (e.g. {@code "age", "over_3_working_days"})
     */
    public static void register(MeterRegistry registry, String name, String description, Supplier<? extends Number> count,
            String... tags) {
        Count c = new Count(name, count);
        c.refresh();
        COUNTS.add(c);
        Gauge.builder(name, c, held -> held.value)
                .description(description)
                .tags(tags)
                .strongReference(true)
                .register(registry);
    }

    @Scheduled(every = "${platform.metrics.stored-counts.refresh:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refreshAll() {
        COUNTS.forEach(Count::refresh);
    }
}
