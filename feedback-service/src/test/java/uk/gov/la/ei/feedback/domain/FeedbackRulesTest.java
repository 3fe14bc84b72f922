package uk.gov.la.ei.feedback.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.OutcomeBand;
import uk.gov.la.ei.feedback.domain.record.AdverseOutcomeRule;
import uk.gov.la.ei.feedback.domain.record.Assessment;
import uk.gov.la.ei.feedback.domain.record.FeedbackContent;
import uk.gov.la.ei.feedback.domain.record.FeedbackRules;
import uk.gov.la.ei.feedback.domain.record.UnexpectedOutcomeRule;
import uk.gov.la.ei.feedback.domain.template.FeedbackTemplate;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.la.ei.feedback.domain.ShippedTemplates.complete;
import static uk.gov.la.ei.feedback.domain.ShippedTemplates.template;
import static uk.gov.la.ei.feedback.domain.ShippedTemplates.with;

/** DOMAIN.md step 7 and "Ofsted facts to encode"; the contract's OutcomeBand; H§4 "a potential unexpected inspection outcome". */
class FeedbackRulesTest {

    private static final FeedbackTemplate REPORT_CARD = template("renewed-2025-report-card", 1);
    private static final FeedbackTemplate GRADED = template("eif-2024-graded", 2);

    @Test
    void aReportCardAtExpectedStandardThroughoutIsGoodOnTheLasScaleAndNotAdverse() {
        Assessment a = FeedbackRules.assess(REPORT_CARD, complete(REPORT_CARD, "EXPECTED_STANDARD", "MET", "NONE"), "GOOD");
        assertThat(a.outcomeBand()).isEqualTo(OutcomeBand.GOOD);
        assertThat(a.adverse()).isFalse();
        assertThat(a.safeguardingEffective()).isTrue();
        assertThat(a.unexpectedOutcome()).isFalse();
        assertThat(a.judgements()).containsEntry("inclusion", "EXPECTED_STANDARD").doesNotContainKey("safeguarding");
    }

    @Test
    void anyAreaAtNeedsAttentionMakesTheOutcomeRequiresImprovement() {
        FeedbackContent c = with(complete(REPORT_CARD, "STRONG_STANDARD", "MET", "NONE"), "achievement", "NEEDS_ATTENTION");
        Assessment a = FeedbackRules.assess(REPORT_CARD, c, null);
        assertThat(a.outcomeBand()).isEqualTo(OutcomeBand.REQUIRES_IMPROVEMENT);
        assertThat(a.adverse()).isTrue();
    }

    @Test
    void urgentImprovementIsInadequate() {
        FeedbackContent c = with(complete(REPORT_CARD, "EXCEPTIONAL", "MET", "NONE"), "leadershipAndGovernance", "URGENT_IMPROVEMENT");
        assertThat(FeedbackRules.assess(REPORT_CARD, c, null).outcomeBand()).isEqualTo(OutcomeBand.INADEQUATE);
    }

    @Test
    void exceptionalThroughoutIsOutstanding() {
        assertThat(FeedbackRules.assess(REPORT_CARD, complete(REPORT_CARD, "EXCEPTIONAL", "MET", "NONE"), null).outcomeBand())
                .isEqualTo(OutcomeBand.OUTSTANDING);
    }

    @Test
    void safeguardingNotMetIsInadequateAndAdverseWhateverTheAreas() {
        Assessment a = FeedbackRules.assess(REPORT_CARD, complete(REPORT_CARD, "EXCEPTIONAL", "NOT_MET", "NONE"), "OUTSTANDING");
        assertThat(a.outcomeBand()).isEqualTo(OutcomeBand.INADEQUATE);
        assertThat(a.safeguardingEffective()).isFalse();
        assertThat(a.safeguarding()).isEqualTo("NOT_MET");
        assertThat(a.adverse()).isTrue();
        assertThat(a.unexpectedOutcome()).isTrue();
    }

    @Test
    void safeguardingNotEffectiveUnderTheJanuary2024HandbookIsInadequate() {
        Assessment a = FeedbackRules.assess(GRADED, complete(GRADED, "GOOD", "NOT_EFFECTIVE", "NONE"), null);
        assertThat(a.outcomeBand()).isEqualTo(OutcomeBand.INADEQUATE);
        assertThat(a.safeguardingEffective()).isFalse();
    }

    @Test
    void aCategoryOfConcernIsInadequateAndAdverse() {
        Assessment a = FeedbackRules.assess(REPORT_CARD, complete(REPORT_CARD, "NEEDS_ATTENTION", "MET", "SPECIAL_MEASURES"), null);
        assertThat(a.outcomeBand()).isEqualTo(OutcomeBand.INADEQUATE);
        assertThat(a.categoryOfConcern()).isEqualTo(CategoryOfConcern.SPECIAL_MEASURES);
        assertThat(a.adverse()).isTrue();
    }

    @Test
    void theWorstSubJudgementDecidesAGradedInspection() {
        FeedbackContent c = with(complete(GRADED, "OUTSTANDING", "EFFECTIVE", "NONE"), "behaviourAndAttitudes", "REQUIRES_IMPROVEMENT");
        assertThat(FeedbackRules.assess(GRADED, c, "OUTSTANDING").outcomeBand()).isEqualTo(OutcomeBand.REQUIRES_IMPROVEMENT);
    }

    @Test
    void aReportCardWithNeedsAttentionForASchoolTheLaCategorisedAsGoodIsAnUnexpectedOutcome() {
        FeedbackContent c = with(complete(REPORT_CARD, "EXPECTED_STANDARD", "MET", "NONE"), "inclusion", "NEEDS_ATTENTION");
        assertThat(FeedbackRules.assess(REPORT_CARD, c, "GOOD").unexpectedOutcome()).isTrue();
        assertThat(FeedbackRules.assess(REPORT_CARD, c, "REQUIRES_IMPROVEMENT").unexpectedOutcome()).isFalse();
    }

