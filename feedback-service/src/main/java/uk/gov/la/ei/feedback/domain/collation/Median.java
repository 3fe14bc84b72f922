package uk.gov.la.ei.feedback.domain.collation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The median of durations (the middle one; the mean of the two middle ones for an even count). */
public final class Median {

    private Median() {
    }

    public static Optional<Duration> of(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return Optional.of(sorted.get(n / 2));
        }
        return Optional.of(sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
    }
}
