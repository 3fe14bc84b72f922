package uk.gov.la.ei.supporttracking.domain;

import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.OutcomeBand;

import java.util.List;

/**
 * The SIM's follow-up after the inspection, decided by rule (DOMAIN.md flow step 8; H§4 "After the
 * inspection"; Tri-borough framework §4–§5). Every rule is listed here, in one place; each is one small
 * named class whose name says the guidance it implements. The SIM may override the level with a reason
 * ({@link #override}); an override changes the LA's support, never a statutory clock or the internal review.
 */
public final class FollowUpPolicy {

    /** Every rule, in the order they are applied. */
    public static final List<FollowUpRule> RULES = List.of(
            new NoConcernsMeansLightTouch(),
            new ConcernsMeanCombinedLaAndGovernorsSupport(),
            new RequiresImprovementMeansProgrammeResolvedWithinAYear(),
            new InadequateMeansProgrammeOfSupport(),
            new SafeguardingNotEffectiveMeansProgrammeOfSupport(),
            new SpecialMeasuresStatutoryClocks(),
            new SeriousWeaknessesStatutoryClocks(),
            new DraftReportFactualAccuracyCheck(),
            new ConductConcernsMeanComplaintSupport(),
            new ConcernsOrAdverseOutcomeMeanInternalReview());

    /** "a few working days" (H§4 "in the days following the inspection") for the light-touch contact. */
    public static final int LIGHT_TOUCH_WITHIN_WORKING_DAYS = 3;
    /** "regular checking in through visits or telephone calls" (H§4): every five working days, four times. */
    public static final int CHECK_IN_EVERY_WORKING_DAYS = 5;
    public static final int CHECK_INS = 4;
    /** T§4.4: the action plan is started "immediately, after the oral feedback". */
    public static final int ACTION_PLAN_WITHIN_WORKING_DAYS = 5;
    public static final int COMPLAINT_SUPPORT_WITHIN_WORKING_DAYS = 2;

    private FollowUpPolicy() {
    }

    /** One named rule: when it applies and what it adds to the decision. */
    public interface FollowUpRule {
        String name();

        /** The guidance it implements, quoted. */
        String guidance();

        boolean appliesTo(FollowUpBasis basis);

        void contribute(FollowUpBasis basis, FollowUpDecision.Builder decision);
    }

    public static FollowUpDecision decide(FollowUpBasis basis) {
        FollowUpDecision.Builder decision = new FollowUpDecision.Builder();
        for (FollowUpRule rule : RULES) {
            if (rule.appliesTo(basis)) {
                decision.applied(rule.name());
                rule.contribute(basis, decision);
            }
        }
        return decision.build();
    }

    /**
     * The SIM's override (H§4 "the SIM will determine the appropriate follow up action"): the chosen level's
     * own actions replace the rules' support actions; the statutory clocks, the internal review, complaint
     * support and the sharing with LA–Ofsted meetings stay as the rules decided – the law and the coroner's
     * points are not the SIM's to switch off.
     */
    public static FollowUpDecision override(FollowUpBasis basis, FollowUpLevel chosen) {
        FollowUpDecision byRule = decide(basis);
        FollowUpDecision.Builder decision = new FollowUpDecision.Builder().atLeast(chosen);
        byRule.rulesApplied().forEach(decision::applied);
        supportActionsOf(chosen).forEach(decision::action);
        byRule.actions().stream().filter(a -> a.title().equals(ConductConcernsMeanComplaintSupport.ACTION.title()))
                .forEach(decision::action);
        byRule.clocks().forEach(decision::clock);
        byRule.internalReviewReasons().forEach(decision::internalReview);
        if (byRule.complaintSupport()) {
            decision.complaintSupport();
        }
        if (byRule.shareWithLaOfstedMeetings()) {
            decision.shareWithLaOfstedMeetings();
        }
        return decision.build();
    }

