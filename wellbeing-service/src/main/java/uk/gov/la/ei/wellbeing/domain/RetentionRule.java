package uk.gov.la.ei.wellbeing.domain;

import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.Instant;
import java.time.Period;

/**
 * Health-related personal data is kept no longer than needed (UK GDPR art. 5(1)(e)): a closed referral
 * is erased once the configured retention period has passed since it was closed, leaving only counts.
 * An open referral is never erased – nothing about a leader who is still being supported goes away.
 */
public final class RetentionRule {

    private RetentionRule() {
    }

    public static Instant erasableAfter(Instant closedAt, Period keptFor) {
        return closedAt.atZone(WorkingDays.ENGLAND).plus(keptFor).toInstant();
    }

    /** Referrals closed before this moment are due for erasure. */
    public static Instant closedBefore(Instant now, Period keptFor) {
        return now.atZone(WorkingDays.ENGLAND).minus(keptFor).toInstant();
    }

    public static boolean isDueForErasure(Referral referral, Instant now, Period keptFor) {
        return referral.status == ReferralStatus.CLOSED && referral.closedAt != null
                && now.isAfter(erasableAfter(referral.closedAt, keptFor));
    }
}
