package uk.gov.la.ei.supporttracking.domain;

import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.LocalDate;

/**
 * The clocks of a programme of support (Tri-borough framework §4–§5) and the draft report's factual-accuracy
 * check (DOMAIN.md, Ofsted facts). Working-day periods count England &amp; Wales working days; month and year
 * targets fall on the last working day within the period.
 */
public enum StatutoryClock {
    /** Ofsted facts: "The school has 5 working days to comment on the draft report's factual accuracy". */
    FACTUAL_ACCURACY_CHECK(ClockStart.DRAFT_REPORT_RECEIVED,
            "Comments on the draft report's factual accuracy (5 working days)"),
    /** T§5.28: "Produce a statement of action … within at least ten working days of the publication of the inspection report". */
    STATEMENT_OF_ACTION(ClockStart.REPORT_PUBLISHED,
            "LA statement of action to the DfE and Ofsted (10 working days from the report's publication)"),
    /** T§5.8: "the initial compliance period beginning with the day when the warning notice is given and ending 15 working days following that day". */
    WARNING_NOTICE_COMPLIANCE(ClockStart.WARNING_NOTICE_GIVEN,
            "End of the warning notice's compliance period: judge whether the governing body complied (15 working days)"),
    /** T§5.26: "after six months, review whether or not progress is good" – Ofsted monitors "six months after the inspection". */
    SIX_MONTH_REVIEW(ClockStart.INSPECTION_ENDED,
            "Six-month review of progress (serious weaknesses)"),
    /** T§4.6: "Schools that 'require improvement' must have a firm date for resolving their areas of weakness within a year"; T§5.26 for serious weaknesses. */
    WEAKNESSES_RESOLVED_WITHIN_ONE_YEAR(ClockStart.REPORT_PUBLISHED,
            "Areas of weakness resolved (within one year)"),
    /** T§4.6: "Schools placed in 'special measures' should have a target date to recover within two years" (T§5.28). */
    RECOVERY_WITHIN_TWO_YEARS(ClockStart.REPORT_PUBLISHED,
            "Recovery from special measures (within two years)");

    private final ClockStart start;
    private final String description;

    StatutoryClock(ClockStart start, String description) {
        this.start = start;
        this.description = description;
    }

    public ClockStart start() {
        return start;
    }

    public String description() {
        return description;
    }

    /** The date the step is due, counted from the date its clock runs from. */
    public LocalDate dueOn(LocalDate from, WorkingDays workingDays) {
        return switch (this) {
            case FACTUAL_ACCURACY_CHECK -> workingDays.plusWorkingDays(from, 5);
            case STATEMENT_OF_ACTION -> workingDays.plusWorkingDays(from, 10);
            case WARNING_NOTICE_COMPLIANCE -> workingDays.plusWorkingDays(from, 15);
            case SIX_MONTH_REVIEW -> InspectionDays.thisOrPreviousWorkingDay(from.plusMonths(6), workingDays);
            case WEAKNESSES_RESOLVED_WITHIN_ONE_YEAR -> InspectionDays.thisOrPreviousWorkingDay(from.plusYears(1), workingDays);
            case RECOVERY_WITHIN_TWO_YEARS -> InspectionDays.thisOrPreviousWorkingDay(from.plusYears(2), workingDays);
        };
    }
}
