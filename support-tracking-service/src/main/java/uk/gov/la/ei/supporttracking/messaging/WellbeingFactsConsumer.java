package uk.gov.la.ei.supporttracking.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.la.ei.platform.messaging.InboundEvents;
import uk.gov.la.ei.supporttracking.application.WellbeingFacts;

/** wellbeing-service's facts ({@code ei.wellbeing.referrals}, identifiers only): the timeline. */
@ApplicationScoped
public class WellbeingFactsConsumer {

    static final String CONSUMER = "support-tracking-service.wellbeing";

    @Inject
    InboundEvents inbound;
    @Inject
    WellbeingFacts facts;

    @Incoming("wellbeing")
    @Blocking
    public void onWellbeingFact(ConsumerRecords<String, String> records) {
        inbound.consume(CONSUMER, records, (event, meta) -> facts.record(event, meta.id()));
    }
}
