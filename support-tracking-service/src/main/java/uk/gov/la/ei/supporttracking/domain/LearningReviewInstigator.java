package uk.gov.la.ei.supporttracking.domain;

/** Either side may instigate an Ofsted Learning Review (H§4). */
public enum LearningReviewInstigator {
    LA,
    SCHOOL
}
