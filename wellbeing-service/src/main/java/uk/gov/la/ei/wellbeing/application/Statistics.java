package uk.gov.la.ei.wellbeing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.platform.time.WorkingDays;
import uk.gov.la.ei.wellbeing.domain.CheckIn;
import uk.gov.la.ei.wellbeing.domain.Referral;
import uk.gov.la.ei.wellbeing.domain.ReferralCounts;
import uk.gov.la.ei.wellbeing.domain.ReferralTrigger;
import uk.gov.la.ei.wellbeing.domain.Signposting;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts by the month referrals were opened – those still held and those erased (whose counts are all that
 * is left) together – for the collation of wellbeing signposting coverage (DOMAIN.md flow step 11).
 * Nothing in them says whose referral it was.
 */
@ApplicationScoped
public class Statistics {

    @Inject
    EntityManager em;

    public record Period(String period, Map<String, Long> counts) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Period> between(YearMonth from, YearMonth to) {
        Map<String, Map<String, Long>> byPeriod = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            byPeriod.put(m.toString(), new TreeMap<>());
        }
        var start = from.atDay(1).atStartOfDay(WorkingDays.ENGLAND).toInstant();
        var end = to.plusMonths(1).atDay(1).atStartOfDay(WorkingDays.ENGLAND).toInstant();
        for (Referral r : Referral.<Referral>list("openedAt >= ?1 and openedAt < ?2", start, end)) {
            Map<String, Long> target = byPeriod.get(ReferralCounts.periodOf(r));
            if (target != null) {
                ReferralCounts.of(r, ReferralTrigger.of(r.id), Signposting.of(r.id), CheckIn.of(r.id))
                        .forEach((k, v) -> target.merge(k, v, Long::sum));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> erased = em.createNativeQuery(
                        "select period, metric, count from referral_tally where period >= ?1 and period <= ?2")
                .setParameter(1, from.toString()).setParameter(2, to.toString()).getResultList();
        for (Object[] row : erased) {
            Map<String, Long> target = byPeriod.get((String) row[0]);
            if (target != null) {
                target.merge((String) row[1], ((Number) row[2]).longValue(), Long::sum);
            }
        }
        return byPeriod.entrySet().stream().map(e -> new Period(e.getKey(), e.getValue())).toList();
    }
}
