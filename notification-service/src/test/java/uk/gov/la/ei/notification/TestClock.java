package uk.gov.la.ei.notification;

import uk.gov.la.ei.platform.time.MutableClock;
import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The service's clock in tests (platform.clock.adjustable is on in the test profile), so a deadline can be
 * made to pass – and every date a test uses, relative to one origin.
 * <p>
 * Each test sets the clock in its {@code @BeforeEach} ({@link #start()}) and gives it back in its
 * {@code @AfterEach} ({@link #reset()}); nothing carries over from one test to the next. The origin is
 * {@value #DEFAULT_ORIGIN} unless the system property {@value #ORIGIN_PROPERTY} names another instant
 * ({@code -Dtest.clock.origin=2027-11-22T12:30:00Z}): the suite must pass whatever the date, so every
 * notice time, start date, deadline and e-mail date below is computed from it with the platform's
 * {@link WorkingDays} (Europe/London, England and Wales bank holidays), never typed in.
 */
public final class TestClock {

    public static final MutableClock CLOCK = MutableClock.shared();
    public static final String ORIGIN_PROPERTY = "test.clock.origin";
    /** A Monday in November (GMT), as the guidance's examples have it. */
    public static final String DEFAULT_ORIGIN = "2026-11-23T12:30:00Z";
    public static final Instant ORIGIN = Instant.parse(System.getProperty(ORIGIN_PROPERTY, DEFAULT_ORIGIN));
    public static final WorkingDays DAYS = new WorkingDays();

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM yyyy", Locale.UK)
            .withZone(WorkingDays.ENGLAND);

    static {
        System.out.println("test clock origin " + ORIGIN + " (" + ORIGIN_PROPERTY + "); notices arrive on " + noticeDay());
    }

    private TestClock() {
    }

    /** For a test's {@code @BeforeEach}: the LA receives notices at 12:30 on the {@linkplain #noticeDay() notice day}. */
    public static void start() {
        CLOCK.set(received());
    }

    /** For a test's {@code @AfterEach}: back to the real time. */
    public static void reset() {
        CLOCK.reset();
    }

    /** Moves the service's clock to {@code instant} (it ticks on from there). */
    public static void set(Instant instant) {
        CLOCK.set(instant);
    }

    /** The working day the tests' notices arrive on: the origin's day in England, or the next working day after it. */
    public static LocalDate noticeDay() {
        return DAYS.thisOrNextWorkingDay(ORIGIN.atZone(WorkingDays.ENGLAND).toLocalDate());
    }

    /** {@code days} working days after the notice day. */
    public static LocalDate workingDay(int days) {
        LocalDate day = noticeDay();
        for (int n = 0; n < days; n++) {
            day = DAYS.nextWorkingDay(day);
        }
        return day;
    }

    /** A moment of a day, in England's local time. */
    public static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(WorkingDays.ENGLAND).toInstant();
    }

    /** A moment of the notice day, in England's local time. */
    public static Instant onNoticeDay(int hour, int minute) {
        return at(noticeDay(), hour, minute);
    }

    /** When the LA receives a test's notices: 12:30 on the notice day. */
    public static Instant received() {
        return onNoticeDay(12, 30);
    }

    /** The publisher's {@code time} of a test's notices: 12:04 on the notice day. */
    public static Instant noticeTime() {
        return onNoticeDay(12, 4);
    }

    /** The usual start: the working day after the notice day. */
    public static LocalDate startDate() {
        return workingDay(1);
    }

    /** The end of a working day (H§4 "by the end of the working day"), 17:00 in England. */
    public static Instant endOfDay(LocalDate day) {
        return at(day, 17, 0);
    }

    /** The acknowledgement deadline of a notice received on the notice day. */
    public static Instant due() {
        return endOfDay(noticeDay());
    }

    /** A keep-in-touch time as the API takes it: England's local time on {@code day}. */
    public static String localTime(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).toString() + ":00";
    }

    /** A date as the e-mails write it: "Monday 23 November 2026". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A moment as the e-mails write it: "17:00 on Monday 23 November 2026". */
    public static String moment(Instant instant) {
        return MOMENT.format(instant);
    }
}
