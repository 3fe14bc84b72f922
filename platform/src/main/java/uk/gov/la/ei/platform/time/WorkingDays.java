package uk.gov.la.ei.platform.time;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Working days in England: Monday to Friday, less the bank holidays of England and Wales, in
 * Europe/London time. The holidays come from jollyday (a maintained calendar library), never from
 * dates typed into this code. Every deadline of the system is counted here.
 */
public final class WorkingDays {

    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    /** jollyday's subdivision of the United Kingdom for England (the same bank holidays as Wales). */
    private static final String ENGLAND_SUBDIVISION = "eng";

    private final HolidayManager holidays;
    private final LocalTime endOfDay;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    /** @param endOfDay when the working day ends (for "by the end of the working day" deadlines) */
    public WorkingDays(LocalTime endOfDay) {
        this.holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        this.endOfDay = endOfDay;
    }

    public WorkingDays() {
        this(LocalTime.of(17, 0));
    }

    public boolean isBankHoliday(LocalDate date) {
        return byYear.computeIfAbsent(date.getYear(), year -> holidays.getHolidays(java.time.Year.of(year), ENGLAND_SUBDIVISION).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet())).contains(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isBankHoliday(date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** {@code date} itself if it is a working day, otherwise the next one. */
    public LocalDate thisOrNextWorkingDay(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /** {@code days} working days after {@code date} (0: this or the next working day). */
    public LocalDate plusWorkingDays(LocalDate date, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate result = thisOrNextWorkingDay(date);
        for (int i = 0; i < days; i++) {
            result = nextWorkingDay(result);
        }
        return result;
    }

    /** Working days from {@code from} (exclusive) to {@code to} (inclusive). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The end of the working day on which {@code moment} falls. A moment on a weekend or bank holiday,
     * or after the day's end, belongs to the next working day.
     */
    public Instant endOfWorkingDay(Instant moment) {
        ZonedDateTime local = moment.atZone(ENGLAND);
        LocalDate day = local.toLocalDate();
        if (!isWorkingDay(day) || !local.toLocalTime().isBefore(endOfDay)) {
            day = nextWorkingDay(day);
        }
        return day.atTime(endOfDay).atZone(ENGLAND).toInstant();
    }

    /** The end of the working day {@code days} working days after the day of {@code moment}. */
    public Instant endOfWorkingDayAfter(Instant moment, int days) {
        Instant end = endOfWorkingDay(moment);
        LocalDate day = plusWorkingDays(end.atZone(ENGLAND).toLocalDate(), days);
        return day.atTime(endOfDay).atZone(ENGLAND).toInstant();
    }
}
