package uk.gov.la.ei.supporttracking.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.la.ei.contracts.events.FeedbackRecorded;
import uk.gov.la.ei.contracts.events.UnexpectedOutcomeFlagged;
import uk.gov.la.ei.platform.messaging.InboundEvents;
import uk.gov.la.ei.supporttracking.application.FeedbackFacts;

/** feedback-service's facts ({@code ei.feedback.records}): the follow-up and unexpected-outcome concerns. */
@ApplicationScoped
public class FeedbackFactsConsumer {

    static final String CONSUMER = "support-tracking-service.feedback";

    @Inject
    InboundEvents inbound;
    @Inject
    FeedbackFacts facts;

    @Incoming("feedback")
    @Blocking
    public void onFeedbackFact(ConsumerRecords<String, String> records) {
        inbound.consume(CONSUMER, records, (event, meta) -> {
            if (event instanceof FeedbackRecorded f) {
                facts.feedbackRecorded(f, meta.id());
            } else if (event instanceof UnexpectedOutcomeFlagged u) {
                facts.unexpectedOutcomeFlagged(u, meta.id());
            } else {
                return false;
            }
            return true;
        });
    }
}
