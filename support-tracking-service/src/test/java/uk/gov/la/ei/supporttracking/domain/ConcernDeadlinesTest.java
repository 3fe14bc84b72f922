package uk.gov.la.ei.supporttracking.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.events.EscalationLevel;
import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN.md step 6: a concern "ends resolved, escalated and answered, or carried into a complaint – never just open". */
class ConcernDeadlinesTest {

    private final ConcernDeadlines deadlines = new ConcernDeadlines(new WorkingDays(), 5, 2, 1);

    private static Instant london(String local) {
        return LocalDateTime.parse(local).atZone(WorkingDays.ENGLAND).toInstant();
    }

    @Test
    void aConcernMustReachAnOutcomeByTheEndOfTheFifthWorkingDayAfterItWasLoggedBankHolidaysExcluded() {
        // logged Tuesday 22 December 2026; 25 and 28 December and 1 January are bank holidays
        assertThat(deadlines.resolveBy(london("2026-12-22T10:00"))).isEqualTo(london("2026-12-31T17:00"));
    }

    @Test
    void stillWithoutAnOutcomeTheSameNumberOfWorkingDaysLaterASeniorOfficerIsAlerted() {
        assertThat(deadlines.seniorAlertAt(london("2026-11-30T17:00"))).isEqualTo(london("2026-12-07T17:00"));
    }

    @Test
    void theRegionsLinkedShmiHasTwoWorkingDaysToAnswerAnEscalation() {
        assertThat(deadlines.answerDue(EscalationLevel.SHMI, london("2026-11-27T15:00"))).isEqualTo(london("2026-12-01T17:00"));
    }

    @Test
    void theCemHasOneWorkingDayToAnswerAnEscalation() {
        assertThat(deadlines.answerDue(EscalationLevel.CEM, london("2026-11-27T15:00"))).isEqualTo(london("2026-11-30T17:00"));
    }

    @Test
    void anUnansweredShmiEscalationAlertsTheCemWhoMeetsTheLinkedHmisAndAnUnansweredCemASeniorOfficer() {
        assertThat(ConcernDeadlines.alertedWhenUnanswered(EscalationLevel.SHMI)).isEqualTo("cem");
        assertThat(ConcernDeadlines.alertedWhenUnanswered(EscalationLevel.CEM)).isEqualTo("senior-officer");
    }

    @Test
    void aDeadlinePassesOnlyAfterItsMoment() {
        Instant d = london("2026-11-30T17:00");
        assertThat(ConcernDeadlines.passed(d, d)).isFalse();
        assertThat(ConcernDeadlines.passed(d, d.plusSeconds(1))).isTrue();
    }
}
