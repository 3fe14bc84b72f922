package uk.gov.la.ei.feedback.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.la.ei.contracts.events.ConcernClosed;
import uk.gov.la.ei.contracts.events.ConcernEscalated;
import uk.gov.la.ei.contracts.events.ConcernLogged;
import uk.gov.la.ei.contracts.events.KeepInTouchPointMissed;
import uk.gov.la.ei.feedback.application.CollationFacts;
import uk.gov.la.ei.platform.messaging.InboundEvents;

/** support-tracking-service's facts the collation counts: concerns, escalations to the SHMI and their outcomes, missed keep-in-touch points. */
@ApplicationScoped
public class SupportCaseFactsConsumer {

    static final String CONSUMER = "feedback-service.support-cases";

    @Inject
    InboundEvents inbound;
    @Inject
    CollationFacts collation;

    @Incoming("support-cases")
    @Blocking
    public void onSupportCaseFact(ConsumerRecords<String, String> records) {
        inbound.consume(CONSUMER, records, (event, meta) -> {
            if (event instanceof ConcernLogged c) {
                collation.on(c);
                return true;
            }
            if (event instanceof ConcernEscalated e) {
                collation.on(e);
                return true;
            }
            if (event instanceof ConcernClosed c) {
                collation.on(c);
                return true;
            }
            if (event instanceof KeepInTouchPointMissed m) {
                collation.on(m);
                return true;
            }
            return false;
        });
    }
}
