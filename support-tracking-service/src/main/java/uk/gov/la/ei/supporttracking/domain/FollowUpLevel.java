package uk.gov.la.ei.supporttracking.domain;

/** The SIM's follow-up after the inspection (H§4), from the lightest to the most intensive. */
public enum FollowUpLevel {
    /** No concerns: an e-mail or call in the days following the inspection. */
    LIGHT_TOUCH,
    /** Concerns raised: a combined LA-and-governors approach with regular check-ins and signposting. */
    COMBINED_SUPPORT,
    /** Requires improvement / inadequate (or equivalent): a programme of support under LA guidance (T§4–§5). */
    PROGRAMME_OF_SUPPORT;

    public FollowUpLevel atLeast(FollowUpLevel other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