    /** The support actions of a level, as its rule sets them. */
    public static List<FollowUpAction> supportActionsOf(FollowUpLevel level) {
        return switch (level) {
            case LIGHT_TOUCH -> List.of(NoConcernsMeansLightTouch.ACTION);
            case COMBINED_SUPPORT -> ConcernsMeanCombinedLaAndGovernorsSupport.checkIns();
            case PROGRAMME_OF_SUPPORT -> List.of(InadequateMeansProgrammeOfSupport.ACTION_PLAN);
        };
    }

    // ------------------------------------------------------------------------------------------ the rules

    /** H§4: "Where no concerns were raised, either by school leaders, the AI or Ofsted, this may be an email or a telephone call in the days following the inspection." */
    public static final class NoConcernsMeansLightTouch implements FollowUpRule {
        static final FollowUpAction ACTION = new FollowUpAction(
                "Light-touch follow-up: e-mail or call the headteacher", OwnerRole.SIM, LIGHT_TOUCH_WITHIN_WORKING_DAYS);

        public String name() {
            return "NO_CONCERNS_LIGHT_TOUCH";
        }

        public String guidance() {
            return "H§4: where no concerns were raised, either by school leaders, the AI or Ofsted, "
                    + "an email or a telephone call in the days following the inspection";
        }

        public boolean appliesTo(FollowUpBasis b) {
            return !b.concernsRaised() && !b.programmeOutcome();
        }

        public void contribute(FollowUpBasis b, FollowUpDecision.Builder d) {
            d.atLeast(FollowUpLevel.LIGHT_TOUCH).action(ACTION);
        }
    }

    /**
     * H§4: "Where concerns were raised, the SIM will ensure that a combined approach, involving the local
     * authority and governors at the school, is put in place … regular checking in through visits or telephone
     * calls and signposting to any additional support such as that provided by Education Personnel Services".
     */
    public static final class ConcernsMeanCombinedLaAndGovernorsSupport implements FollowUpRule {
        static List<FollowUpAction> checkIns() {
            return java.util.stream.IntStream.rangeClosed(1, CHECK_INS)
                    .mapToObj(n -> new FollowUpAction("Check-in with school leaders (visit or call), combined LA and governors support, "
                            + n + " of " + CHECK_INS, OwnerRole.SIM, 2 + (n - 1) * CHECK_IN_EVERY_WORKING_DAYS))
                    .toList();
        }

        public String name() {
            return "CONCERNS_COMBINED_LA_AND_GOVERNORS_SUPPORT";
        }

        public String guidance() {
            return "H§4: where concerns were raised, a combined approach involving the LA and governors, "
                    + "regular checking in through visits or telephone calls, signposting to EPS";
        }

        public boolean appliesTo(FollowUpBasis b) {
            return b.concernsRaised();
        }

        public void contribute(FollowUpBasis b, FollowUpDecision.Builder d) {
            d.atLeast(FollowUpLevel.COMBINED_SUPPORT);
            checkIns().forEach(d::action);
        }
    }

    /** H§4 (requires improvement → LA guidance, a programme of support); T§4.6: "a firm date for resolving their areas of weakness within a year". */
    public static final class RequiresImprovementMeansProgrammeResolvedWithinAYear implements FollowUpRule {
        public String name() {
            return "REQUIRES_IMPROVEMENT_PROGRAMME_OF_SUPPORT";
        }

        public String guidance() {
            return "H§4: Requires Improvement - a programme of support under LA guidance; "
                    + "T§4.6: a firm date for resolving the areas of weakness within a year";
        }

        public boolean appliesTo(FollowUpBasis b) {
            return b.outcomeBand() == OutcomeBand.REQUIRES_IMPROVEMENT && b.categoryOfConcern() == CategoryOfConcern.NONE;
        }

        public void contribute(FollowUpBasis b, FollowUpDecision.Builder d) {
            d.atLeast(FollowUpLevel.PROGRAMME_OF_SUPPORT).action(InadequateMeansProgrammeOfSupport.ACTION_PLAN)
                    .clock(StatutoryClock.WEAKNESSES_RESOLVED_WITHIN_ONE_YEAR);
        }
    }

