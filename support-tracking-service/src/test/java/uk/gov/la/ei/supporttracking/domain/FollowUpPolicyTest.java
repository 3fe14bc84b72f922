package uk.gov.la.ei.supporttracking.domain;

import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.OutcomeBand;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN.md step 8 and H§4 "After the inspection"; Tri-borough framework §4–§5; the coroner's second point. */
class FollowUpPolicyTest {

    /** A good inspection with no concerns from anyone. */
    private static FollowUpBasis good() {
        return new FollowUpBasis(OutcomeBand.GOOD, CategoryOfConcern.NONE, true, false, false, false, false, 0);
    }

    private static FollowUpBasis outcome(OutcomeBand band, CategoryOfConcern category) {
        return new FollowUpBasis(band, category, true, band == OutcomeBand.INADEQUATE, false, false, false, 0);
    }

    @Test
    void whereNoConcernsWereRaisedByLeadersTheAiOrOfstedTheFollowUpIsAnEmailOrCallInTheDaysFollowingTheInspection() {
        FollowUpDecision d = FollowUpPolicy.decide(good());

        assertThat(d.level()).isEqualTo(FollowUpLevel.LIGHT_TOUCH);
        assertThat(d.rulesApplied()).containsExactly("NO_CONCERNS_LIGHT_TOUCH", "DRAFT_REPORT_FACTUAL_ACCURACY");
        assertThat(d.actions()).singleElement().satisfies(a -> {
            assertThat(a.title()).contains("e-mail or call");
            assertThat(a.owner()).isEqualTo(OwnerRole.SIM);
            assertThat(a.workingDaysAfterInspection()).isEqualTo(3);
        });
        assertThat(d.internalReview()).isFalse();
    }

    @Test
    void whereConcernsWereRaisedACombinedLaAndGovernorsApproachChecksInRegularlyByVisitOrCall() {
        FollowUpDecision d = FollowUpPolicy.decide(new FollowUpBasis(OutcomeBand.GOOD, CategoryOfConcern.NONE, true, false, false,
                false, false, 1));

        assertThat(d.level()).isEqualTo(FollowUpLevel.COMBINED_SUPPORT);
        assertThat(d.rulesApplied()).contains("CONCERNS_COMBINED_LA_AND_GOVERNORS_SUPPORT").doesNotContain("NO_CONCERNS_LIGHT_TOUCH");
        assertThat(d.actions()).hasSize(4).allSatisfy(a -> assertThat(a.title()).contains("Check-in"));
        assertThat(d.actions()).extracting(FollowUpAction::workingDaysAfterInspection).containsExactly(2, 7, 12, 17);
    }

    @Test
    void leadersNeedingSignpostingToWelfareSupportAreConcernsRaisedButNotAConcernAboutTheInspection() {
        FollowUpDecision d = FollowUpPolicy.decide(new FollowUpBasis(OutcomeBand.GOOD, CategoryOfConcern.NONE, true, false, false,
                true, false, 0));

        assertThat(d.level()).isEqualTo(FollowUpLevel.COMBINED_SUPPORT);
        assertThat(d.internalReview()).isFalse();
    }

    @Test
    void requiresImprovementMeansAProgrammeOfSupportWithAFirmDateForResolvingWeaknessesWithinAYear() {
        FollowUpDecision d = FollowUpPolicy.decide(outcome(OutcomeBand.REQUIRES_IMPROVEMENT, CategoryOfConcern.NONE));

        assertThat(d.level()).isEqualTo(FollowUpLevel.PROGRAMME_OF_SUPPORT);
        assertThat(d.rulesApplied()).contains("REQUIRES_IMPROVEMENT_PROGRAMME_OF_SUPPORT").doesNotContain("NO_CONCERNS_LIGHT_TOUCH");
        assertThat(d.clocks()).containsExactlyInAnyOrder(StatutoryClock.WEAKNESSES_RESOLVED_WITHIN_ONE_YEAR, StatutoryClock.FACTUAL_ACCURACY_CHECK);
        assertThat(d.actions()).extracting(FollowUpAction::title).anyMatch(t -> t.contains("action plan"));
    }

    @Test
    void inadequateMeansAProgrammeOfSupportDetailingTheActionAndTheLasRoleWithTheActionPlanStartedAtOnce() {
        FollowUpDecision d = FollowUpPolicy.decide(outcome(OutcomeBand.INADEQUATE, CategoryOfConcern.NONE));

        assertThat(d.level()).isEqualTo(FollowUpLevel.PROGRAMME_OF_SUPPORT);
        assertThat(d.rulesApplied()).contains("INADEQUATE_PROGRAMME_OF_SUPPORT");
        assertThat(d.actions()).singleElement().satisfies(a -> assertThat(a.workingDaysAfterInspection()).isEqualTo(5));
    }

