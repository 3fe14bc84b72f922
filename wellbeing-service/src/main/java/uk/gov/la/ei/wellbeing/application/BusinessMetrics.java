package uk.gov.la.ei.wellbeing.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.gov.la.ei.platform.metrics.StoredCounts;
import uk.gov.la.ei.wellbeing.domain.CheckIn;
import uk.gov.la.ei.wellbeing.domain.CheckInStatus;
import uk.gov.la.ei.wellbeing.domain.Referral;
import uk.gov.la.ei.wellbeing.domain.ReferralStatus;

import java.time.Clock;

/** What operations staff watch for this service: counts only, never who (the referrals are restricted). */
@ApplicationScoped
public class BusinessMetrics {

    @Inject
    MeterRegistry metrics;
    @Inject
    Clock clock;

    void register(@Observes StartupEvent event) {
        StoredCounts.register(metrics, "checkins.overdue",
                "Scheduled check-ins of open referrals past their due time and not yet recorded",
                () -> CheckIn.count("status = ?1 and dueAt < ?2 and referralId in (select r.id from Referral r where r.status = ?3)",
                        CheckInStatus.SCHEDULED, clock.instant(), ReferralStatus.OPEN));
        StoredCounts.register(metrics, "signposting.overdue",
                "Open referrals whose headteacher was not signposted within one working day",
                () -> Referral.count("status = ?1 and signpostedAt is null and signpostingDue < ?2",
                        ReferralStatus.OPEN, clock.instant()));
    }
}