    @Test
    void anOutcomeNoWorseThanTheLasCategorisationIsExpected() {
        assertThat(UnexpectedOutcomeRule.isUnexpected(OutcomeBand.GOOD, Optional.of(OutcomeBand.GOOD))).isFalse();
        assertThat(UnexpectedOutcomeRule.isUnexpected(OutcomeBand.OUTSTANDING, Optional.of(OutcomeBand.GOOD))).isFalse();
        assertThat(UnexpectedOutcomeRule.isUnexpected(OutcomeBand.GOOD, Optional.of(OutcomeBand.OUTSTANDING))).isTrue();
    }

    @Test
    void aSchoolTheLaHasNotCategorisedCannotHaveAnUnexpectedOutcome() {
        assertThat(UnexpectedOutcomeRule.isUnexpected(OutcomeBand.INADEQUATE, Optional.empty())).isFalse();
        assertThat(UnexpectedOutcomeRule.categorisation(null)).isEmpty();
        assertThat(UnexpectedOutcomeRule.categorisation("not a grade")).isEmpty();
    }

    @Test
    void theLasCategorisationIsReadInTheRegistrysWordsToo() {
        assertThat(UnexpectedOutcomeRule.categorisation("requires improvement")).contains(OutcomeBand.REQUIRES_IMPROVEMENT);
        assertThat(UnexpectedOutcomeRule.categorisation("REQUIRES_IMPROVEMENT")).contains(OutcomeBand.REQUIRES_IMPROVEMENT);
        assertThat(UnexpectedOutcomeRule.categorisation("Good")).contains(OutcomeBand.GOOD);
    }

    @Test
    void anUngradedInspectionWhereStandardsMayBeDecliningCountsAsRequiresImprovement() {
        FeedbackTemplate ungraded = template("eif-2024-ungraded", 1);
        assertThat(FeedbackRules.assess(ungraded, complete(ungraded, "CONTINUES_GOOD", "EFFECTIVE", null), "GOOD").outcomeBand())
                .isEqualTo(OutcomeBand.GOOD);
        Assessment declining = FeedbackRules.assess(ungraded, complete(ungraded, "GOOD_STANDARDS_MAY_BE_DECLINING", "EFFECTIVE", null), "GOOD");
        assertThat(declining.outcomeBand()).isEqualTo(OutcomeBand.REQUIRES_IMPROVEMENT);
        assertThat(declining.unexpectedOutcome()).isTrue();
        assertThat(declining.categoryOfConcern()).isEqualTo(CategoryOfConcern.NONE);
    }

    @Test
    void aMonitoringInspectionDoesNotRegradeTheSchool() {
        FeedbackTemplate monitoring = template("monitoring-visit", 1);
        assertThat(FeedbackRules.assess(monitoring, complete(monitoring, "TAKING_EFFECTIVE_ACTION", "EFFECTIVE", "NONE"),
                "REQUIRES_IMPROVEMENT").outcomeBand()).isEqualTo(OutcomeBand.REQUIRES_IMPROVEMENT);
        Assessment notEffective = FeedbackRules.assess(monitoring,
                complete(monitoring, "NOT_TAKING_EFFECTIVE_ACTION", "EFFECTIVE", "SERIOUS_WEAKNESSES"), "REQUIRES_IMPROVEMENT");
        assertThat(notEffective.outcomeBand()).isEqualTo(OutcomeBand.INADEQUATE);
        assertThat(notEffective.unexpectedOutcome()).isTrue();
    }

    @Test
    void conductConcernsAndSignpostingAreWhatTheRepresentativeRecorded() {
        FeedbackContent c = complete(REPORT_CARD, "EXPECTED_STANDARD", "MET", "NONE");
        FeedbackContent flagged = new FeedbackContent(c.feedbackMeetingOn(), c.attendance(), c.judgements(), c.categoryOfConcern(),
                c.keyFeedback(), new FeedbackContent.ConductConcerns(true, "Inspector dismissive of the SENCo"),
                new FeedbackContent.Signposting(true, "Head visibly distressed"), c.nextSteps(), c.answers());
        Assessment a = FeedbackRules.assess(REPORT_CARD, flagged, "GOOD");
        assertThat(a.conductConcerns()).isTrue();
        assertThat(a.signpostingNeeded()).isTrue();
        assertThat(a.adverse()).isFalse();
    }

    @Test
    void adverseIsRequiresImprovementOrWorseSafeguardingNotEffectiveOrACategoryOfConcern() {
        assertThat(AdverseOutcomeRule.isAdverse(OutcomeBand.GOOD, true, CategoryOfConcern.NONE)).isFalse();
        assertThat(AdverseOutcomeRule.isAdverse(OutcomeBand.OUTSTANDING, true, null)).isFalse();
        assertThat(AdverseOutcomeRule.isAdverse(OutcomeBand.REQUIRES_IMPROVEMENT, true, CategoryOfConcern.NONE)).isTrue();
        assertThat(AdverseOutcomeRule.isAdverse(OutcomeBand.INADEQUATE, true, CategoryOfConcern.NONE)).isTrue();
        assertThat(AdverseOutcomeRule.isAdverse(OutcomeBand.GOOD, false, CategoryOfConcern.NONE)).isTrue();
        assertThat(AdverseOutcomeRule.isAdverse(OutcomeBand.GOOD, true, CategoryOfConcern.SIGNIFICANT_CONCERNS)).isTrue();
    }
}
