package uk.gov.la.ei.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.testinfra.RealInfrastructure;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A scrape reads the last count taken; the count is taken at registration and on each refresh, not per scrape. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class StoredCountsTest {

    @Inject
    MeterRegistry registry;
    @Inject
    StoredCounts counts;

    @Test
    void aScrapeReadsTheLastCountTakenAndAFailingCountReadsNaN() {
        String name = "test.count." + UUID.randomUUID().toString().replace("-", "");
        AtomicLong stored = new AtomicLong(1);
        AtomicLong queries = new AtomicLong();
        StoredCounts.register(registry, name, "a test count", () -> {
            queries.incrementAndGet();
            if (stored.get() < 0) {
                throw new IllegalStateException("database away");
            }
            return stored.get();
        });
        assertThat(registry.get(name).gauge().value()).isEqualTo(1.0);

        stored.set(5);
        long before = queries.get();
        for (int scrape = 0; scrape < 1000; scrape++) {
            registry.get(name).gauge().value();
        }
        // scraping does not query: at most the one scheduled refresh (every 15 s) may have run meanwhile
        assertThat(queries.get() - before).isLessThanOrEqualTo(1);

        counts.refreshAll();
        assertThat(registry.get(name).gauge().value()).isEqualTo(5.0);

        stored.set(-1);
        counts.refreshAll();
        assertThat(registry.get(name).gauge().value()).isNaN();
    }
}
