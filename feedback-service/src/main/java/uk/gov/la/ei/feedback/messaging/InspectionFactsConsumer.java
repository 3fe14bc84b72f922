package uk.gov.la.ei.feedback.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
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

    @Incoming("inspections")
    @Blocking
    public void onInspectionFact(ConsumerRecords<String, String> records) {
        inbound.consume(CONSUMER, records, (event, meta) -> {
            // who-is-who and what the collation counts of an inspection (notified, acknowledged, withdrawn) are
            // the chassis' known_inspection: nothing more to keep here
            return knownInspections.apply(event);
        });
    }
}
