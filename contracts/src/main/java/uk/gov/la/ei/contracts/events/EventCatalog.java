package uk.gov.la.ei.contracts.events;

import uk.gov.la.ei.contracts.Topics;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every internal event: its CloudEvents type, its topic and its payload record. One place, so that a
 * producer and a consumer cannot disagree, and the AsyncAPI document can be checked against it.
 */
public enum EventCatalog {
    // notification-service
    CONTACTS_ASSIGNED("uk.gov.la.ei.contacts-assigned.v1", Topics.INSPECTIONS, ContactsAssigned.class),
    INSPECTION_RESCHEDULED("uk.gov.la.ei.inspection-rescheduled.v1", Topics.INSPECTIONS, InspectionRescheduled.class),
    INSPECTION_WITHDRAWN("uk.gov.la.ei.inspection-withdrawn.v1", Topics.INSPECTIONS, InspectionWithdrawn.class),
    ACKNOWLEDGEMENT_RECORDED("uk.gov.la.ei.acknowledgement-recorded.v1", Topics.INSPECTIONS, AcknowledgementRecorded.class),
    ACKNOWLEDGEMENT_OVERDUE("uk.gov.la.ei.acknowledgement-overdue.v1", Topics.INSPECTIONS, AcknowledgementOverdue.class),
    COORDINATED_INSPECTION_IDENTIFIED("uk.gov.la.ei.coordinated-inspection-identified.v1", Topics.INSPECTIONS,
            CoordinatedInspectionIdentified.class),
    // support-tracking-service
    SUPPORT_CASE_OPENED("uk.gov.la.ei.support-case-opened.v1", Topics.SUPPORT_CASES, SupportCaseOpened.class),
    KEEP_IN_TOUCH_POINT_MISSED("uk.gov.la.ei.keep-in-touch-point-missed.v1", Topics.SUPPORT_CASES, KeepInTouchPointMissed.class),
    CONCERN_LOGGED("uk.gov.la.ei.concern-logged.v1", Topics.SUPPORT_CASES, ConcernLogged.class),
    CONCERN_ESCALATED("uk.gov.la.ei.concern-escalated.v1", Topics.SUPPORT_CASES, ConcernEscalated.class),
    CONCERN_CLOSED("uk.gov.la.ei.concern-closed.v1", Topics.SUPPORT_CASES, ConcernClosed.class),
    CONCERN_OVERDUE("uk.gov.la.ei.concern-overdue.v1", Topics.SUPPORT_CASES, ConcernOverdue.class),
    PAUSE_REQUESTED("uk.gov.la.ei.pause-requested.v1", Topics.SUPPORT_CASES, PauseRequested.class),
    PAUSE_DECIDED("uk.gov.la.ei.pause-decided.v1", Topics.SUPPORT_CASES, PauseDecided.class),
    DEFERRAL_RECORDED("uk.gov.la.ei.deferral-recorded.v1", Topics.SUPPORT_CASES, DeferralRecorded.class),
    FOLLOW_UP_DECIDED("uk.gov.la.ei.follow-up-decided.v1", Topics.SUPPORT_CASES, FollowUpDecided.class),
    STATUTORY_STEP_OVERDUE("uk.gov.la.ei.statutory-step-overdue.v1", Topics.SUPPORT_CASES, StatutoryStepOverdue.class),
    INTERNAL_REVIEW_OPENED("uk.gov.la.ei.internal-review-opened.v1", Topics.SUPPORT_CASES, InternalReviewOpened.class),
    // feedback-service
    FEEDBACK_RECORDED("uk.gov.la.ei.feedback-recorded.v1", Topics.FEEDBACK, FeedbackRecorded.class),
    UNEXPECTED_OUTCOME_FLAGGED("uk.gov.la.ei.unexpected-outcome-flagged.v1", Topics.FEEDBACK, UnexpectedOutcomeFlagged.class),
    // wellbeing-service (identifiers only)
    WELLBEING_REFERRAL_OPENED("uk.gov.la.ei.wellbeing-referral-opened.v1", Topics.WELLBEING, WellbeingReferralOpened.class),
    WELLBEING_SIGNPOSTED("uk.gov.la.ei.wellbeing-signposted.v1", Topics.WELLBEING, WellbeingSignposted.class),
    SIGNPOSTING_OVERDUE("uk.gov.la.ei.signposting-overdue.v1", Topics.WELLBEING, SignpostingOverdue.class),
    CHECK_IN_MISSED("uk.gov.la.ei.check-in-missed.v1", Topics.WELLBEING, CheckInMissed.class),
    WELLBEING_REFERRAL_CLOSED("uk.gov.la.ei.wellbeing-referral-closed.v1", Topics.WELLBEING, WellbeingReferralClosed.class);

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
