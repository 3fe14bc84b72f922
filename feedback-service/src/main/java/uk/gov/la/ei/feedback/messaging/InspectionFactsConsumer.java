package uk.gov.la.ei.feedback.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.la.ei.contracts.events.AcknowledgementRecorded;
import uk.gov.la.ei.contracts.events.ContactsAssigned;
import uk.gov.la.ei.contracts.events.InspectionRescheduled;
import uk.gov.la.ei.contracts.events.InspectionWithdrawn;
import uk.gov.la.ei.feedback.application.CollationFacts;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.messaging.InboundEvents;

/**
 * notification-service's facts: who the SIM and AI of each inspection are (who completes its feedback),
 * its type and framework (which template), the LA's categorisation of the school (an unexpected outcome
 * is worse than it), and – for the collation – when it was notified and acknowledged.
 */
@ApplicationScoped
public class InspectionFactsConsumer {

    static final String CONSUMER = "feedback-service.inspections";

    @Inject
    InboundEvents inbound;
    @Inject
    KnownInspections knownInspections;
    @Inject
    CollationFacts collation;

    @Incoming("inspections")
    @Blocking
    public void onInspectionFact(ConsumerRecord<String, String> record) {
        inbound.consume(CONSUMER, record, (event, meta) -> {
            boolean known = knownInspections.apply(event);
            if (event instanceof ContactsAssigned c) {
                collation.on(c);
                return true;
            }
            if (event instanceof AcknowledgementRecorded a) {
                collation.on(a);
                return true;
            }
            if (event instanceof InspectionRescheduled r) {
                collation.on(r);
                return true;
            }
            if (event instanceof InspectionWithdrawn w) {
                collation.on(w);
                return true;
            }
            return known;
        });
    }
}
