package uk.gov.la.ei.supporttracking.domain;

import uk.gov.la.ei.contracts.events.CategoryOfConcern;
import uk.gov.la.ei.contracts.events.OutcomeBand;

/**
 * What the follow-up is decided from: the final-feedback record (FeedbackRecorded) and the concerns logged
 * on the case.
 *
 * @param outcomeBand       the outcome on the LA's four-point scale (null when the template has no overall outcome)
 * @param concernsLogged    concerns logged on the case during or after the inspection
 */
public record FollowUpBasis(OutcomeBand outcomeBand, CategoryOfConcern categoryOfConcern, boolean safeguardingEffective,
                            boolean adverse, boolean conductConcerns, boolean signpostingNeeded, boolean unexpectedOutcome,
                            int concernsLogged) {

    public FollowUpBasis {
        categoryOfConcern = categoryOfConcern == null ? CategoryOfConcern.NONE : categoryOfConcern;
    }

    /** Concerns about the inspection: logged on the case, about the inspection team's conduct, or an unexpected outcome. */
    public boolean concernsAboutTheInspection() {
        return concernsLogged > 0 || conductConcerns || unexpectedOutcome;
    }

    /** H§4: concerns "raised, either by school leaders, the AI or Ofsted" – about the inspection, or leaders needing welfare support. */
    public boolean concernsRaised() {
        return concernsAboutTheInspection() || signpostingNeeded;
    }

    /** Requires improvement or inadequate, a category of concern, or safeguarding not effective. */
    public boolean programmeOutcome() {
        return outcomeBand == OutcomeBand.REQUIRES_IMPROVEMENT || outcomeBand == OutcomeBand.INADEQUATE
                || categoryOfConcern != CategoryOfConcern.NONE || !safeguardingEffective;
    }

    /** An adverse outcome as feedback-service judged it, or a category of concern, or safeguarding not effective. */
    public boolean adverseOutcome() {
        return adverse || categoryOfConcern != CategoryOfConcern.NONE || !safeguardingEffective
                || outcomeBand == OutcomeBand.INADEQUATE;
    }
}
