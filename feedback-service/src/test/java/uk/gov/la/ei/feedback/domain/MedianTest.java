package uk.gov.la.ei.feedback.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.feedback.domain.collation.Median;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN.md step 11: the median time to acknowledge a notice. */
class MedianTest {

    @Test
    void theMiddleOfAnOddCountAndTheMeanOfTheTwoMiddleOnesOfAnEvenCount() {
        assertThat(Median.of(List.of(Duration.ofMinutes(90), Duration.ofMinutes(30), Duration.ofMinutes(60)))).contains(Duration.ofMinutes(60));
        assertThat(Median.of(List.of(Duration.ofMinutes(10), Duration.ofMinutes(40), Duration.ofMinutes(20), Duration.ofHours(9))))
                .contains(Duration.ofMinutes(30));
        assertThat(Median.of(List.of())).isEmpty();
    }
}