    @Test
    void specialMeasuresMeanAStatementOfActionWithinTenWorkingDaysAWarningNoticeAndRecoveryWithinTwoYears() {
        FollowUpDecision d = FollowUpPolicy.decide(outcome(OutcomeBand.INADEQUATE, CategoryOfConcern.SPECIAL_MEASURES));

        assertThat(d.level()).isEqualTo(FollowUpLevel.PROGRAMME_OF_SUPPORT);
        assertThat(d.rulesApplied()).contains("SPECIAL_MEASURES_STATUTORY_CLOCKS");
        assertThat(d.clocks()).containsExactlyInAnyOrder(StatutoryClock.STATEMENT_OF_ACTION, StatutoryClock.RECOVERY_WITHIN_TWO_YEARS,
                StatutoryClock.WARNING_NOTICE_COMPLIANCE, StatutoryClock.FACTUAL_ACCURACY_CHECK);
    }

    @Test
    void seriousWeaknessesMeanAWarningNoticeAReviewAfterSixMonthsAndWeaknessesResolvedWithinAYear() {
        FollowUpDecision d = FollowUpPolicy.decide(outcome(OutcomeBand.INADEQUATE, CategoryOfConcern.SERIOUS_WEAKNESSES));

        assertThat(d.rulesApplied()).contains("SERIOUS_WEAKNESSES_STATUTORY_CLOCKS").doesNotContain("SPECIAL_MEASURES_STATUTORY_CLOCKS");
        assertThat(d.clocks()).containsExactlyInAnyOrder(StatutoryClock.WARNING_NOTICE_COMPLIANCE, StatutoryClock.SIX_MONTH_REVIEW,
                StatutoryClock.WEAKNESSES_RESOLVED_WITHIN_ONE_YEAR, StatutoryClock.FACTUAL_ACCURACY_CHECK);
    }

    @Test
    void theRenewedFrameworksSignificantConcernsShortOfSpecialMeasuresFollowTheSeriousWeaknessesClocks() {
        FollowUpDecision d = FollowUpPolicy.decide(outcome(OutcomeBand.INADEQUATE, CategoryOfConcern.SIGNIFICANT_CONCERNS));

        assertThat(d.rulesApplied()).contains("SERIOUS_WEAKNESSES_STATUTORY_CLOCKS");
        assertThat(d.clocks()).contains(StatutoryClock.SIX_MONTH_REVIEW);
    }

    @Test
    void safeguardingNotEffectiveMeansAProgrammeOfSupportWhateverTheOtherJudgements() {
        FollowUpDecision d = FollowUpPolicy.decide(new FollowUpBasis(OutcomeBand.GOOD, CategoryOfConcern.NONE, false, false, false,
                false, false, 0));

        assertThat(d.level()).isEqualTo(FollowUpLevel.PROGRAMME_OF_SUPPORT);
        assertThat(d.rulesApplied()).contains("SAFEGUARDING_NOT_EFFECTIVE_PROGRAMME_OF_SUPPORT");
        assertThat(d.internalReviewReasons()).anyMatch(r -> r.contains("safeguarding not effective"));
    }

    @Test
    void everyInspectionTracksTheDraftReportsFiveWorkingDayFactualAccuracyCheck() {
        for (FollowUpBasis b : List.of(good(), outcome(OutcomeBand.REQUIRES_IMPROVEMENT, CategoryOfConcern.NONE),
                outcome(OutcomeBand.INADEQUATE, CategoryOfConcern.SPECIAL_MEASURES))) {
            assertThat(FollowUpPolicy.decide(b).clocks()).contains(StatutoryClock.FACTUAL_ACCURACY_CHECK);
        }
    }

    @Test
    void conductConcernsMeanSupportWithTheComplaintAndSharingThemAtTheRegularLaOfstedMeetings() {
        FollowUpDecision d = FollowUpPolicy.decide(new FollowUpBasis(OutcomeBand.GOOD, CategoryOfConcern.NONE, true, false, true,
                false, false, 0));

        assertThat(d.rulesApplied()).contains("CONDUCT_CONCERNS_COMPLAINT_SUPPORT", "CONCERNS_COMBINED_LA_AND_GOVERNORS_SUPPORT");
        assertThat(d.complaintSupport()).isTrue();
        assertThat(d.shareWithLaOfstedMeetings()).isTrue();
        assertThat(d.actions()).extracting(FollowUpAction::title).anyMatch(t -> t.contains("complaint"));
    }

