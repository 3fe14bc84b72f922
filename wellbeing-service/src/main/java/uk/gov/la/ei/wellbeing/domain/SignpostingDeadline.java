package uk.gov.la.ei.wellbeing.domain;

import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Instant;

/**
 * A referred leader is signposted to the LA's support within one working day of the referral (by the end
 * of the next working day); if not, the SIM and CEM are alerted – the coroner's third point asks that
 * telling leaders what support exists "continues to happen", so it must not wait on someone remembering.
 */
public final class SignpostingDeadline {

    private SignpostingDeadline() {
    }

    public static Instant dueAt(Instant openedAt, WorkingDays workingDays, int withinWorkingDays) {
        return workingDays.endOfWorkingDayAfter(openedAt, withinWorkingDays);
    }

    public static boolean isOverdue(Referral referral, Instant now) {
        return referral.isOpen() && referral.signpostedAt == null && now.isAfter(referral.signpostingDue);
    }
}
