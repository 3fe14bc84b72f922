package uk.gov.la.ei.platform.mail;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.platform.relay.RelayLock;
import uk.gov.la.ei.platform.time.MutableClock;
import uk.gov.la.ei.testinfra.DevJwt;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** The mail queue on a real SMTP server: a refused mail blocks nothing, fails visibly, is re-sent; two senders send once. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class MailQueueTest {

    private static final String OPS = DevJwt.token("ops@hants-ei.example", "ops");

    @Inject
    MailQueue queue;
    @Inject
    ReactiveMailer mailer;
    @Inject
    RelayLock lock;
    @Inject
    Clock clock;
    @Inject
    MeterRegistry metrics;

    @AfterEach
    void realTime() {
        MutableClock.shared().reset();
    }

    private OutgoingMail queued(MailMessage message) {
        return QuarkusTransaction.requiringNew().call(() -> queue.queue(message));
    }

    private static OutgoingMail reload(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> OutgoingMail.findById(id));
    }

    private static long receivedWith(String marker) {
        return SmtpTestServer.received().stream().filter(m -> m.subject().contains(marker)).count();
    }

    @Test
    void aMailThatCannotBeSentFailsAtOnceWhileLaterMailGoesOnAndIsResentAfterTheFix() {
        String marker = UUID.randomUUID().toString();
        OutgoingMail refused = queued(MailMessage.text("not an address", "refused " + marker, "body", "ref"));
        List<Long> good = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            good.add(queued(MailMessage.text("sim" + i + "@hants-ei.example", "good " + marker, "body", "ref")).id);
        }
        queue.sendPending();

        assertThat(receivedWith("good " + marker)).isEqualTo(3);
        OutgoingMail failed = reload(refused.id);
        assertThat(failed.status).isEqualTo(OutgoingMail.Status.FAILED);
        assertThat(failed.attempts).isEqualTo(1);
        assertThat(failed.lastError).contains("invalid");
        given().auth().oauth2(OPS).when().get("/api/v1/ops/mail").then().statusCode(200)
                .body("failedMails.id", hasItem(refused.id.intValue()));

        // operations fix the address and re-send
        QuarkusTransaction.requiringNew().run(() -> OutgoingMail.<OutgoingMail>findById(refused.id).recipient = "fixed@hants-ei.example");
        given().auth().oauth2(OPS).when().post("/api/v1/ops/mail/failed/" + refused.id + "/resend").then().statusCode(200);
        queue.sendPending();
        assertThat(reload(refused.id).status).isEqualTo(OutgoingMail.Status.SENT);
        assertThat(receivedWith("refused " + marker)).isEqualTo(1);
        assertThat(good).allSatisfy(id -> assertThat(reload(id).status).isEqualTo(OutgoingMail.Status.SENT));
    }

    @Test
    void whileTheRelayIsAwayAMailWaitsOutItsBackoffIsFailedAfterTheLastAttemptAndIsResentOnceBack() {
        String marker = UUID.randomUUID().toString();
        SmtpTestServer.goAway();
        OutgoingMail waiting;
        try {
            waiting = queued(MailMessage.text("cem@hants-ei.example", "later " + marker, "body", "ref"));
            queue.sendPending();
            OutgoingMail first = reload(waiting.id);
            assertThat(first.status).isEqualTo(OutgoingMail.Status.PENDING);
            assertThat(first.attempts).isEqualTo(1);
            assertThat(first.nextAttemptAt).isBetween(clock.instant().plusSeconds(50), clock.instant().plusSeconds(61));
            // within its backoff it is not tried again
            queue.sendPending();
            assertThat(reload(waiting.id).attempts).isEqualTo(1);
            // after it, the last attempt (2 in this test) fails it
            MutableClock.shared().advance(Duration.ofMinutes(2));
            queue.sendPending();
            assertThat(reload(waiting.id).status).isEqualTo(OutgoingMail.Status.FAILED);
            assertThat(reload(waiting.id).attempts).isEqualTo(2);
        } finally {
            SmtpTestServer.comeBack();
        }
        given().auth().oauth2(OPS).when().post("/api/v1/ops/mail/failed/resend").then().statusCode(200);
        queue.sendPending();
        assertThat(reload(waiting.id).status).isEqualTo(OutgoingMail.Status.SENT);
        assertThat(receivedWith("later " + marker)).isEqualTo(1);
    }

    @Test
    void aMailWithHtmlAndAnAttachmentArrivesWithBoth() throws Exception {
        String marker = UUID.randomUUID().toString();
        OutgoingMail form = queued(MailMessage.text("senior@hants-ei.example", "form " + marker, "plain text", "ref")
                .withHtml("<h1>Final feedback</h1>")
                .withAttachment("form.pdf", "application/pdf", "%PDF-1.4 test".getBytes()));
        queue.sendPending();
        MimeMessage message = Arrays.stream(SmtpTestServer.server().getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().contains(marker);
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst().orElseThrow();
        String raw = new String(message.getInputStream().readAllBytes());
        MimeMultipart parts = (MimeMultipart) message.getContent();
        List<String> types = new ArrayList<>();
        List<String> files = new ArrayList<>();
        collect(parts, types, files);
        assertThat(types).anyMatch(t -> t.startsWith("text/html")).anyMatch(t -> t.startsWith("text/plain"));
        assertThat(files).contains("form.pdf");
        assertThat(raw).isNotNull();
        // a resend after a crash between the SMTP reply and its recording carries the same id
        assertThat(message.getMessageID()).isEqualTo(queue.messageId(form.id)).contains("mail-" + form.id + ".");
    }

    private static void collect(MimeMultipart parts, List<String> types, List<String> files) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart nested) {
                collect(nested, types, files);
            } else {
                types.add(part.getContentType().toLowerCase());
                if (part.getFileName() != null) {
                    files.add(part.getFileName());
                }
            }
        }
    }

    @Test
    void twoSendersOnOneSchemaSendEachMailOnce() throws Exception {
        String marker = UUID.randomUUID().toString();
        for (int i = 0; i < 60; i++) {
            queued(MailMessage.text("officer" + i + "@hants-ei.example", "once " + marker + " #" + i, "body", "ref"));
        }
        MailQueue second = new MailQueue();
        second.mailer = mailer;
        second.lock = lock;
        second.clock = clock;
        second.metrics = metrics;
        second.enabled = true;
        second.batchSize = 7;
        second.maxAttempts = 8;
        second.initialBackoff = Duration.ofSeconds(30);
        second.maxBackoff = Duration.ofMinutes(30);
        second.sendTimeout = Duration.ofSeconds(30);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> senders = new ArrayList<>();
        for (MailQueue sender : List.of(queue, second)) {
            senders.add(pool.submit(() -> {
                int sent = 0;
                for (int round = 0; round < 40; round++) {
                    sent += sender.sendPending();
                    Thread.sleep(10);
                }
                return sent;
            }));
        }
        int total = 0;
        for (Future<Integer> s : senders) {
            total += s.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        // a send the SMTP server did not take (e.g. it closed an idle pooled connection as the round used it)
        // is tried again after its backoff: let that happen, then every mail must have arrived exactly once
        for (int retry = 0; retry < 3 && !unsent(marker).isEmpty(); retry++) {
            MutableClock.shared().advance(Duration.ofMinutes(2));
            total += queue.sendPending();
        }
        assertThat(unsent(marker)).as("mails not sent, with their last error").isEmpty();
        assertThat(receivedWith("once " + marker)).isEqualTo(60);
        assertThat(total).isGreaterThanOrEqualTo(60);
    }

    private static List<String> unsent(String marker) {
        return QuarkusTransaction.requiringNew().call(() -> OutgoingMail.<OutgoingMail>list("subject like ?1", "%" + marker + "%")
                .stream().filter(m -> m.status != OutgoingMail.Status.SENT)
                .map(m -> m.id + " " + m.status + " after " + m.attempts + ": " + m.lastError).toList());
    }
}
