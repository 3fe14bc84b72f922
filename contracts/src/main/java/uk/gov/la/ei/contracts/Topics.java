package uk.gov.la.ei.contracts;

/**
 * Every Kafka topic of the system, in one place. Record keys are always the school's URN, so all
 * events about one school stay in order on one partition.
 */
public final class Topics {
    /** Fixed inbound contract: Ofsted notices published by other council systems (DOMAIN.md). */
    public static final String INSPECTION_NOTIFICATIONS = "ofsted.inspection-notifications";
    /** Notices that could not be accepted, with the reason in the {@link #REASON_HEADER} header. */
    public static final String INSPECTION_NOTIFICATIONS_DLQ = "ofsted.inspection-notifications.dlq";

    /** Facts from notification-service: inspections, contacts assigned, acknowledgements. */
    public static final String INSPECTIONS = "ei.notification.inspections";
    /** Facts from support-tracking-service: keep-in-touch points, concerns, escalations, pauses. */
    public static final String SUPPORT_CASES = "ei.support.cases";
    /** Facts from feedback-service: final feedback recorded, outcomes, follow-up decided. */
    public static final String FEEDBACK = "ei.feedback.records";
    /** Facts from wellbeing-service. Carries identifiers only: the health-related detail stays in the service. */
    public static final String WELLBEING = "ei.wellbeing.referrals";

    /** Internal events a consumer could not accept, with the headers below (one dead-letter topic per topic). */
    public static final String INSPECTIONS_DLQ = INSPECTIONS + ".dlq";
    public static final String SUPPORT_CASES_DLQ = SUPPORT_CASES + ".dlq";
    public static final String FEEDBACK_DLQ = FEEDBACK + ".dlq";
    public static final String WELLBEING_DLQ = WELLBEING + ".dlq";

    /** Header on a dead letter naming why it was refused. */
    public static final String REASON_HEADER = "dead-letter-reason";
    /** Header on a dead letter naming the offending field, where there is one. */
    public static final String FIELD_HEADER = "dead-letter-field";
    /** Header on a dead letter: the class of the exception that refused it. */
    public static final String EXCEPTION_HEADER = "dead-letter-exception";
    /** Header on a dead letter: the consumer (group) that refused it, so a replay goes to that consumer only. */
    public static final String CONSUMER_HEADER = "dead-letter-consumer";
    /** Headers on a dead letter: where the record was read from. */
    public static final String ORIGIN_TOPIC_HEADER = "dead-letter-topic";
    public static final String ORIGIN_PARTITION_HEADER = "dead-letter-partition";
    public static final String ORIGIN_OFFSET_HEADER = "dead-letter-offset";

    /** The dead-letter topic of a topic. */
    public static String deadLetterTopicOf(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
