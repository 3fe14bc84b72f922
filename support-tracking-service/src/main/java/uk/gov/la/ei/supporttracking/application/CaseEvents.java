package uk.gov.la.ei.supporttracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.IntegrationEvent;
import uk.gov.la.ei.platform.outbox.Outbox;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

import java.time.Instant;

/** Tells the other services a fact about the case (outbox) and puts it on the timeline, in the same transaction. */
@ApplicationScoped
public class CaseEvents {

    @Inject
    Outbox outbox;
    @Inject
    Timeline timeline;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(SupportCase c, IntegrationEvent event, Instant at, String actor, String summary, Object ref) {
        outbox.publish(event);
        timeline.own(c, at, event.getClass().getSimpleName(), actor, summary, ref);
    }
}
