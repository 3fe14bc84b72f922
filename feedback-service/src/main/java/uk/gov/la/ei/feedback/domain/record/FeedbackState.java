package uk.gov.la.ei.feedback.domain.record;

/** A record is a draft until the LA representative submits it; a submitted record never changes in place. */
public enum FeedbackState {
    DRAFT, SUBMITTED
}
