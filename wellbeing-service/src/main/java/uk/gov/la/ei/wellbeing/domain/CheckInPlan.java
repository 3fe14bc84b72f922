package uk.gov.la.ei.wellbeing.domain;

import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The default schedule of check-ins with a referred leader (H§4: "regular checking in through visits or
 * telephone calls"): the first within one working day (by the end of the next working day), then one a
 * week for four weeks, each on a working day. Both numbers are configuration, and every referral's
 * schedule can be edited. After an adverse outcome the leader is checked on within one working day, even
 * when the referral was already open with a later check-in.
 */
public record CheckInPlan(int firstWithinWorkingDays, int weeklyForWeeks) {

    public CheckInPlan {
        if (firstWithinWorkingDays < 0 || weeklyForWeeks < 0) {
            throw new IllegalArgumentException("a check-in plan counts forwards");
        }
    }

    /** The due times of the default schedule for a referral opened (or an adverse outcome learned) at {@code start}. */
    public List<Instant> scheduleFrom(Instant start, WorkingDays workingDays) {
        List<Instant> due = new ArrayList<>();
        Instant first = firstDue(start, workingDays);
        due.add(first);
        LocalDate firstDay = first.atZone(WorkingDays.ENGLAND).toLocalDate();
        for (int week = 1; week <= weeklyForWeeks; week++) {
            LocalDate day = workingDays.thisOrNextWorkingDay(firstDay.plusWeeks(week));
            due.add(workingDays.endOfWorkingDay(day.atStartOfDay(WorkingDays.ENGLAND).toInstant()));
        }
        return due;
    }

    public Instant firstDue(Instant start, WorkingDays workingDays) {
        return workingDays.endOfWorkingDayAfter(start, firstWithinWorkingDays);
    }

    /**
     * After an adverse outcome: a check-in due within one working day, unless one is already scheduled by then.
     *
     * @param scheduledDue the due times of the referral's check-ins still scheduled
     */
    public Optional<Instant> earlyCheckInAfterAdverseOutcome(Instant learnedAt, Collection<Instant> scheduledDue,
                                                            WorkingDays workingDays) {
        Instant by = firstDue(learnedAt, workingDays);
        boolean covered = scheduledDue.stream().anyMatch(d -> !d.isAfter(by) && !d.isBefore(learnedAt));
        return covered ? Optional.empty() : Optional.of(by);
    }

    public static boolean isMissed(CheckIn checkIn, Instant now) {
        return checkIn.isScheduled() && now.isAfter(checkIn.dueAt);
    }
}
