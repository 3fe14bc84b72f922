package uk.gov.la.ei.supporttracking.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.la.ei.contracts.events.AcknowledgementOverdue;
import uk.gov.la.ei.contracts.events.AcknowledgementRecorded;
import uk.gov.la.ei.contracts.events.ContactsAssigned;
import uk.gov.la.ei.contracts.events.CoordinatedInspectionIdentified;
import uk.gov.la.ei.contracts.events.InspectionRescheduled;
import uk.gov.la.ei.contracts.events.InspectionWithdrawn;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.platform.messaging.InboundEvents;
import uk.gov.la.ei.supporttracking.application.InspectionFacts;

/**
 * notification-service's facts ({@code ei.notification.inspections}) through the platform's inbound path
 * (one transaction per event with the processed-event log; dead letter or retry in place).
 */
@ApplicationScoped
public class InspectionFactsConsumer {

    static final String CONSUMER = "support-tracking-service.inspections";

    @Inject
    InboundEvents inbound;
    @Inject
    KnownInspections known;
    @Inject
    InspectionFacts facts;

    @Incoming("inspections")
    @Blocking
    public void onInspectionFact(ConsumerRecords<String, String> records) {
        inbound.consume(CONSUMER, records, (event, meta) -> {
            known.apply(event);
            var time = EventTimes.of(meta);
            if (event instanceof ContactsAssigned c) {
                facts.contactsAssigned(c, time, meta.id());
            } else if (event instanceof InspectionRescheduled r) {
                facts.rescheduled(r, time, meta.id());
            } else if (event instanceof InspectionWithdrawn w) {
                facts.withdrawn(w, meta.id());
            } else if (event instanceof AcknowledgementRecorded a) {
                facts.acknowledged(a, meta.id());
            } else if (event instanceof AcknowledgementOverdue o) {
                facts.acknowledgementOverdue(o, meta.id());
            } else if (event instanceof CoordinatedInspectionIdentified ci) {
                facts.coordinated(ci, time, meta.id());
            } else {
                return false;
            }
            return true;
        });
    }
}
