package uk.gov.la.ei.localstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A real SMTP server in this JVM (GreenMail) that accepts mail for anyone and keeps every message
 * it receives as {@code <mailDir>/<timestamp>-<recipient>.eml}: the e-mails the services send to
 * SIMs, attached inspectors and CEMs can be opened in any mail client or read as text.
 */
public final class MailCatcher implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS")
            .withZone(ZoneId.systemDefault());

    private final GreenMail greenMail;
    private final Path mailDir;
    private final Consumer<String> log;
    private final Set<String> written = new HashSet<>();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mail-catcher");
        t.setDaemon(true);
        return t;
    });

    private MailCatcher(GreenMail greenMail, Path mailDir, Consumer<String> log) {
        this.greenMail = greenMail;
        this.mailDir = mailDir;
        this.log = log;
    }

    /** Starts SMTP on {@code localhost:port}; {@code log} gets one line per message received. */
    public static MailCatcher start(int port, Path mailDir, Consumer<String> log) throws IOException {
        Files.createDirectories(mailDir);
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        MailCatcher catcher = new MailCatcher(greenMail, mailDir, log);
        catcher.watcher.scheduleWithFixedDelay(catcher::writeNewMessages, 250, 250, TimeUnit.MILLISECONDS);
        return catcher;
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Writes every message not yet written; returns how many it wrote. */
    synchronized int writeNewMessages() {
        int count = 0;
        try {
            ImapHostManager mailboxes = greenMail.getManagers().getImapHostManager();
            for (GreenMailUser user : greenMail.getUserManager().listUser()) {
                MailFolder inbox = mailboxes.getInbox(user);
                for (StoredMessage message : inbox.getMessages()) {
                    if (written.add(user.getEmail() + "#" + message.getUid())) {
                        write(user.getEmail(), message);
                        count++;
                    }
                }
            }
        } catch (Exception e) {
            log.accept("[mail] could not write a received message: " + e);
        }
        return count;
    }

    private void write(String recipient, StoredMessage stored) throws IOException, MessagingException {
        Date received = stored.getReceivedDate() == null ? new Date() : stored.getReceivedDate();
        String base = STAMP.format(received.toInstant()) + "-" + safe(recipient);
        Path file = mailDir.resolve(base + ".eml");
        for (int n = 2; Files.exists(file); n++) {
            file = mailDir.resolve(base + "-" + n + ".eml");
        }
        MimeMessage mime = stored.getMimeMessage();
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            mime.writeTo(out);
        }
        log.accept("[mail] to " + recipient + "  \"" + mime.getSubject() + "\"  -> " + file.getFileName());
    }

    /** File-name safe: keeps letters, digits, {@code @ . _ + -}. */
    static String safe(String address) {
        return address.replaceAll("[^A-Za-z0-9@._+-]", "_");
    }

    @Override
    public void close() {
        writeNewMessages();
        watcher.shutdownNow();
        greenMail.stop();
    }
}
