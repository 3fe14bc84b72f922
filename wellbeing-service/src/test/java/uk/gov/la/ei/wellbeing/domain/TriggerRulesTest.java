package uk.gov.la.ei.wellbeing.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.events.ConcernCategory;
import uk.gov.la.ei.contracts.events.WellbeingTrigger;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN.md flow step 9: what refers a school's leader for wellbeing support. */
class TriggerRulesTest {

    @Test
    void aConcernAboutTheLeadersWellbeingRefersTheLeader() {
        assertThat(TriggerRules.forConcern(ConcernCategory.LEADER_WELLBEING)).contains(WellbeingTrigger.LEADER_WELLBEING_CONCERN);
    }

    @Test
    void aConcernAboutTheConductOfTheInspectionTeamRefersTheLeader() {
        assertThat(TriggerRules.forConcern(ConcernCategory.INSPECTOR_CONDUCT)).contains(WellbeingTrigger.INSPECTOR_CONDUCT_CONCERN);
    }

    @Test
    void otherConcernsDoNotByThemselvesReferTheLeader() {
        assertThat(TriggerRules.forConcern(ConcernCategory.SAFEGUARDING)).isEmpty();
        assertThat(TriggerRules.forConcern(ConcernCategory.PROCESS_OR_EVIDENCE)).isEmpty();
        assertThat(TriggerRules.forConcern(ConcernCategory.UNEXPECTED_OUTCOME)).isEmpty();
        assertThat(TriggerRules.forConcern(ConcernCategory.OTHER)).isEmpty();
        assertThat(TriggerRules.forConcern(null)).isEmpty();
    }

    @Test
    void aRequestToPauseTheInspectionRefersTheLeader() {
        assertThat(TriggerRules.forPauseRequest()).isEqualTo(WellbeingTrigger.PAUSE_REQUESTED);
    }

    @Test
    void eachFlagOfTheFeedbackTemplateIsItsOwnTrigger() {
        assertThat(TriggerRules.forFeedback(true, false, false, false)).containsExactly(WellbeingTrigger.FEEDBACK_SIGNPOSTING);
        assertThat(TriggerRules.forFeedback(false, true, false, false)).containsExactly(WellbeingTrigger.ADVERSE_OUTCOME);
        assertThat(TriggerRules.forFeedback(false, false, false, true)).containsExactly(WellbeingTrigger.UNEXPECTED_OUTCOME);
        assertThat(TriggerRules.forFeedback(true, true, true, true)).containsExactly(WellbeingTrigger.FEEDBACK_SIGNPOSTING,
                WellbeingTrigger.ADVERSE_OUTCOME, WellbeingTrigger.INSPECTOR_CONDUCT_CONCERN, WellbeingTrigger.UNEXPECTED_OUTCOME);
    }

    @Test
    void concernsAboutTheConductOfTheInspectionTeamRaisedAtTheFinalFeedbackReferTheLeader() {
        assertThat(TriggerRules.forFeedback(false, false, true, false)).containsExactly(WellbeingTrigger.INSPECTOR_CONDUCT_CONCERN);
    }

    @Test
    void feedbackWithNoConcernRefersNobody() {
        assertThat(TriggerRules.forFeedback(false, false, false, false)).isEmpty();
    }

    @Test
    void onlyAnAdverseOutcomeAsksForACheckInWithinOneWorkingDay() {
        for (WellbeingTrigger t : WellbeingTrigger.values()) {
            assertThat(TriggerRules.needsAnEarlyCheckIn(t)).as(t.name()).isEqualTo(t == WellbeingTrigger.ADVERSE_OUTCOME);
        }
    }
}
