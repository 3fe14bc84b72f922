package uk.gov.la.ei.supporttracking.domain;

import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The days an inspection runs: routine inspections run over two working days from the start date (DOMAIN.md,
 * Ofsted facts); a day 2 never falls on a weekend or an England &amp; Wales bank holiday.
 */
public final class InspectionDays {

    private InspectionDays() {
    }

    /** The inspection's working days, in order: day 1 is the start date (or the next working day). */
    public static List<LocalDate> of(LocalDate startDate, int expectedDays, WorkingDays workingDays) {
        int days = Math.max(1, expectedDays);
        List<LocalDate> result = new ArrayList<>(days);
        for (int n = 0; n < days; n++) {
            result.add(workingDays.plusWorkingDays(startDate, n));
        }
        return result;
    }

    public static LocalDate lastDay(LocalDate startDate, int expectedDays, WorkingDays workingDays) {
        return workingDays.plusWorkingDays(startDate, Math.max(1, expectedDays) - 1);
    }

    /** The last working day strictly before {@code date}. */
    public static LocalDate previousWorkingDay(LocalDate date, WorkingDays workingDays) {
        LocalDate previous = date.minusDays(1);
        while (!workingDays.isWorkingDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }

    /** {@code date} if it is a working day, else the last working day before it ("within" a period never runs past it). */
    public static LocalDate thisOrPreviousWorkingDay(LocalDate date, WorkingDays workingDays) {
        return workingDays.isWorkingDay(date) ? date : previousWorkingDay(date, workingDays);
    }

    /** The end of the working day on a working day {@code date}. */
    public static Instant endOf(LocalDate date, WorkingDays workingDays) {
        return workingDays.endOfWorkingDay(date.atStartOfDay(WorkingDays.ENGLAND).toInstant());
    }

    /** A local (England) time on {@code date}. */
    public static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(WorkingDays.ENGLAND).toInstant();
    }
}
