package uk.gov.la.ei.supporttracking.domain;

import java.time.LocalDate;

/**
 * Deferral moves an inspection that has not started – usually asked for during the notification call –
 * where a pause stops one that has (DOMAIN.md, Ofsted facts). A granted deferral waits for Ofsted's
 * rescheduled notice.
 */
public final class DeferralGuidance {

    private DeferralGuidance() {
    }

    /** A deferral is for an inspection that has not started: the request is before day 1. */
    public static boolean mayBeRequested(LocalDate startDate, LocalDate requestDate) {
        return requestDate.isBefore(startDate);
    }

    /** REQUESTED may become GRANTED or REFUSED; a decided request stays decided. */
    public static boolean mayMove(DeferralOutcome from, DeferralOutcome to) {
        return from == DeferralOutcome.REQUESTED && to != DeferralOutcome.REQUESTED;
    }
}
