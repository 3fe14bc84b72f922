package uk.gov.la.ei.wellbeing.domain;

/** Why a referral was closed: a reason is required (issue: "closing a referral needs a reason"). */
public enum ClosureReason {
    /** The leader is using the support they were signposted to, and the check-ins are done. */
    SUPPORT_IN_PLACE,
    CHECK_INS_COMPLETE,
    LEADER_DECLINED_SUPPORT,
    LEADER_LEFT_POST,
    /** Support is now given elsewhere (e.g. occupational health through EPS). */
    SUPPORTED_ELSEWHERE,
    /** Needs a short note. */
    OTHER
}
