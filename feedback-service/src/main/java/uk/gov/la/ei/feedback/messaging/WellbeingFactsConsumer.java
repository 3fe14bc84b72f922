package uk.gov.la.ei.feedback.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.la.ei.contracts.events.WellbeingReferralOpened;
import uk.gov.la.ei.contracts.events.WellbeingSignposted;
import uk.gov.la.ei.feedback.application.CollationFacts;
import uk.gov.la.ei.platform.messaging.InboundEvents;

/** wellbeing-service's facts (identifiers only): referrals opened and leaders signposted, for the signposting coverage. */
@ApplicationScoped
public class WellbeingFactsConsumer {

    static final String CONSUMER = "feedback-service.wellbeing";

    @Inject
    InboundEvents inbound;
    @Inject
    CollationFacts collation;

    @Incoming("wellbeing")
    @Blocking
    public void onWellbeingFact(ConsumerRecords<String, String> records) {
        inbound.consume(CONSUMER, records, (event, meta) -> {
            if (event instanceof WellbeingReferralOpened o) {
                collation.on(o);
                return true;
            }
            if (event instanceof WellbeingSignposted s) {
                collation.on(s);
                return true;
            }
            return false;
        });
    }
}
