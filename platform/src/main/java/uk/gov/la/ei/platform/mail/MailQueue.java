package uk.gov.la.ei.platform.mail;

import io.micrometer.core.instrument.MeterRegistry;
import uk.gov.la.ei.platform.metrics.StoredCounts;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.la.ei.platform.failure.FailureClassifier;
import uk.gov.la.ei.platform.failure.FailureKind;
import uk.gov.la.ei.platform.relay.RelayLock;
import uk.gov.la.ei.platform.relay.RelayRunner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * E-mail through the same discipline as events: {@link #queue} stores the message in the caller's
 * transaction; after commit it is sent over SMTP and marked sent. A person is told exactly when the
 * decision to tell them is committed.
 * <ul>
 *   <li>Each mail has its own attempts: a refused one waits out a growing backoff while later mails go
 *       on; after the last attempt (or at once on a permanent 5xx reply) it is FAILED with the SMTP
 *       reply – counted, listed for operations ({@code /api/v1/ops/mail}) and re-sendable.</li>
 *   <li>A round sends its batch concurrently (the reactive mailer), then marks every result in one
 *       short transaction; no transaction is open while SMTP talks.</li>
 *   <li>With several replicas a round holds the relay lock, so a mail is sent by one of them, once.</li>
 * </ul>
 */
@ApplicationScoped
public class MailQueue {

    private static final Logger LOG = Logger.getLogger(MailQueue.class);
    /** An SMTP reply 5xx: the server refuses for good (e.g. 550 no such mailbox). */
    private static final Pattern PERMANENT_REPLY = Pattern.compile("(^|\\D)5\\d\\d[ -]");

    @Inject
    ReactiveMailer mailer;
    @Inject
    RelayLock lock;
    @Inject
    Clock clock;
    @Inject
    MeterRegistry metrics;
    @Inject
    Event<MailQueued> queued;
    @ConfigProperty(name = "platform.mail.relay.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "platform.mail.batch-size", defaultValue = "50")
    int batchSize;
    @ConfigProperty(name = "platform.mail.max-attempts", defaultValue = "8")
    int maxAttempts;
    @ConfigProperty(name = "platform.mail.retry.initial-backoff", defaultValue = "PT30S")
    Duration initialBackoff;
    @ConfigProperty(name = "platform.mail.retry.max-backoff", defaultValue = "PT30M")
    Duration maxBackoff;
    @ConfigProperty(name = "platform.mail.send-timeout", defaultValue = "PT60S")
    Duration sendTimeout;
    @ConfigProperty(name = "quarkus.application.name", defaultValue = "inspection-support")
    String service = "inspection-support";

    private final RelayRunner runner = new RelayRunner("mail-relay", this::sendRounds, LOG);

    public record MailQueued(long id) {
    }

    void registerGauges(@Observes StartupEvent event) {
        StoredCounts.register(metrics, "mail.pending", "Mails waiting to be sent (or to be tried again)",
                () -> OutgoingMail.countWith(OutgoingMail.Status.PENDING));
        StoredCounts.register(metrics, "mail.failed", "Mails given up on: see /api/v1/ops/mail and resend",
                () -> OutgoingMail.countWith(OutgoingMail.Status.FAILED));
    }

    /** Queues a plain-text mail in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutgoingMail queue(String recipient, String subject, String body, String reference) {
        return queue(MailMessage.text(recipient, subject, body, reference));
    }

    /** Queues a mail (text, optional HTML and attachments) in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutgoingMail queue(MailMessage message) {
        OutgoingMail mail = new OutgoingMail();
        mail.recipient = message.recipient();
        mail.subject = message.subject();
        mail.body = message.textBody();
        mail.htmlBody = message.htmlBody();
        mail.reference = message.reference();
        mail.createdAt = clock.instant();
        mail.persist();
        for (MailMessage.Attachment a : message.attachments()) {
            MailAttachment attachment = new MailAttachment();
            attachment.mailId = mail.id;
            attachment.fileName = a.fileName();
            attachment.contentType = a.contentType();
            attachment.content = a.content();
            attachment.persist();
        }
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

    /** Sends what is due now; returns how many mails the SMTP server accepted. */
    public int sendPending() {
        return runner.runNow();
    }

    /** Operations: a FAILED mail (or all of them) back to PENDING, with fresh attempts, after the cause is fixed. */
    @Transactional
    public int resend(Long id) {
        List<OutgoingMail> mails = id == null
                ? OutgoingMail.list("status", OutgoingMail.Status.FAILED)
                : OutgoingMail.<OutgoingMail>findByIdOptional(id).filter(m -> m.status == OutgoingMail.Status.FAILED)
                .map(List::of).orElse(List.of());
        for (OutgoingMail m : mails) {
            m.status = OutgoingMail.Status.PENDING;
            m.attempts = 0;
            m.nextAttemptAt = null;
            queued.fire(new MailQueued(m.id));
        }
        return mails.size();
    }

    private int sendRounds() {
        return lock.whileHolding("mail-relay", () -> {
            int total = 0;
            int due;
            do {
                List<Prepared> batch = QuarkusTransaction.requiringNew().call(() -> {
                    List<OutgoingMail> mails = OutgoingMail.due(clock.instant(), batchSize);
                    Map<Long, List<MailAttachment>> attachments = MailAttachment.ofMails(mails.stream().map(m -> m.id).toList());
                    return mails.stream().map(m -> claim(m, attachments.getOrDefault(m.id, List.of()))).toList();
                });
                due = batch.size();
                total += sendBatch(batch);
            } while (due == batchSize);
            return total;
        }).orElse(0);
    }

    private record Prepared(Long id, String recipient, Mail mail) {
    }

    /**
     * Takes a due mail for this round: it is not due again until after the send and the recording of its
     * result could have finished. So a result that cannot be recorded at once (the database restarting) does
     * not make another round – of this replica or another – send it again while it is being recorded.
     */
    private Prepared claim(OutgoingMail m, List<MailAttachment> attachments) {
        m.nextAttemptAt = clock.instant().plus(sendTimeout).plus(RECORDING_PATIENCE).plusSeconds(60);
        Mail mail = m.htmlBody == null ? Mail.withText(m.recipient, m.subject, m.body)
                : Mail.withHtml(m.recipient, m.subject, m.htmlBody).setText(m.body);
        for (MailAttachment a : attachments) {
            mail.addAttachment(a.fileName, a.content, a.contentType);
        }
        // the same mail sent again (after a crash between the SMTP reply and its recording) has the same id,
        // which mail clients use to show it once
        mail.addHeader("Message-ID", messageId(m.id));
        return new Prepared(m.id, m.recipient, mail);
    }

    /** Sends all, concurrently; waits for every answer; then records them in one transaction. */
    private int sendBatch(List<Prepared> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        List<Uni<Throwable>> sends = new ArrayList<>();
        for (Prepared p : batch) {
            // deferred: the mailer refuses some mails (an invalid address) by throwing, not by failing the Uni
            // a failure that may pass is tried again after a moment: an SMTP server closes pooled connections it
            // thinks idle (421, or a reset) just as a round takes them – several at once after a busy round –
            // and each failed try drops its dead connection, so a few quick tries reach a fresh one
            sends.add(Uni.createFrom().deferred(() -> mailer.send(p.mail()))
                    .onFailure(failure -> !permanent(failure)).retry()
                    .withBackOff(QUICK_RETRY_BACKOFF, QUICK_RETRY_BACKOFF.multipliedBy(4)).atMost(QUICK_RETRIES)
                    .ifNoItem().after(sendTimeout).fail()
                    .onItemOrFailure().transform((ok, failure) -> failure));
        }
        List<Throwable> errors = Uni.join().all(sends).andFailFast().await().atMost(sendTimeout.plusSeconds(5));
        Map<Long, Throwable> results = new HashMap<>();
        for (int n = 0; n < batch.size(); n++) {
            results.put(batch.get(n).id(), errors.get(n));
        }
        int[] sent = {0};
        recordPatiently(() -> {
            Instant now = clock.instant();
            sent[0] = 0;
            Map<Long, OutgoingMail> mails = OutgoingMail.<OutgoingMail>list("id in ?1", results.keySet()).stream()
                    .collect(java.util.stream.Collectors.toMap(m -> m.id, m -> m));
            results.forEach((id, error) -> {
                OutgoingMail mail = mails.get(id);
                if (error == null) {
                    mail.delivered(now);
                    mail.status = OutgoingMail.Status.SENT;
                    mail.nextAttemptAt = null;
                    sent[0]++;
                } else {
                    refused(mail, error, now);
                }
            });
        });
        metrics.counter("mail.sent").increment(sent[0]);
        return sent[0];
    }

    /** Quick tries of a send that failed in a way that may pass, before it waits out the mail's backoff. */
    static final int QUICK_RETRIES = 3;
    static final Duration QUICK_RETRY_BACKOFF = Duration.ofMillis(200);

    /** How long the results of a round are kept trying to be recorded while the database is away. */
    static final Duration RECORDING_PATIENCE = Duration.ofMinutes(5);

    /**
     * The SMTP server has answered: its answers are recorded, retried while the database is away (up to
     * {@link #RECORDING_PATIENCE}), since a mail whose "sent" is lost would be sent again.
     */
    private void recordPatiently(Runnable record) {
        Instant giveUp = Instant.now().plus(RECORDING_PATIENCE);
        long wait = 200;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(record);
                return;
            } catch (RuntimeException e) {
                if (FailureClassifier.classify(e) != FailureKind.TRANSIENT || Instant.now().isAfter(giveUp)) {
                    throw e;
                }
                LOG.warnf("the results of a mail round cannot be recorded yet (%s); trying again in %d ms",
                        FailureClassifier.describe(e), wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                wait = Math.min(wait * 2, 5_000);
            }
        }
    }

    String messageId(long id) {
        return "<mail-" + id + "." + (service == null ? "inspection-support" : service) + "@inspection-support.invalid>";
    }

    /** A 5xx reply, or a mail the mailer cannot send at all (an invalid address): it will not pass with time. */
    static boolean permanent(Throwable failure) {
        return PERMANENT_REPLY.matcher(FailureClassifier.describe(failure)).find()
                || FailureClassifier.classify(failure) == FailureKind.PERMANENT;
    }

    private void refused(OutgoingMail mail, Throwable failure, Instant now) {
        String error = FailureClassifier.describe(failure);
        mail.failed(error);
        metrics.counter("mail.send.failures").increment();
        boolean permanent = permanent(failure);
        if (permanent || mail.attempts >= maxAttempts) {
            mail.status = OutgoingMail.Status.FAILED;
            mail.nextAttemptAt = null;
            metrics.counter("mail.failed.permanently").increment();
            LOG.errorf("mail %d to %s FAILED after %d attempt(s)%s: %s – see /api/v1/ops/mail, re-send after fixing",
                    mail.id, mail.recipient, mail.attempts, permanent ? " (refused for good)" : "", error);
            return;
        }
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(mail.attempts - 1, 20));
        mail.nextAttemptAt = now.plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait);
        LOG.warnf("mail %d to %s not accepted (attempt %d of %d), next at %s: %s", mail.id, mail.recipient,
                mail.attempts, maxAttempts, mail.nextAttemptAt, error);
    }
}
