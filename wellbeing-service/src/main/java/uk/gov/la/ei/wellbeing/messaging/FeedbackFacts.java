package uk.gov.la.ei.wellbeing.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.la.ei.contracts.events.FeedbackRecorded;
import uk.gov.la.ei.contracts.events.UnexpectedOutcomeFlagged;
import uk.gov.la.ei.contracts.events.WellbeingTrigger;
import uk.gov.la.ei.platform.messaging.InboundEvents;
import uk.gov.la.ei.wellbeing.application.Actor;
import uk.gov.la.ei.wellbeing.application.OpenOrJoinReferral;
import uk.gov.la.ei.wellbeing.domain.TriggerRules;

/**
 * feedback-service's facts ({@code ei.feedback.records}): the final-feedback record's signposting flag,
 * an adverse outcome, conduct concerns raised at the feedback and an unexpected outcome each refer the leader (the source is the feedback record, so a
 * corrected version with the same flags adds nothing). UnexpectedOutcomeFlagged says the same as the
 * record's flag and joins as the same trigger, whichever arrives first.
 */
@ApplicationScoped
public class FeedbackFacts {

    static final String CONSUMER = "wellbeing-service.feedback";
    private static final Actor SOURCE = Actor.system("feedback-service");

    @Inject
    InboundEvents inbound;
    @Inject
    OpenOrJoinReferral referrals;

    @Incoming("feedback")
    @Blocking
    public void onFeedbackFact(ConsumerRecords<String, String> records) {
        inbound.consume(CONSUMER, records, (event, meta) -> {
            if (event instanceof FeedbackRecorded f) {
                for (WellbeingTrigger kind : TriggerRules.forFeedback(f.signpostingNeeded(), f.adverse(), f.conductConcerns(),
                        f.unexpectedOutcome())) {
                    referrals.on(new OpenOrJoinReferral.Trigger(f.inspectionId(), f.urn(), kind,
                            f.feedbackId(), f.recordedAt(), null), SOURCE);
                }
                return true;
            }
            if (event instanceof UnexpectedOutcomeFlagged u) {
                referrals.on(new OpenOrJoinReferral.Trigger(u.inspectionId(), u.urn(), WellbeingTrigger.UNEXPECTED_OUTCOME,
                        u.feedbackId(), u.flaggedAt(), null), SOURCE);
                return true;
            }
            return false;
        });
    }
}
