package uk.gov.la.ei.supporttracking.domain;

import uk.gov.la.ei.contracts.events.EscalationLevel;
import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A concern can never end "open" (DOMAIN.md step 6): every concern and every escalation runs a clock, and
 * each one passing raises an alert once.
 * <ul>
 *   <li>A concern must reach an outcome (resolved, answered by the SHMI, carried into a complaint) by the
 *       end of the {@code resolveWithin}-th working day after it was logged; then the CEM is alerted
 *       (reason UNRESOLVED). Still open the same number of working days later, a senior officer is alerted.</li>
 *   <li>An escalation to the region's linked SHMI needs an answer by the end of the
 *       {@code shmiAnswerWithin}-th working day; unanswered, the CEM is alerted (reason ESCALATION_UNANSWERED) –
 *       the CEM and senior officers meet the linked HMIs regularly (H§2). An escalation to the CEM needs an
 *       answer by the end of the {@code cemAnswerWithin}-th working day; unanswered, a senior officer is alerted.</li>
 * </ul>
 */
public final class ConcernDeadlines {

    public static final String UNRESOLVED = "UNRESOLVED";
    public static final String ESCALATION_UNANSWERED = "ESCALATION_UNANSWERED";
    public static final String SENIOR_OFFICER = "senior-officer";
    public static final String CEM = "cem";

    private final WorkingDays workingDays;
    private final int resolveWithin;
    private final int shmiAnswerWithin;
    private final int cemAnswerWithin;

    public ConcernDeadlines(WorkingDays workingDays, int resolveWithin, int shmiAnswerWithin, int cemAnswerWithin) {
        this.workingDays = workingDays;
        this.resolveWithin = resolveWithin;
        this.shmiAnswerWithin = shmiAnswerWithin;
        this.cemAnswerWithin = cemAnswerWithin;
    }

    public Instant resolveBy(Instant loggedAt) {
        return workingDays.endOfWorkingDayAfter(loggedAt, resolveWithin);
    }

    /** The second, later deadline of an unresolved concern, when a senior officer is alerted. */
    public Instant seniorAlertAt(Instant resolveBy) {
        LocalDate day = resolveBy.atZone(WorkingDays.ENGLAND).toLocalDate();
        return InspectionDays.endOf(workingDays.plusWorkingDays(day, resolveWithin), workingDays);
    }

    public Instant answerDue(EscalationLevel level, Instant escalatedAt) {
        return workingDays.endOfWorkingDayAfter(escalatedAt, level == EscalationLevel.SHMI ? shmiAnswerWithin : cemAnswerWithin);
    }

    /** Who is alerted when an escalation to {@code level} goes unanswered. */
    public static String alertedWhenUnanswered(EscalationLevel level) {
        return level == EscalationLevel.SHMI ? CEM : SENIOR_OFFICER;
    }

    public static boolean passed(Instant deadline, Instant now) {
        return now.isAfter(deadline);
    }
}
