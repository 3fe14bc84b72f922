package uk.gov.la.ei.supporttracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.CheckInMissed;
import uk.gov.la.ei.contracts.events.IntegrationEvent;
import uk.gov.la.ei.contracts.events.SignpostingOverdue;
import uk.gov.la.ei.contracts.events.WellbeingReferralClosed;
import uk.gov.la.ei.contracts.events.WellbeingReferralOpened;
import uk.gov.la.ei.contracts.events.WellbeingSignposted;

/**
 * wellbeing-service's facts (topic ei.wellbeing.referrals) on the timeline – identifiers only, as they come:
 * the health-related detail stays in wellbeing-service (H§6, DOMAIN.md step 9).
 */
@ApplicationScoped
public class WellbeingFacts {

    @Inject
    Timeline timeline;

    /** @return false for a type this consumer does not handle */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(IntegrationEvent event, String eventId) {
        if (event instanceof WellbeingReferralOpened o) {
            timeline.record(o.inspectionId(), o.urn(), o.openedAt(), Sources.WELLBEING, "WellbeingReferralOpened", Sources.WELLBEING,
                    "wellbeing referral opened (" + o.trigger() + ")", o.referralId(), eventId);
        } else if (event instanceof WellbeingSignposted s) {
            timeline.record(s.inspectionId(), s.urn(), s.signpostedAt(), Sources.WELLBEING, "WellbeingSignposted", Sources.WELLBEING,
                    "leader signposted to " + (s.offerCodes() == null ? 0 : s.offerCodes().size()) + " offer(s) by " + s.channel(),
                    s.referralId(), eventId);
        } else if (event instanceof SignpostingOverdue s) {
            timeline.record(s.inspectionId(), s.urn(), s.dueAt(), Sources.WELLBEING, "SignpostingOverdue", Sources.SYSTEM,
                    "signposting not done by " + CaseMails.when(s.dueAt()) + "; SIM and CEM alerted", s.referralId(), eventId);
        } else if (event instanceof CheckInMissed m) {
            timeline.record(m.inspectionId(), m.urn(), m.dueAt(), Sources.WELLBEING, "CheckInMissed", Sources.SYSTEM,
                    "wellbeing check-in due " + CaseMails.when(m.dueAt()) + " missed; escalated to the CEM", m.referralId(), eventId);
        } else if (event instanceof WellbeingReferralClosed c) {
            timeline.record(c.inspectionId(), c.urn(), c.closedAt(), Sources.WELLBEING, "WellbeingReferralClosed", Sources.WELLBEING,
                    "wellbeing referral closed", c.referralId(), eventId);
        } else {
            return false;
        }
        return true;
    }
}
