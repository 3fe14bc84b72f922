package uk.gov.la.ei.feedback.domain.record;

import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.OutcomeBand;

import java.util.Map;

/**
 * What a complete record says, by the rules of {@link FeedbackRules}: the facts FeedbackRecorded carries
 * to support-tracking (the follow-up) and wellbeing (signposting).
 *
 * @param judgements every graded judgement but safeguarding, key to grade code
 */
public record Assessment(
        Map<String, String> judgements,
        OutcomeBand outcomeBand,
        String safeguarding,
        boolean safeguardingEffective,
        CategoryOfConcern categoryOfConcern,
        boolean adverse,
        boolean signpostingNeeded,
        boolean conductConcerns,
        boolean unexpectedOutcome,
        String laCategorisation) {
}
