package uk.gov.la.ei.wellbeing.domain;

import uk.gov.la.ei.platform.time.WorkingDays;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a referral counts for, without saying whose it was: the figures that survive its erasure and feed
 * the collation of wellbeing signposting coverage (DOMAIN.md flow step 11). Counted by the month the
 * referral was opened.
 */
public final class ReferralCounts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(WorkingDays.ENGLAND);

    private ReferralCounts() {
    }

    public static String periodOf(Referral referral) {
        return MONTH.format(referral.openedAt);
    }

    public static Map<String, Long> of(Referral referral, List<ReferralTrigger> triggers, List<Signposting> signpostings,
                                       List<CheckIn> checkIns) {
        Map<String, Long> counts = new TreeMap<>();
        add(counts, "referrals");
        triggers.forEach(t -> add(counts, "trigger." + t.kind));
        if (referral.signpostedAt != null) {
            add(counts, "signposted");
            if (!referral.signpostedAt.isAfter(referral.signpostingDue)) {
                add(counts, "signposted.within-deadline");
            }
        }
        if (referral.signpostingOverdueAt != null) {
            add(counts, "signposting.overdue");
        }
        for (Signposting s : signpostings) {
            add(counts, "signposting.channel." + s.channel);
            s.offerCodes.forEach(code -> add(counts, "offer." + code));
        }
        checkIns.forEach(c -> add(counts, "check-ins." + c.status));
        if (referral.closeReason != null) {
            add(counts, "closed." + referral.closeReason);
        }
        return counts;
    }

    private static void add(Map<String, Long> counts, String metric) {
        counts.merge(metric, 1L, Long::sum);
    }
}
