package uk.gov.la.ei.feedback.domain.record;

import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.OutcomeBand;

/**
 * An outcome is adverse when it is requires improvement or inadequate (or the renewed framework's
 * equivalents), when safeguarding is not effective, or when the school is placed in a category of
 * concern (DOMAIN.md step 8: a programme of support under LA guidance, T§4–5; an internal review).
 */
public final class AdverseOutcomeRule {

    private AdverseOutcomeRule() {
    }

    public static boolean isAdverse(OutcomeBand band, boolean safeguardingEffective, CategoryOfConcern category) {
        return band == OutcomeBand.REQUIRES_IMPROVEMENT || band == OutcomeBand.INADEQUATE
                || !safeguardingEffective
                || (category != null && category != CategoryOfConcern.NONE);
    }
}
