package uk.gov.la.ei.feedback.domain.record;

import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.OutcomeBand;
import uk.gov.la.ei.feedback.domain.template.FeedbackTemplate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every rule that reads a completed final-feedback record, in one place:
 * <ol>
 *   <li>{@link OutcomeBandRule} – the worst judgement is the outcome, on the LA's four-point scale;</li>
 *   <li>{@link SafeguardingRule} – safeguarding effective (met) or not;</li>
 *   <li>{@link AdverseOutcomeRule} – requires improvement or worse, safeguarding not effective, a category of concern;</li>
 *   <li>{@link UnexpectedOutcomeRule} – worse than the LA's own categorisation of the school;</li>
 *   <li>signposting needed and conduct concerns are what the representative recorded (H§4).</li>
 * </ol>
 * The follow-up that the outcome leads to is support-tracking-service's to decide.
 */
public final class FeedbackRules {

    private FeedbackRules() {
    }

    /** Assesses a record that passed {@link FeedbackValidation} at the submission stage. */
    public static Assessment assess(FeedbackTemplate template, FeedbackContent content, String laCategorisation) {
        Map<String, String> judgements = new LinkedHashMap<>();
        for (FeedbackTemplate.Judgement j : template.judgements()) {
            FeedbackContent.JudgementEntry e = content.judgements().get(j.key());
            if (e != null && e.grade() != null) {
                judgements.put(j.key(), e.grade());
            }
        }
        OutcomeBand band = OutcomeBandRule.worstJudgement(template, content);
        boolean safeguardingEffective = SafeguardingRule.isEffective(template, content);
        CategoryOfConcern category = FeedbackValidation.categoryOf(content);
        return new Assessment(
                java.util.Collections.unmodifiableMap(judgements),
                band,
                SafeguardingRule.grade(template, content),
                safeguardingEffective,
                category,
                AdverseOutcomeRule.isAdverse(band, safeguardingEffective, category),
                content.signpostingNeeded(),
                content.conductConcernsRaised(),
                UnexpectedOutcomeRule.isUnexpected(band, UnexpectedOutcomeRule.categorisation(laCategorisation)),
                laCategorisation);
    }
}
