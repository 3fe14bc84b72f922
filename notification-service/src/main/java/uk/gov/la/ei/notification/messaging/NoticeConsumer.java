package uk.gov.la.ei.notification.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import uk.gov.la.ei.contracts.Topics;
import uk.gov.la.ei.contracts.notice.NoticeValidator;
import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.notification.application.AcceptNotice;
import uk.gov.la.ei.notification.application.NoticeRefused;
import uk.gov.la.ei.notification.application.ReceiveNotice;
import uk.gov.la.ei.platform.events.CloudEventCodec;
import uk.gov.la.ei.platform.events.DeadLetters;
import uk.gov.la.ei.platform.events.MalformedEventException;

import java.util.stream.Collectors;

/**
 * Ofsted notices from {@code ofsted.inspection-notifications} (CloudEvents, structured or binary
 * mode). Anything that cannot be acted on goes to the dead-letter topic with the reason, and the
 * consumer carries on; nothing stored changes.
 */
@ApplicationScoped
public class NoticeConsumer {

    private static final Logger LOG = Logger.getLogger(NoticeConsumer.class);

    @Inject
    CloudEventCodec codec;
    @Inject
    AcceptNotice accept;
    @Inject
    DeadLetters deadLetters;

    @Incoming("notices")
    @Blocking
    public void onNotice(ConsumerRecord<String, String> record) {
        NoticeValidator.Result result;
        try {
            result = accept.validate(codec.envelope(record.headers(), record.value()));
        } catch (MalformedEventException e) {
            deadLetter(record, e.field(), e.getMessage());
            return;
        }
        if (result instanceof NoticeValidator.Rejected rejected) {
            deadLetter(record, rejected.first().field(),
                    rejected.violations().stream().map(Violation::toString).collect(Collectors.joining("; ")));
            return;
        }
        NoticeValidator.Accepted accepted = (NoticeValidator.Accepted) result;
        String urn = accepted.notice().data().urn();
        if (record.key() != null && !record.key().equals(urn)) {
            deadLetter(record, "key", "record key " + record.key() + " is not the notice's URN " + urn);
            return;
        }
        try {
            ReceiveNotice.Outcome outcome = accept.act(accepted);
            LOG.infof("notice %s for URN %s: %s inspection %s", accepted.notice().id(), urn, outcome.result(),
                    outcome.inspectionId());
        } catch (NoticeRefused e) {
            deadLetter(record, e.field(), e.field() + ": " + e.getMessage());
        }
    }

    private void deadLetter(ConsumerRecord<String, String> record, String field, String reason) {
        deadLetters.send(Topics.INSPECTION_NOTIFICATIONS_DLQ, record.key(), record.value(), record.headers(), field, reason);
    }
}
