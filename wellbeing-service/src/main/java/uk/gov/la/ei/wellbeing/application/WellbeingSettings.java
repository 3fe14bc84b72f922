package uk.gov.la.ei.wellbeing.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.la.ei.wellbeing.domain.CheckInPlan;

import java.time.Period;

/** This service's own settings (application.properties, prefix {@code wellbeing.}); see the README. */
@ApplicationScoped
public class WellbeingSettings {

    /** Signposted within this many working days of the referral (by the end of that working day). */
    @ConfigProperty(name = "wellbeing.signposting.within-working-days", defaultValue = "1")
    int signpostingWithinWorkingDays;
    @ConfigProperty(name = "wellbeing.check-ins.first-within-working-days", defaultValue = "1")
    int firstCheckInWithinWorkingDays;
    @ConfigProperty(name = "wellbeing.check-ins.weekly-for-weeks", defaultValue = "4")
    int weeklyCheckInsForWeeks;
    /** How long a closed referral is kept before it is erased (ISO-8601 period, e.g. P2Y). */
    @ConfigProperty(name = "wellbeing.retention.closed-referrals-kept-for", defaultValue = "P2Y")
    Period closedReferralsKeptFor;
    /** Where the e-mails point people (this service's address). */
    @ConfigProperty(name = "wellbeing.links.base-url", defaultValue = "http://localhost:8084")
    String baseUrl;

    public int signpostingWithinWorkingDays() {
        return signpostingWithinWorkingDays;
    }

    public CheckInPlan checkInPlan() {
        return new CheckInPlan(firstCheckInWithinWorkingDays, weeklyCheckInsForWeeks);
    }

    public Period closedReferralsKeptFor() {
        return closedReferralsKeptFor;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
