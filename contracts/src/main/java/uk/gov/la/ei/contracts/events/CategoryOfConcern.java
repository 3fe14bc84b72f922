package uk.gov.la.ei.contracts.events;

/** A category of concern that may follow an inspection (Tri-borough framework §4–§5; renewed framework 2025). */
public enum CategoryOfConcern {
    NONE,
    /** Special measures: an LA statement of action within 10 working days of publication, recovery within two years. */
    SPECIAL_MEASURES,
    /** Serious weaknesses: warning notice, steering group, review after six months, resolved within a year. */
    SERIOUS_WEAKNESSES,
    /** The renewed framework's (November 2025) category of concern short of special measures. */
    SIGNIFICANT_CONCERNS
}
