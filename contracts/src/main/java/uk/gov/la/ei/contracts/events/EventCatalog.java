package uk.gov.la.ei.contracts.events;

import uk.gov.la.ei.contracts.Topics;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every internal event: its CloudEvents type, its topic and its payload record. One place, so that a
 * producer and a consumer cannot disagree, and the AsyncAPI document can be checked against it.
 */
public enum EventCatalog {
    CONTACTS_ASSIGNED("uk.gov.la.ei.contacts-assigned.v1", Topics.INSPECTIONS, ContactsAssigned.class),
    INSPECTION_RESCHEDULED("uk.gov.la.ei.inspection-rescheduled.v1", Topics.INSPECTIONS, InspectionRescheduled.class),
    INSPECTION_WITHDRAWN("uk.gov.la.ei.inspection-withdrawn.v1", Topics.INSPECTIONS, InspectionWithdrawn.class),
    ACKNOWLEDGEMENT_RECORDED("uk.gov.la.ei.acknowledgement-recorded.v1", Topics.INSPECTIONS, AcknowledgementRecorded.class),
    ACKNOWLEDGEMENT_OVERDUE("uk.gov.la.ei.acknowledgement-overdue.v1", Topics.INSPECTIONS, AcknowledgementOverdue.class),
    KEEP_IN_TOUCH_POINT_MISSED("uk.gov.la.ei.keep-in-touch-point-missed.v1", Topics.SUPPORT_CASES, KeepInTouchPointMissed.class),
    CONCERN_LOGGED("uk.gov.la.ei.concern-logged.v1", Topics.SUPPORT_CASES, ConcernLogged.class),
    CONCERN_ESCALATED("uk.gov.la.ei.concern-escalated.v1", Topics.SUPPORT_CASES, ConcernEscalated.class),
    CONCERN_CLOSED("uk.gov.la.ei.concern-closed.v1", Topics.SUPPORT_CASES, ConcernClosed.class),
    PAUSE_REQUESTED("uk.gov.la.ei.pause-requested.v1", Topics.SUPPORT_CASES, PauseRequested.class),
    FEEDBACK_RECORDED("uk.gov.la.ei.feedback-recorded.v1", Topics.FEEDBACK, FeedbackRecorded.class),
    FOLLOW_UP_DECIDED("uk.gov.la.ei.follow-up-decided.v1", Topics.FEEDBACK, FollowUpDecided.class),
    LEADER_SIGNPOSTED("uk.gov.la.ei.leader-signposted.v1", Topics.WELLBEING, LeaderSignposted.class),
    CHECK_IN_OVERDUE("uk.gov.la.ei.check-in-overdue.v1", Topics.WELLBEING, CheckInOverdue.class);

    private final String type;
    private final String topic;
    private final Class<? extends IntegrationEvent> payload;

    EventCatalog(String type, String topic, Class<? extends IntegrationEvent> payload) {
        this.type = type;
        this.topic = topic;
        this.payload = payload;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends IntegrationEvent> payload() {
        return payload;
    }

    public static EventCatalog of(IntegrationEvent event) {
        return Arrays.stream(values()).filter(e -> e.payload == event.getClass()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not in the catalogue: " + event.getClass().getName()));
    }

    public static Optional<EventCatalog> ofType(String type) {
        return Arrays.stream(values()).filter(e -> e.type.equals(type)).findFirst();
    }
}