    /** H§4: "Where schools receive … Inadequate, specific local authority guidance is followed … a programme of support"; T§4.4 action plan. */
    public static final class InadequateMeansProgrammeOfSupport implements FollowUpRule {
        static final FollowUpAction ACTION_PLAN = new FollowUpAction(
                "Programme of support: agree the action plan and the LA's role with the headteacher and governors (T§4.4)",
                OwnerRole.SIM, ACTION_PLAN_WITHIN_WORKING_DAYS);

        public String name() {
            return "INADEQUATE_PROGRAMME_OF_SUPPORT";
        }

        public String guidance() {
            return "H§4: Inadequate - a programme of support detailing the required action and the LA's role; "
                    + "T§4.4: start drawing up the action plan immediately after the oral feedback";
        }

        public boolean appliesTo(FollowUpBasis b) {
            return b.outcomeBand() == OutcomeBand.INADEQUATE || b.categoryOfConcern() != CategoryOfConcern.NONE;
        }

        public void contribute(FollowUpBasis b, FollowUpDecision.Builder d) {
            d.atLeast(FollowUpLevel.PROGRAMME_OF_SUPPORT).action(ACTION_PLAN);
        }
    }

    /** DOMAIN.md step 8 "or safeguarding not effective"; H§7: Ofsted asks the LA to feedback where safeguarding is ineffective. */
    public static final class SafeguardingNotEffectiveMeansProgrammeOfSupport implements FollowUpRule {
        public String name() {
            return "SAFEGUARDING_NOT_EFFECTIVE_PROGRAMME_OF_SUPPORT";
        }

        public String guidance() {
            return "DOMAIN step 8 and H§7: safeguarding judged not effective - a programme of support";
        }

        public boolean appliesTo(FollowUpBasis b) {
            return !b.safeguardingEffective();
        }

        public void contribute(FollowUpBasis b, FollowUpDecision.Builder d) {
            d.atLeast(FollowUpLevel.PROGRAMME_OF_SUPPORT).action(InadequateMeansProgrammeOfSupport.ACTION_PLAN);
        }
    }

    /**
     * T§5.28 special measures: a warning notice; "a statement of action … within at least ten working days of
     * the publication of the inspection report"; "remove all identified concerns … within two years"; T§5.8
     * compliance period of 15 working days.
     */
    public static final class SpecialMeasuresStatutoryClocks implements FollowUpRule {
        public String name() {
            return "SPECIAL_MEASURES_STATUTORY_CLOCKS";
        }

        public String guidance() {
            return "T§5.28: statement of action within ten working days of the report's publication, recovery within two years, "
                    + "warning notice (T§5.8: compliance within 15 working days)";
        }

        public boolean appliesTo(FollowUpBasis b) {
            return b.categoryOfConcern() == CategoryOfConcern.SPECIAL_MEASURES;
        }

        public void contribute(FollowUpBasis b, FollowUpDecision.Builder d) {
            d.atLeast(FollowUpLevel.PROGRAMME_OF_SUPPORT)
                    .clock(StatutoryClock.STATEMENT_OF_ACTION)
                    .clock(StatutoryClock.RECOVERY_WITHIN_TWO_YEARS)
                    .clock(StatutoryClock.WARNING_NOTICE_COMPLIANCE);
        }
    }

    /**
     * T§5.26 serious weaknesses (and the renewed framework's significant concerns, the category short of special
     * measures): a warning notice with a 15-working-day compliance period (T§5.8), a review after six months,
     * "all identified areas of weakness … resolved within one year".
     */
    public static final class SeriousWeaknessesStatutoryClocks implements FollowUpRule {
        public String name() {
            return "SERIOUS_WEAKNESSES_STATUTORY_CLOCKS";
        }

        public String guidance() {
            return "T§5.26: warning notice (15 working days to comply, T§5.8), review after six months, weaknesses resolved within one year";
        }

        public boolean appliesTo(FollowUpBasis b) {
            return b.categoryOfConcern() == CategoryOfConcern.SERIOUS_WEAKNESSES
                    || b.categoryOfConcern() == CategoryOfConcern.SIGNIFICANT_CONCERNS;
        }