    @Test
    void concernsOrAnAdverseOutcomeOpenAnInternalReviewForASeniorOfficer() {
        assertThat(FollowUpPolicy.decide(new FollowUpBasis(OutcomeBand.GOOD, CategoryOfConcern.NONE, true, false, false, false, false, 2))
                .internalReviewReasons()).containsExactly("2 concern(s) logged about the inspection");
        assertThat(FollowUpPolicy.decide(new FollowUpBasis(OutcomeBand.REQUIRES_IMPROVEMENT, CategoryOfConcern.NONE, true, true, false,
                false, false, 0)).internalReviewReasons()).containsExactly("adverse outcome (REQUIRES_IMPROVEMENT)");
        assertThat(FollowUpPolicy.decide(new FollowUpBasis(OutcomeBand.GOOD, CategoryOfConcern.NONE, true, false, false, false, true, 0))
                .internalReviewReasons()).containsExactly("outcome worse than the LA's categorisation");
    }

    @Test
    void noConcernsAndAGoodOutcomeOpenNoInternalReviewAndARequiresImprovementNotJudgedAdverseNeither() {
        assertThat(FollowUpPolicy.decide(good()).internalReview()).isFalse();
        assertThat(FollowUpPolicy.decide(outcome(OutcomeBand.REQUIRES_IMPROVEMENT, CategoryOfConcern.NONE)).internalReview()).isFalse();
    }

    @Test
    void theSimMayOverrideTheSupportButNotTheStatutoryClocksNorTheInternalReview() {
        FollowUpBasis specialMeasures = outcome(OutcomeBand.INADEQUATE, CategoryOfConcern.SPECIAL_MEASURES);
        FollowUpDecision byRule = FollowUpPolicy.decide(specialMeasures);

        FollowUpDecision overridden = FollowUpPolicy.override(specialMeasures, FollowUpLevel.COMBINED_SUPPORT);

        assertThat(overridden.level()).isEqualTo(FollowUpLevel.COMBINED_SUPPORT);
        assertThat(overridden.actions()).isEqualTo(FollowUpPolicy.supportActionsOf(FollowUpLevel.COMBINED_SUPPORT));
        assertThat(overridden.clocks()).isEqualTo(byRule.clocks());
        assertThat(overridden.internalReviewReasons()).isEqualTo(byRule.internalReviewReasons()).isNotEmpty();
        assertThat(overridden.rulesApplied()).isEqualTo(byRule.rulesApplied());
    }

    @Test
    void anOverrideKeepsTheComplaintSupportTheConductConcernsCalledFor() {
        FollowUpBasis conduct = new FollowUpBasis(OutcomeBand.GOOD, CategoryOfConcern.NONE, true, false, true, false, false, 0);

        FollowUpDecision overridden = FollowUpPolicy.override(conduct, FollowUpLevel.LIGHT_TOUCH);

        assertThat(overridden.level()).isEqualTo(FollowUpLevel.LIGHT_TOUCH);
        assertThat(overridden.actions()).extracting(FollowUpAction::title).anyMatch(t -> t.contains("complaint"))
                .anyMatch(t -> t.contains("e-mail or call"));
        assertThat(overridden.complaintSupport()).isTrue();
        assertThat(overridden.shareWithLaOfstedMeetings()).isTrue();
        assertThat(FollowUpPolicy.override(good(), FollowUpLevel.COMBINED_SUPPORT).shareWithLaOfstedMeetings()).isFalse();
        assertThat(FollowUpPolicy.override(good(), FollowUpLevel.COMBINED_SUPPORT).complaintSupport()).isFalse();
    }

    @Test
    void everyRuleIsListedInOnePlaceWithAUniqueNameAndTheGuidanceItImplements() {
        Set<String> names = new HashSet<>();
        for (FollowUpPolicy.FollowUpRule rule : FollowUpPolicy.RULES) {
            assertThat(names.add(rule.name())).as("unique rule name %s", rule.name()).isTrue();
            assertThat(rule.name()).matches("[A-Z_]+");
            assertThat(rule.guidance()).isNotBlank();
        }
        assertThat(names).hasSize(10);
    }
}
