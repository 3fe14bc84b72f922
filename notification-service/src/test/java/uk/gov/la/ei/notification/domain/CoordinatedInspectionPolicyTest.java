package uk.gov.la.ei.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Federation briefing: partners notified in the same window are a coordinated inspection. */
class CoordinatedInspectionPolicyTest {

    private static final Duration WEEK = Duration.ofDays(7);
    private static final Instant MONDAY = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void aPartnerNotifiedTheSameDayIsInTheWindow() {
        assertThat(CoordinatedInspectionPolicy.notifiedInSameWindow(MONDAY.minus(Duration.ofHours(2)), MONDAY, WEEK)).isTrue();
    }

    @Test
    void aPartnerInspectedLastTermIsNot() {
        assertThat(CoordinatedInspectionPolicy.notifiedInSameWindow(MONDAY.minus(Duration.ofDays(60)), MONDAY, WEEK)).isFalse();
    }

    @Test
    void aPartnerNeverInspectedIsNot() {
        assertThat(CoordinatedInspectionPolicy.notifiedInSameWindow(null, MONDAY, WEEK)).isFalse();
    }
}
