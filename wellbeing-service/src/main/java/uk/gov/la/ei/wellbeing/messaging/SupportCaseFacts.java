package uk.gov.la.ei.wellbeing.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.la.ei.contracts.events.ConcernLogged;
import uk.gov.la.ei.contracts.events.PauseRequested;
import uk.gov.la.ei.platform.messaging.InboundEvents;
import uk.gov.la.ei.wellbeing.application.Actor;
import uk.gov.la.ei.wellbeing.application.OpenOrJoinReferral;
import uk.gov.la.ei.wellbeing.domain.TriggerRules;

/**
 * support-tracking-service's facts ({@code ei.support.cases}): a concern about the leader's wellbeing or
 * the inspectors' conduct, and a request to pause the inspection, refer the leader. Only identifiers are
 * taken: the concern's summary and the pause's reason stay with support-tracking.
 */
@ApplicationScoped
public class SupportCaseFacts {

    static final String CONSUMER = "wellbeing-service.support-cases";
    private static final Actor SOURCE = Actor.system("support-tracking-service");

    @Inject
    InboundEvents inbound;
    @Inject
    OpenOrJoinReferral referrals;

    @Incoming("support-cases")
    @Blocking
    public void onSupportCaseFact(ConsumerRecords<String, String> records) {
        inbound.consume(CONSUMER, records, (event, meta) -> {
            if (event instanceof ConcernLogged c) {
                TriggerRules.forConcern(c.category()).ifPresent(kind -> referrals.on(new OpenOrJoinReferral.Trigger(
                        c.inspectionId(), c.urn(), kind, c.concernId(), c.loggedAt(), null), SOURCE));
                return true;
            }
            if (event instanceof PauseRequested p) {
                referrals.on(new OpenOrJoinReferral.Trigger(p.inspectionId(), p.urn(), TriggerRules.forPauseRequest(),
                        p.pauseRequestId(), p.requestedAt(), null), SOURCE);
                return true;
            }
            return false;
        });
    }
}
