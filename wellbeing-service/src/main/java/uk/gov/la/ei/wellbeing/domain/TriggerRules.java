package uk.gov.la.ei.wellbeing.domain;

import uk.gov.la.ei.contracts.events.ConcernCategory;
import uk.gov.la.ei.contracts.events.WellbeingTrigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a school's leader is referred for wellbeing support (DOMAIN.md flow step 9; H§4–H§6): the final
 * feedback says leaders need signposting to welfare support; a concern about the leader's wellbeing or
 * about the inspectors' conduct is logged; a pause of the inspection is requested; the outcome is adverse
 * or unexpected; or an officer refers by hand.
 */
public final class TriggerRules {

    private TriggerRules() {
    }

    /**
     * A concern about the leader's wellbeing, or about the conduct of the inspection team (H§4: "concerns
     * raised… in relation to the conduct of the inspection team"), refers the leader; other concerns
     * (process, evidence, safeguarding, a potential unexpected outcome) are followed by support-tracking
     * and reach wellbeing through the feedback's outcome if they come to that.
     */
    public static Optional<WellbeingTrigger> forConcern(ConcernCategory category) {
        if (category == ConcernCategory.LEADER_WELLBEING) {
            return Optional.of(WellbeingTrigger.LEADER_WELLBEING_CONCERN);
        }
        if (category == ConcernCategory.INSPECTOR_CONDUCT) {
            return Optional.of(WellbeingTrigger.INSPECTOR_CONDUCT_CONCERN);
        }
        return Optional.empty();
    }

    /** Asking Ofsted to pause an inspection that has started is a sign the leader is under strain: always a trigger. */
    public static WellbeingTrigger forPauseRequest() {
        return WellbeingTrigger.PAUSE_REQUESTED;
    }

    /**
     * The final-feedback record (H§4: "identify if there are any concerns raised by the school in relation to
     * the conduct of the inspection team and if there is a need to signpost school leaders to the welfare
     * support available… recorded on the feedback template"): each flag that is set is its own trigger – the
     * signposting flag, an adverse outcome, conduct concerns raised at the feedback, an unexpected outcome.
     */
    public static List<WellbeingTrigger> forFeedback(boolean signpostingNeeded, boolean adverse, boolean conductConcerns,
                                                     boolean unexpectedOutcome) {
        List<WellbeingTrigger> triggers = new ArrayList<>();
        if (signpostingNeeded) {
            triggers.add(WellbeingTrigger.FEEDBACK_SIGNPOSTING);
        }
        if (adverse) {
            triggers.add(WellbeingTrigger.ADVERSE_OUTCOME);
        }
        if (conductConcerns) {
            triggers.add(WellbeingTrigger.INSPECTOR_CONDUCT_CONCERN);
        }
        if (unexpectedOutcome) {
            triggers.add(WellbeingTrigger.UNEXPECTED_OUTCOME);
        }
        return triggers;
    }

    /** After an adverse outcome the leader is checked on within one working day (issue #9, H§4 "after the inspection"). */
    public static boolean needsAnEarlyCheckIn(WellbeingTrigger trigger) {
        return trigger == WellbeingTrigger.ADVERSE_OUTCOME;
    }
}