        public void contribute(FollowUpBasis b, FollowUpDecision.Builder d) {
            d.atLeast(FollowUpLevel.PROGRAMME_OF_SUPPORT)
                    .clock(StatutoryClock.WARNING_NOTICE_COMPLIANCE)
                    .clock(StatutoryClock.SIX_MONTH_REVIEW)
                    .clock(StatutoryClock.WEAKNESSES_RESOLVED_WITHIN_ONE_YEAR);
        }
    }

    /** DOMAIN.md Ofsted facts: "The school has 5 working days to comment on the draft report's factual accuracy; the SIM can support that". */
    public static final class DraftReportFactualAccuracyCheck implements FollowUpRule {
        public String name() {
            return "DRAFT_REPORT_FACTUAL_ACCURACY";
        }

        public String guidance() {
            return "Ofsted: 5 working days to comment on the draft report's factual accuracy; the SIM can support that";
        }

        public boolean appliesTo(FollowUpBasis b) {
            return true;
        }

        public void contribute(FollowUpBasis b, FollowUpDecision.Builder d) {
            d.clock(StatutoryClock.FACTUAL_ACCURACY_CHECK);
        }
    }

    /**
     * H§4: "Where concerns are raised about the conduct or behaviours of the inspection team, the SIM will support
     * school leaders to address these … These concerns would also typically be shared through the regular meetings
     * between senior local authority officers and Ofsted"; H§5 complaint support.
     */
    public static final class ConductConcernsMeanComplaintSupport implements FollowUpRule {
        static final FollowUpAction ACTION = new FollowUpAction(
                "Offer the headteacher support with a complaint about the inspection team's conduct (Ofsted code of conduct)",
                OwnerRole.SIM, COMPLAINT_SUPPORT_WITHIN_WORKING_DAYS);

        public String name() {
            return "CONDUCT_CONCERNS_COMPLAINT_SUPPORT";
        }

        public String guidance() {
            return "H§4: conduct concerns - the SIM supports school leaders to address them; shared at the LA-Ofsted meetings; "
                    + "H§5: support with a complaint";
        }

        public boolean appliesTo(FollowUpBasis b) {
            return b.conductConcerns();
        }

        public void contribute(FollowUpBasis b, FollowUpDecision.Builder d) {
            d.atLeast(FollowUpLevel.COMBINED_SUPPORT).action(ACTION).complaintSupport().shareWithLaOfstedMeetings();
        }
    }

    /** The coroner's second point (no internal review, no policy for when one takes place): concerns or an adverse outcome open one. */
    public static final class ConcernsOrAdverseOutcomeMeanInternalReview implements FollowUpRule {
        public String name() {
            return "CONCERNS_OR_ADVERSE_OUTCOME_INTERNAL_REVIEW";
        }

        public String guidance() {
            return "Coroner's Regulation 28 report, point 2: an internal review, for a senior officer, when there were "
                    + "concerns about the inspection or the outcome was adverse";
        }

        public boolean appliesTo(FollowUpBasis b) {
            return b.concernsAboutTheInspection() || b.adverseOutcome();
        }

        public void contribute(FollowUpBasis b, FollowUpDecision.Builder d) {
            if (b.adverseOutcome()) {
                d.internalReview("adverse outcome" + (b.outcomeBand() == null ? "" : " (" + b.outcomeBand() + ")")
                        + (b.categoryOfConcern() == CategoryOfConcern.NONE ? "" : ", " + b.categoryOfConcern())
                        + (b.safeguardingEffective() ? "" : ", safeguarding not effective"));
            }
            if (b.concernsLogged() > 0) {
                d.internalReview(b.concernsLogged() + " concern(s) logged about the inspection");
            }
            if (b.conductConcerns()) {
                d.internalReview("concerns about the inspection team's conduct");
            }
            if (b.unexpectedOutcome()) {
                d.internalReview("outcome worse than the LA's categorisation");
            }
        }
    }
}
