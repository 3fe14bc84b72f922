package uk.gov.la.ei.platform.mail;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.la.ei.platform.relay.RelayRunner;

import java.time.Clock;
import java.util.List;

/**
 * E-mail through the same discipline as events: {@link #queue} stores the message in the caller's
 * transaction; after commit it is sent over SMTP (the Quarkus mailer) and marked sent, and a failed
 * send is retried on every round until the server accepts it. A person is told exactly when the
 * decision to tell them is committed.
 */
@ApplicationScoped
public class MailQueue {

    private static final Logger LOG = Logger.getLogger(MailQueue.class);

    @Inject
    Mailer mailer;
    @Inject
    Clock clock;
    @Inject
    MeterRegistry metrics;
    @Inject
    Event<MailQueued> queued;
    @ConfigProperty(name = "platform.mail.relay.enabled", defaultValue = "true")
    boolean enabled;

    private final RelayRunner runner = new RelayRunner("mail-relay", this::sendAll, LOG);

    public record MailQueued(long id) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OutgoingMail queue(String recipient, String subject, String body, String reference) {
        OutgoingMail mail = new OutgoingMail();
        mail.recipient = recipient;
        mail.subject = subject;
        mail.body = body;
        mail.reference = reference;
        mail.createdAt = clock.instant();
        mail.persist();
        queued.fire(new MailQueued(mail.id));
        return mail;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued mail) {
        if (enabled) {
            runner.nudge();
        }
    }

    @Scheduled(every = "${platform.mail.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        if (enabled) {
            runner.runQuietly();
        }
    }

    /** Sends what is waiting; returns how many the SMTP server accepted. */
    public int sendPending() {
        return runner.runNow();
    }

    private int sendAll() {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() ->
                OutgoingMail.pending(50).stream().map(m -> m.id).toList());
        int sent = 0;
        for (Long id : ids) {
            if (!sendOne(id)) {
                break;
            }
            sent++;
        }
        return sent;
    }

    private boolean sendOne(Long id) {
        OutgoingMail mail = QuarkusTransaction.requiringNew().call(() -> OutgoingMail.findById(id));
        try {
            mailer.send(Mail.withText(mail.recipient, mail.subject, mail.body));
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> {
                OutgoingMail.<OutgoingMail>findById(id).failed(e.toString());
            });
            metrics.counter("mail.send.failures").increment();
            LOG.warnf("mail %d to %s not accepted: %s", id, mail.recipient, e.toString());
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            OutgoingMail.<OutgoingMail>findById(id).delivered(clock.instant());
        });
        metrics.counter("mail.sent").increment();
        return true;
    }
}
