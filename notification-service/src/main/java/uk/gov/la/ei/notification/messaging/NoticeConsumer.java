package uk.gov.la.ei.notification.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import uk.gov.la.ei.contracts.notice.NoticeValidator;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.notification.application.AcceptNotice;
import uk.gov.la.ei.notification.application.NoticeRefused;
import uk.gov.la.ei.notification.application.ReceiveNotice;
import uk.gov.la.ei.platform.events.CloudEventCodec;
import uk.gov.la.ei.platform.messaging.InboundRecords;

import java.util.stream.Collectors;

/**
 * Ofsted notices from {@code ofsted.inspection-notifications} (CloudEvents, structured or binary
 * mode), through the platform's inbound path: a notice that cannot be acted on goes to the dead-letter
 * topic with the reason and the consumer carries on; a database or broker outage is waited out.
 */
@ApplicationScoped
public class NoticeConsumer {

    static final String CONSUMER = "notification-service.notices";
    private static final Logger LOG = Logger.getLogger(NoticeConsumer.class);

    @Inject
    CloudEventCodec codec;
    @Inject
    AcceptNotice accept;
    @Inject
    InboundRecords inbound;

    /** A poll's notices in one transaction (see {@link InboundRecords#processBatch}); a bad one is still dead-lettered alone. */
    @Incoming("notices")
    @Blocking
    public void onNotices(ConsumerRecords<String, String> records) {
        inbound.processBatch(CONSUMER, records, this::act);
    }

    private void act(ConsumerRecord<String, String> record) {
        NoticeValidator.Result result = accept.validate(codec.envelope(record.headers(), record.value()));
        if (result instanceof NoticeValidator.Rejected rejected) {
            throw new NoticeRefused(rejected.first().field(),
                    rejected.violations().stream().map(Violation::toString).collect(Collectors.joining("; ")));
        }
        NoticeValidator.Accepted accepted = (NoticeValidator.Accepted) result;
        String urn = accepted.notice().data().urn();
        if (record.key() != null && !record.key().equals(urn)) {
            throw new NoticeRefused("key", "record key " + record.key() + " is not the notice's URN " + urn);
        }
        ReceiveNotice.Outcome outcome = accept.act(accepted);
        LOG.infof("notice %s for URN %s: %s inspection %s", accepted.notice().id(), urn, outcome.result(),
                outcome.inspectionId());
    }
}
