package uk.gov.la.ei.supporttracking.application;

/** The four services, as the timeline names where an entry came from. */
public final class Sources {
    public static final String NOTIFICATION = "notification-service";
    public static final String SUPPORT_TRACKING = "support-tracking-service";
    public static final String FEEDBACK = "feedback-service";
    public static final String WELLBEING = "wellbeing-service";
    /** The actor of a step the service took by itself (a deadline passing, a rule applied). */
    public static final String SYSTEM = "system";

    private Sources() {
    }
}
