package uk.gov.la.ei.wellbeing.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.messaging.InboundEvents;

/**
 * notification-service's facts ({@code ei.notification.inspections}): who the SIM, AI and CEM of each
 * inspection are (who may read a referral, whom to alert) and who leads the school (whom to signpost).
 * Nothing here opens a referral – an inspection withdrawn opens nothing either.
 */
@ApplicationScoped
public class InspectionFacts {

    static final String CONSUMER = "wellbeing-service.inspections";

    @Inject
    InboundEvents inbound;
    @Inject
    KnownInspections knownInspections;

    @Incoming("inspections")
    @Blocking
    public void onInspectionFact(ConsumerRecords<String, String> records) {
        inbound.consume(CONSUMER, records, (event, meta) -> knownInspections.apply(event));
    }
}
