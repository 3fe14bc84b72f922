package uk.gov.la.ei.testinfra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Quarkus test resource: a real SMTP server in this JVM (GreenMail). The service's mailer sends to it
 * over SMTP; tests read what arrived.
 */
public class SmtpTestServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;
    private static ServerSetup setup;

    public static synchronized GreenMail server() {
        if (server == null) {
            setup = new ServerSetup(FreePort.pick(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            server = new GreenMail(setup);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(), "smtp-test-shutdown"));
        }
        return server;
    }

    /** The SMTP server goes away (connections refused) until {@link #comeBack()}. */
    public static synchronized void goAway() {
        server().stop();
    }

    /** The SMTP server is back on the same port (what it received before is gone). */
    public static synchronized void comeBack() {
        server = new GreenMail(setup);
        server.start();
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server().getSmtp().getPort()),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        // lives as long as the test JVM, like the broker and the database
    }

    /** A received message as plain facts. */
    public record Received(List<String> to, String subject, String body) {
    }

    public static List<Received> received() {
        return Arrays.stream(server().getReceivedMessages()).map(SmtpTestServer::read).toList();
    }

    /** The text of a message: a plain body as it is, a multipart one as its text parts joined. */
    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/*") || part.getContent() instanceof jakarta.mail.Multipart) {
                    text.append(text(part.getContent())).append('\n');
                }
            }
            return text.toString();
        }
        return content == null ? "" : content.toString();
    }

    private static Received read(MimeMessage m) {
        try {
            List<String> to = Arrays.stream(m.getAllRecipients()).map(Object::toString).toList();
            return new Received(to, m.getSubject(), text(m.getContent()));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
