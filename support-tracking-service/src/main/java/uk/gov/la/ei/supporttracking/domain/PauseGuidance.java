package uk.gov.la.ei.supporttracking.domain;

import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Ofsted's pausing guidance (19 January 2024; H§5): a pause stops an inspection that has started; it is
 * usually until the next day, and at most five working days.
 */
public final class PauseGuidance {

    public static final int MAX_WORKING_DAYS = 5;

    private PauseGuidance() {
    }

    /** A pause is for an inspection that has started: the request is on or after day 1. */
    public static boolean mayBeRequested(LocalDate startDate, LocalDate requestDate) {
        return !requestDate.isBefore(startDate);
    }

    /** The usual resumption: the next working day. */
    public static LocalDate usualResumption(LocalDate pausedOn, WorkingDays workingDays) {
        return workingDays.nextWorkingDay(pausedOn);
    }

    /** Why {@code resumesOn} breaks the guidance, or empty when it fits. */
    public static Optional<String> checkResumption(LocalDate pausedOn, LocalDate resumesOn, WorkingDays workingDays) {
        if (!resumesOn.isAfter(pausedOn)) {
            return Optional.of("must be after the day the inspection was paused (" + pausedOn + ")");
        }
        if (!workingDays.isWorkingDay(resumesOn)) {
            return Optional.of("must be a working day, was " + resumesOn + " (" + resumesOn.getDayOfWeek() + ")");
        }
        int days = workingDays.workingDaysBetween(pausedOn, resumesOn);
        if (days > MAX_WORKING_DAYS) {
            return Optional.of("a pause lasts at most " + MAX_WORKING_DAYS + " working days (Ofsted's pausing guidance); "
                    + resumesOn + " is " + days + " working days after " + pausedOn);
        }
        return Optional.empty();
    }

    /** How many working days the rest of the inspection moves when it resumes on {@code resumesOn}. */
    public static int workingDaysLost(LocalDate pausedOn, LocalDate resumesOn, WorkingDays workingDays) {
        return workingDays.workingDaysBetween(pausedOn, resumesOn);
    }
}
