package uk.gov.la.ei.localstack;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.la.ei.testinfra.FreePort;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail sent over real SMTP ends up as one .eml file per recipient, with a one-line note. */
class MailCatcherTest {

    @Test
    void everyMessageIsKeptAsAFilePerRecipient(@TempDir Path dir) throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        int port = FreePort.pick();
        try (MailCatcher catcher = MailCatcher.start(port, dir, log::add)) {
            Properties props = new Properties();
            props.put("mail.smtp.host", "localhost");
            props.put("mail.smtp.port", String.valueOf(port));
            MimeMessage message = new MimeMessage(Session.getInstance(props));
            message.setFrom(new InternetAddress("inspection-support@hants-ei.example"));
            message.setRecipients(Message.RecipientType.TO, "mark.fenwick@hants-ei.example, gareth.price@hants-ei.example");
            message.setSubject("Ofsted inspection notified: Example Primary School (116123)");
            message.setText("Inspection starts 24 November 2026.");
            Transport.send(message);

            long deadline = System.currentTimeMillis() + 10_000;
            while (files(dir).size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
        }
        List<Path> files = files(dir);
        assertThat(files).hasSize(2);
        assertThat(files.stream().map(p -> p.getFileName().toString()))
                .anySatisfy(n -> assertThat(n).matches("\\d{8}T\\d{6}\\.\\d{3}-mark\\.fenwick@hants-ei\\.example\\.eml"))
                .anySatisfy(n -> assertThat(n).endsWith("-gareth.price@hants-ei.example.eml"));
        assertThat(Files.readString(files.get(0), StandardCharsets.UTF_8))
                .contains("Subject: Ofsted inspection notified: Example Primary School (116123)", "Inspection starts 24 November 2026.");
        assertThat(log).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("[mail] to ").contains("Example Primary School"));
    }

    @Test
    void recipientsAreMadeSafeForFileNames() {
        assertThat(MailCatcher.safe("o'brien/../x@school.example")).isEqualTo("o_brien_.._x@school.example");
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
    }
}
